import { authenticated } from '@/lib/api/authenticated';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { delegateClient } from '@/lib/client-delegation/delegate-client';
import { problem } from '@/lib/errors';
import { callerPid, requirePartyAccess } from '@/lib/portal/party-access';
import { agentSystemUserParams, delegateQuery, deleteAgentQuery, readQuery } from '@/lib/schemas/portal';
import { deleteSystemUser } from '@/lib/system-users/delete-system-user';

type Params = { party: string; id: string };

// POST systemuser/agent/{party}/{systemUserId}?client=&provider=: delegates a client (client admin write).
export const POST = authenticated<Params>({ scopes: [SCOPES.portal] }, async (request, { params, caller }) => {
  const { party, systemUserId: id } = agentSystemUserParams.parse({ party: params.party, systemUserId: params.id });
  const query = delegateQuery.parse(readQuery(request, ['client', 'provider']));
  const { org, person } = await requirePartyAccess({ pid: callerPid(caller), partyId: party, policy: 'clientAdmin' });
  if (query.provider && query.provider !== org.id) throw problem('AUTH-00031');
  return json(await delegateClient({ systemUserId: id, facilitator: org, clientId: query.client, userId: person.userId }));
});

// DELETE systemuser/agent/{party}/{systemUserId}?facilitatorId=: soft-deletes an agent system user (AM write).
export const DELETE = authenticated<Params>({ scopes: [SCOPES.portal] }, async (request, { params, caller }) => {
  const { party, systemUserId: id } = agentSystemUserParams.parse({ party: params.party, systemUserId: params.id });
  const query = deleteAgentQuery.parse(readQuery(request, ['facilitatorId']));
  const { org, person } = await requirePartyAccess({ pid: callerPid(caller), partyId: party, policy: 'accessManager' });
  if (query.facilitatorId && query.facilitatorId !== org.id) throw problem('AUTH-00031');
  await deleteSystemUser({ id, orgNo: org.orgNo, type: 'agent', userId: person.userId });
  return new Response(null, { status: 200 });
});
