import { personOf } from '@/lib/access/caller';
import { authenticated } from '@/lib/api/authenticated';
import { readQuery } from '@/lib/api/read-body';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { delegateClient } from '@/lib/client-delegation/delegate-client';
import { agentSystemUserParams, delegateQuery, deleteAgentQuery } from '@/lib/schemas/portal';
import { deleteSystemUser } from '@/lib/system-users/delete-system-user';

type Params = { party: string; id: string };

// POST systemuser/agent/{party}/{systemUserId}?client=&provider=: delegates a client.
export const POST = authenticated<Params>({ scopes: [SCOPES.portal] }, async (request, { params, caller }) => {
  const { party, systemUserId } = agentSystemUserParams.parse({ party: params.party, systemUserId: params.id });
  const query = readQuery(request, delegateQuery);
  const person = personOf(caller);
  return json(await delegateClient({ person, party: { partyId: party }, systemUserId, clientId: query.client, provider: query.provider }));
});

// DELETE systemuser/agent/{party}/{systemUserId}?facilitatorId=: soft-deletes an agent system user.
export const DELETE = authenticated<Params>({ scopes: [SCOPES.portal] }, async (request, { params, caller }) => {
  const { party, systemUserId: id } = agentSystemUserParams.parse({ party: params.party, systemUserId: params.id });
  const query = readQuery(request, deleteAgentQuery);
  await deleteSystemUser({ person: personOf(caller), party: { partyId: party }, id, type: 'agent', facilitatorId: query.facilitatorId });
  return new Response(null, { status: 200 });
});
