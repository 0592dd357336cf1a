import { authenticated } from '@/lib/api/authenticated';
import { readQuery } from '@/lib/api/read-body';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { availableClientsForEndUser } from '@/lib/client-delegation/enduser';
import { agentQuery } from '@/lib/schemas/enduser';

// GET enduser/systemuser/clients/available?agent=: clients the agent system user can still be given.
export const GET = authenticated({ scopes: [SCOPES.clientDelegationsRead] }, async (request, { caller }) => {
  const { agent } = readQuery(request, agentQuery);
  return json(await availableClientsForEndUser({ caller, agent }));
});
