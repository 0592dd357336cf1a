import { personOf } from '@/lib/access/caller';
import { authenticated } from '@/lib/api/authenticated';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { partySystemUserParams } from '@/lib/schemas/portal';
import { getSystemUserDelegations } from '@/lib/system-users/get-system-user';

// GET systemuser/{party}/{systemUserId}/delegations: what was delegated to the system user.
export const GET = authenticated<{ party: string; systemUserId: string }>(
  { scopes: [SCOPES.portal] },
  async (_request, { params, caller }) => {
    const { party, systemUserId } = partySystemUserParams.parse(params);
    return json(await getSystemUserDelegations({ person: personOf(caller), party: { partyId: party }, id: systemUserId }));
  },
);
