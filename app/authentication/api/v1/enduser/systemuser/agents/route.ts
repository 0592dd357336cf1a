import { authenticated } from '@/lib/api/authenticated';
import { readQuery } from '@/lib/api/read-body';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { listAgentsForEndUser } from '@/lib/client-delegation/enduser';
import { agentsQuery } from '@/lib/schemas/enduser';

// GET enduser/systemuser/agents?party={orgNo}: the organisation's agent system users.
export const GET = authenticated({ scopes: [SCOPES.clientDelegationsRead] }, async (request, { caller }) => {
  const { party } = readQuery(request, agentsQuery);
  return json(await listAgentsForEndUser({ caller, party }));
});
