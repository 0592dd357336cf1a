import 'server-only';
import type { Person } from '../access/caller';
import { db } from '../db';
import { problem } from '../errors';
import type { ApprovalOutcome } from './approve-request';
import { loadPartyRequest, type RequestKind } from './party-request';
import { stillNew } from './timeout';
import { sandboxNow } from '../clock';
import { recordEvent, requestEvent } from '../events/outbox';

/**
 * Rejects a New request as `person`, an access manager of its party. The write is conditional on the request
 * still being New, so a rejection racing an approval (or another rejection) loses with AUTH-00013.
 */
export async function rejectRequest(options: { id: string; person: Person; partyId?: number; type?: RequestKind }): Promise<ApprovalOutcome> {
  const { request } = await loadPartyRequest({ ...options, kind: options.type ?? 'any' });
  const count = await (await db()).$transaction(async (tx) => {
    const { count } = await tx.request.updateMany({
      where: { id: request.id, isDeleted: false, ...stillNew() },
      data: { status: 'Rejected', lastChanged: sandboxNow(), changedBy: `userId:${options.person.userId}` },
    });
    if (count > 0) await recordEvent(tx, requestEvent(request, 'rejected', 'Rejected'));
    return count;
  });
  if (count === 0) throw problem('AUTH-00013');
  return { id: request.id, type: request.type, redirectUrl: request.redirectUrl };
}
