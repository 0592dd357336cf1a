import { personOf } from '@/lib/access/caller';
import { authenticated } from '@/lib/api/authenticated';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { partySystemUserParams } from '@/lib/schemas/portal';
import { deleteSystemUser } from '@/lib/system-users/delete-system-user';
import { getSystemUser } from '@/lib/system-users/get-system-user';

type Params = { party: string; systemUserId: string };

// GET systemuser/{party}/{systemUserId}: one system user with its rights and packages.
export const GET = authenticated<Params>({ scopes: [SCOPES.portal] }, async (_request, { params, caller }) => {
  const { party, systemUserId } = partySystemUserParams.parse(params);
  return json(await getSystemUser({ person: personOf(caller), party: { partyId: party }, id: systemUserId }));
});

// DELETE systemuser/{party}/{systemUserId}: soft-deletes a standard system user and its request; 202 with `1`.
export const DELETE = authenticated<Params>({ scopes: [SCOPES.portal] }, async (_request, { params, caller }) => {
  const { party, systemUserId } = partySystemUserParams.parse(params);
  await deleteSystemUser({ person: personOf(caller), party: { partyId: party }, id: systemUserId, type: 'standard' });
  return json(1, { status: 202 });
});
