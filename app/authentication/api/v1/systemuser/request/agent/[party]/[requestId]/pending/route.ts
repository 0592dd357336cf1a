import { personOf } from '@/lib/access/caller';
import { authenticated } from '@/lib/api/authenticated';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { listPendingRequests } from '@/lib/requests/list-pending-requests';
import { pendingParams } from '@/lib/schemas/requests';

// GET systemuser/request/agent/{party}/{orgno}/pending.
// Next.js needs one name per dynamic segment level, so the org number arrives as requestId.
type Params = { party: string; requestId: string };

export const GET = authenticated<Params>({ scopes: [SCOPES.portal] }, async (_request, { params, caller }) => {
  const { party, orgno } = pendingParams.parse({ party: params.party, orgno: params.requestId });
  return json(await listPendingRequests({ partyId: party, orgNo: orgno, type: 'agent', person: personOf(caller) }));
});
