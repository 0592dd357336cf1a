import { personOf } from '@/lib/access/caller';
import { authenticated } from '@/lib/api/authenticated';
import { readQuery } from '@/lib/api/read-body';
import { SCOPES } from '@/lib/auth/scopes';
import { removeClient } from '@/lib/client-delegation/remove-client';
import { agentSystemUserParams, removeClientQuery } from '@/lib/schemas/portal';

// DELETE systemuser/agent/{party}/{systemUserId}/client?client=&provider=: removes a client; 200, no body.
export const DELETE = authenticated<{ party: string; id: string }>({ scopes: [SCOPES.portal] }, async (request, { params, caller }) => {
  const { party, systemUserId } = agentSystemUserParams.parse({ party: params.party, systemUserId: params.id });
  const query = readQuery(request, removeClientQuery);
  const person = personOf(caller);
  await removeClient({ person, party: { partyId: party }, systemUserId, clientId: query.client, provider: query.provider });
  return new Response(null, { status: 200 });
});
