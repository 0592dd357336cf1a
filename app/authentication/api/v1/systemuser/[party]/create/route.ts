import { personOf } from '@/lib/access/caller';
import { authenticated } from '@/lib/api/authenticated';
import { readJsonBody } from '@/lib/api/read-body';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { createSystemUserBody, partyParams } from '@/lib/schemas/portal';
import { createSystemUser } from '@/lib/system-users/create-system-user';

// POST systemuser/{party}/create: user-driven creation with all of the system's rights and packages.
export const POST = authenticated({ scopes: [SCOPES.portal] }, async (request, { params, caller }) => {
  const { party } = partyParams.parse(params);
  const body = await readJsonBody(request, createSystemUserBody);
  const person = personOf(caller);
  return json(
    await createSystemUser({ person, party: { partyId: party }, systemId: body.systemId, integrationTitle: body.integrationTitle }),
  );
});
