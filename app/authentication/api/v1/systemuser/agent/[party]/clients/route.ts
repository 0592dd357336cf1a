import { authenticated } from '@/lib/api/authenticated';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { listClients } from '@/lib/client-delegation/list-clients';
import { problem } from '@/lib/errors';
import { callerPid, requirePartyAccess } from '@/lib/portal/party-access';
import { clientsQuery, partyParams, readQuery } from '@/lib/schemas/portal';

// GET systemuser/agent/{party}/clients?facilitator=&packages=…: the facilitator's clients carrying the packages.
export const GET = authenticated({ scopes: [SCOPES.portal] }, async (request, { params, caller }) => {
  const { party } = partyParams.parse(params);
  const query = clientsQuery.parse(readQuery(request, ['facilitator'], ['packages']));
  const { org } = await requirePartyAccess({ pid: callerPid(caller), partyId: party, policy: 'clientAdmin' });
  if (query.facilitator !== org.id) throw problem('AUTH-00031');
  return json(await listClients({ facilitatorId: org.id, packages: query.packages }));
});
