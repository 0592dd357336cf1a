import 'server-only';

import type { Person } from '../access/caller';
import { readPartyAccess } from '../access/party';
import { db } from '../db';
import { problem } from '../errors';
import { changeRequestResponse } from '../requests/model';
import type { InternalChangeRequest } from '../schemas/change-requests';

/**
 * ChangeRequestResponseInternal for the approval page (docs/altinn-behaviour.md, "Change requests" GET `changerequest/{requestId}`).
 * Altinn lets any logged-in user read it; we require someone who may act for the party (AUTH-00066).
 */
export async function getInternalChangeRequest(options: { id: string; person: Person }): Promise<InternalChangeRequest> {
  const request = await (
    await db()
  ).request.findFirst({
    where: { id: options.id, type: 'change', isDeleted: false },
    include: { system: true, organization: true },
  });
  if (!request) throw problem('AUTH-00010');
  if (!(await readPartyAccess({ pid: options.person.pid, party: { orgNo: request.partyOrgNo } }))) throw problem('AUTH-00066');
  const { created: _created, ...response } = changeRequestResponse(request, { withConfirmUrl: false });
  return { ...response, partyId: request.organization.partyId, partyUuid: request.organization.id };
}
