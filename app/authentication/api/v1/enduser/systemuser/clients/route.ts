import { authenticated } from '@/lib/api/authenticated';
import { readQuery } from '@/lib/api/read-body';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { addClientForEndUser, delegatedClientsForEndUser, removeClientForEndUser } from '@/lib/client-delegation/enduser';
import { agentClientQuery, agentQuery } from '@/lib/schemas/enduser';

// GET enduser/systemuser/clients?agent=: the clients delegated to the agent system user.
export const GET = authenticated({ scopes: [SCOPES.clientDelegationsRead] }, async (request, { caller }) => {
  const { agent } = readQuery(request, agentQuery);
  return json(await delegatedClientsForEndUser({ caller, agent }));
});

// POST enduser/systemuser/clients?agent=&client=: delegates the client.
export const POST = authenticated({ scopes: [SCOPES.clientDelegationsWrite] }, async (request, { caller }) => {
  const { agent, client } = readQuery(request, agentClientQuery);
  return json(await addClientForEndUser({ caller, agent, client }));
});

// DELETE enduser/systemuser/clients?agent=&client=: removes the client.
export const DELETE = authenticated({ scopes: [SCOPES.clientDelegationsWrite] }, async (request, { caller }) => {
  const { agent, client } = readQuery(request, agentClientQuery);
  return json(await removeClientForEndUser({ caller, agent, client }));
});
