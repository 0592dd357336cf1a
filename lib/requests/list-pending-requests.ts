import 'server-only';

import type { Person } from '../access/caller';
import { authorizeKnownParty } from '../access/party';
import { db } from '../db';
import { LIMITS } from '../limits';
import type { VendorRequestResponse } from '../schemas/requests';
import { requestResponse } from './model';
import { stillNew } from './timeout';

/**
 * The party's requests waiting for approval (docs/altinn-behaviour.md, "Approving" `pending`): every New standard request, and
 * the agent requests that are New and escalated. Needs the access-manager role for the party.
 */
export async function listPendingRequests(options: {
  partyId: number;
  orgNo: string;
  type: 'standard' | 'agent';
  person: Person;
  /** At most this many (the API: LIMITS.unpagedList; the overview pages them), after `skip`. */
  take?: number;
  skip?: number;
}): Promise<VendorRequestResponse[]> {
  const { party } = await authorizeKnownParty(options.person, options.partyId, 'accessManager');
  if (options.orgNo !== party.orgNo) return [];
  const rows = await (
    await db()
  ).request.findMany({
    where: {
      type: options.type,
      partyOrgNo: party.orgNo,
      isDeleted: false,
      ...stillNew(),
      ...(options.type === 'agent' ? { escalated: true } : {}),
    },
    include: { system: true },
    orderBy: [{ created: 'asc' }, { id: 'asc' }],
    skip: options.skip ?? 0,
    take: Math.min(options.take ?? LIMITS.unpagedList, LIMITS.unpagedList),
  });
  return rows.map((r) => requestResponse(r, { withConfirmUrl: false }));
}
