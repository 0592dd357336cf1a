import { authenticated } from '@/lib/api/authenticated';
import { json } from '@/lib/api/route';
import { readJsonBody } from '@/lib/api/read-body';
import { SCOPES } from '@/lib/auth/scopes';
import { callerPid, requirePartyAccess } from '@/lib/portal/party-access';
import { createSystemUserBody, partyParams } from '@/lib/schemas/portal';
import { createSystemUser } from '@/lib/system-users/create-system-user';

// POST systemuser/{party}/create: user-driven creation with all of the system's rights and packages (AM write).
export const POST = authenticated({ scopes: [SCOPES.portal] }, async (request, { params, caller }) => {
  const { party } = partyParams.parse(params);
  const body = await readJsonBody(request, createSystemUserBody);
  const access = await requirePartyAccess({ pid: callerPid(caller), partyId: party, policy: 'accessManager' });
  return json(await createSystemUser({ access, systemId: body.systemId, integrationTitle: body.integrationTitle }));
});
