import { personOf } from '@/lib/access/caller';
import { authenticated } from '@/lib/api/authenticated';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { listDelegations } from '@/lib/client-delegation/list-delegations';
import { facilitatorDelegationsParams } from '@/lib/schemas/portal';

// GET systemuser/agent/{party}/{facilitator}/{systemUserId}/delegations: the clients of an agent system user.
// The facilitator's uuid sits where the sibling routes have the system user id, hence the folder name `[id]`.
export const GET = authenticated<{ party: string; id: string; systemUserId: string }>(
  { scopes: [SCOPES.portal] },
  async (_request, { params, caller }) => {
    const { party, facilitator, systemUserId } = facilitatorDelegationsParams.parse({ ...params, facilitator: params.id });
    return json(await listDelegations({ person: personOf(caller), party: { partyId: party }, facilitator, systemUserId }));
  },
);
