import 'server-only';
import { db } from '../db';
import { problem } from '../errors';
import { loadPartyRequest, type ActingPerson, type RequestKind } from './party-request';
import { stillNew } from './timeout';

/** Rejects a New request for the party as `person` (access manager); AUTH-00013 when it is no longer New. */
export async function rejectRequest(options: {
  id: string;
  partyId: number;
  person: ActingPerson;
  type?: RequestKind;
}): Promise<true> {
  const { request } = await loadPartyRequest({ ...options, kind: options.type ?? 'any' });
  const { count } = await (await db()).request.updateMany({
    where: { id: request.id, isDeleted: false, ...stillNew() },
    data: { status: 'Rejected', lastChanged: new Date(), changedBy: `userId:${options.person.userId}` },
  });
  if (count === 0) throw problem('AUTH-00013');
  return true;
}
