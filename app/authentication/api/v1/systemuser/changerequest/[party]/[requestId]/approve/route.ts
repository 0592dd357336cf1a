import { personOf } from '@/lib/access/caller';
import { authenticated } from '@/lib/api/authenticated';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { approveRequest } from '@/lib/requests/approve-request';
import { partyChangeRequestParams } from '@/lib/schemas/change-requests';

type Params = { party: string; requestId: string };

export const POST = authenticated<Params>({ scopes: [SCOPES.portal] }, async (_request, { params, caller }) => {
  const { party, requestId } = partyChangeRequestParams.parse(params);
  await approveRequest({ id: requestId, partyId: party, person: personOf(caller), type: 'change' });
  return json(true);
});
