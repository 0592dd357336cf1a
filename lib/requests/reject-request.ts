import 'server-only';
import { db } from '../db';
import { problem } from '../errors';
import { loadPartyRequest, type ActingPerson, type RequestKind } from './party-request';
import { stillNew } from './timeout';
import { sandboxNow } from '../clock';
import { recordEvent, requestEvent } from '../events/outbox';

/** Rejects a New request for the party as `person` (access manager); AUTH-00013 when it is no longer New. */
export async function rejectRequest(options: {
  id: string;
  partyId: number;
  person: ActingPerson;
  type?: RequestKind;
}): Promise<true> {
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
  return true;
}
