import 'server-only';

import type { Person } from '../access/caller';
import { authorizeKnownParty } from '../access/party';
import { db } from '../db';
import { problem } from '../errors';
import { changeRequestResponse } from '../requests/model';
import type { ChangeRequestResponse } from '../schemas/change-requests';

/** A change request of the party for its access manager (docs/altinn-behaviour.md, "Change requests" GET `changerequest/{party}/{requestId}`). */
export async function getPartyChangeRequest(options: { id: string; partyId: number; person: Person }): Promise<ChangeRequestResponse> {
  const { party } = await authorizeKnownParty(options.person, options.partyId, 'accessManager');
  const request = await (
    await db()
  ).request.findFirst({
    where: { id: options.id, type: 'change', isDeleted: false, partyOrgNo: party.orgNo },
    include: { system: true },
  });
  if (!request) throw problem('AUTH-00010');
  return changeRequestResponse(request, { withConfirmUrl: false });
}
