import 'server-only';

import type { Person } from '../access/caller';
import { readPartyAccess } from '../access/party';
import { sandboxNow } from '../clock';
import { db } from '../db';
import { problem } from '../errors';
import { recordEvent, requestEvent } from '../events/outbox';
import { notFoundCode, type RequestKind } from './party-request';
import { stillNew } from './timeout';

/**
 * Asks the party's access managers to handle the request: marks it escalated when the person may represent
 * the party, and answers whether it did. Only New requests change. With `partyId` (the API's `{party}`) the
 * request must be that party's; without it (the portal) the party is the request's own.
 */
export async function escalateRequest(options: { id: string; person: Person; partyId?: number; type?: RequestKind }): Promise<boolean> {
  const prisma = await db();
  const kind = options.type ?? 'any';
  let partyOrgNo: string | undefined;
  if (options.partyId !== undefined) {
    const party = await prisma.organization.findUnique({ where: { partyId: options.partyId } });
    if (!party) throw problem('AUTH-00000');
    partyOrgNo = party.orgNo;
  }
  const request = await prisma.request.findFirst({
    where: { id: options.id, isDeleted: false, ...(kind === 'any' ? {} : { type: kind }) },
    select: { id: true, partyOrgNo: true, type: true, systemInternalId: true, systemUserId: true },
  });
  if (!request || (partyOrgNo !== undefined && request.partyOrgNo !== partyOrgNo)) throw problem(notFoundCode(kind));
  // The "represent" policy, answered as false rather than refused: the page then says it did not work.
  if (!(await readPartyAccess({ pid: options.person.pid, party: { orgNo: request.partyOrgNo } }))) return false;
  const count = await prisma.$transaction(async (tx) => {
    const { count } = await tx.request.updateMany({
      where: { id: request.id, isDeleted: false, ...stillNew() },
      data: { escalated: true, lastChanged: sandboxNow(), changedBy: `userId:${options.person.userId}` },
    });
    if (count > 0) await recordEvent(tx, requestEvent(request, 'escalated', 'New'));
    return count;
  });
  return count > 0;
}
