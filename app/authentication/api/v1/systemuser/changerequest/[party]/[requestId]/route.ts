import { personOf } from '@/lib/access/caller';
import { authenticated } from '@/lib/api/authenticated';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { getPartyChangeRequest } from '@/lib/change-requests/get-party-change-request';
import { partyChangeRequestParams } from '@/lib/schemas/change-requests';

type Params = { party: string; requestId: string };

export const GET = authenticated<Params>({ scopes: [SCOPES.portal] }, async (_request, { params, caller }) => {
  const { party, requestId } = partyChangeRequestParams.parse(params);
  return json(await getPartyChangeRequest({ id: requestId, partyId: party, person: personOf(caller) }));
});
