import 'server-only';

import type { Person } from '../access/caller';
import { authorizeKnownParty } from '../access/party';
import { db } from '../db';
import { problem } from '../errors';
import type { VendorRequestResponse } from '../schemas/requests';
import { requestResponse } from './model';

/** A request of the party for its access manager (docs/altinn-behaviour.md, "Approving" GET `request/{party}/{requestId}`). */
export async function getPartyRequest(options: {
  id: string;
  partyId: number;
  type: 'standard' | 'agent';
  person: Person;
}): Promise<VendorRequestResponse> {
  // Altinn's "AM read" policy for {party}.
  const { party } = await authorizeKnownParty(options.person, options.partyId, 'accessManager');
  const request = await (
    await db()
  ).request.findFirst({
    where: { id: options.id, type: options.type, isDeleted: false, partyOrgNo: party.orgNo },
    include: { system: true },
  });
  if (!request) throw problem('AUTH-00010');
  return requestResponse(request, { withConfirmUrl: false });
}
