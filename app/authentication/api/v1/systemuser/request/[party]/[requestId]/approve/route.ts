import { personOf } from '@/lib/access/caller';
import { authenticated } from '@/lib/api/authenticated';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { approveRequest } from '@/lib/requests/approve-request';
import { partyRequestParams } from '@/lib/schemas/requests';

type Params = { party: string; requestId: string };

export const POST = authenticated<Params>({ scopes: [SCOPES.portal] }, async (_request, { params, caller }) => {
  const { party, requestId } = partyRequestParams.parse(params);
  await approveRequest({ id: requestId, partyId: party, person: personOf(caller), type: 'standard' });
  return json(true);
});
