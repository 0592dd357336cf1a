import { personOf } from '@/lib/access/caller';
import { authenticated } from '@/lib/api/authenticated';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { getPartyRequest } from '@/lib/requests/get-party-request';
import { partyRequestParams } from '@/lib/schemas/requests';

type Params = { party: string; requestId: string };

export const GET = authenticated<Params>({ scopes: [SCOPES.portal] }, async (_request, { params, caller }) => {
  const { party, requestId } = partyRequestParams.parse(params);
  return json(await getPartyRequest({ id: requestId, partyId: party, type: 'standard', person: personOf(caller) }));
});
