import 'server-only';
import { db } from '../db';
import { problem } from '../errors';
import { personAccess } from '../parties/person-access';
import { notFoundCode, type ActingPerson, type RequestKind } from './party-request';
import { stillNew } from './timeout';
import { sandboxNow } from '../clock';
import { recordEvent, requestEvent } from '../events/outbox';

/**
 * Asks the party's access managers to handle the request (altinn-api.md §4.1): marks it escalated when the
 * person may act for the party at all, and answers whether it did. Only New requests of the party change.
 */
export async function escalateRequest(options: {
  id: string;
  partyId: number;
  person: ActingPerson;
  type?: RequestKind;
}): Promise<boolean> {
  const prisma = await db();
  const party = await prisma.organization.findUnique({ where: { partyId: options.partyId } });
  if (!party) throw problem('AUTH-00000');
  const kind = options.type ?? 'any';
  const request = await prisma.request.findFirst({
    where: { id: options.id, isDeleted: false, ...(kind === 'any' ? {} : { type: kind }) },
    select: { id: true, partyOrgNo: true, type: true, systemInternalId: true, systemUserId: true },
  });
  if (!request || request.partyOrgNo !== party.orgNo) throw problem(notFoundCode(kind));
  const access = await personAccess({ pid: options.person.pid, orgNo: party.orgNo });
  if (!access.canRepresent) return false;
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
