import { authenticated } from '@/lib/api/authenticated';
import { SCOPES } from '@/lib/auth/scopes';
import { removeClient } from '@/lib/client-delegation/remove-client';
import { problem } from '@/lib/errors';
import { callerPid, requirePartyAccess } from '@/lib/portal/party-access';
import { agentSystemUserParams, readQuery, removeClientQuery } from '@/lib/schemas/portal';

// DELETE systemuser/agent/{party}/{systemUserId}/client?client=&provider=: removes a client; 200, no body.
export const DELETE = authenticated<{ party: string; id: string }>(
  { scopes: [SCOPES.portal] },
  async (request, { params, caller }) => {
    const { party, systemUserId: id } = agentSystemUserParams.parse({ party: params.party, systemUserId: params.id });
    const query = removeClientQuery.parse(readQuery(request, ['client', 'provider']));
    const { org } = await requirePartyAccess({ pid: callerPid(caller), partyId: party, policy: 'clientAdmin' });
    if (query.provider && query.provider !== org.id) throw problem('AUTH-00031');
    await removeClient({ systemUserId: id, facilitatorOrgNo: org.orgNo, clientId: query.client });
    return new Response(null, { status: 200 });
  },
);
