import { personOf } from '@/lib/access/caller';
import { authenticated } from '@/lib/api/authenticated';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { partyParams } from '@/lib/schemas/portal';
import { listForParty } from '@/lib/system-users/list-for-party';

// GET systemuser/{party}: the organisation's active standard system users.
export const GET = authenticated({ scopes: [SCOPES.portal] }, async (_request, { params, caller }) => {
  const { party } = partyParams.parse(params);
  return json(await listForParty({ person: personOf(caller), party: { partyId: party }, type: 'standard' }));
});
