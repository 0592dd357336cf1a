import { personOf } from '@/lib/access/caller';
import { authenticated } from '@/lib/api/authenticated';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { selfDelegation, type SelfDelegationAction } from '@/lib/client-delegation/self-delegation';
import { agentSystemUserParams } from '@/lib/schemas/portal';

type Params = { party: string; id: string };

// systemuser/agent/{party}/{systemUserId}/self[?partyUuid=]: the facilitator's own packages on its agent system
// user (GET: delegated?, POST: delegate, DELETE: revoke), each answering a JSON boolean.
const handler = (action: SelfDelegationAction) =>
  authenticated<Params>({ scopes: [SCOPES.portal] }, async (_request, { params, caller }) => {
    const { party, systemUserId } = agentSystemUserParams.parse({ party: params.party, systemUserId: params.id });
    return json(await selfDelegation({ person: personOf(caller), party: { partyId: party }, systemUserId, action }));
  });

export const GET = handler('read');
export const POST = handler('delegate');
export const DELETE = handler('revoke');
