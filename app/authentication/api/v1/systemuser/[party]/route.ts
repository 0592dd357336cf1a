import { authenticated } from '@/lib/api/authenticated';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { callerPid, requirePartyAccess } from '@/lib/portal/party-access';
import { partyParams } from '@/lib/schemas/portal';
import { listForParty } from '@/lib/system-users/list-for-party';

// GET systemuser/{party}: the organisation's active standard system users (AM read).
export const GET = authenticated({ scopes: [SCOPES.portal] }, async (_request, { params, caller }) => {
  const { party } = partyParams.parse(params);
  const { org } = await requirePartyAccess({ pid: callerPid(caller), partyId: party, policy: 'accessManager' });
  return json(await listForParty({ orgNo: org.orgNo, partyId: org.partyId, type: 'standard' }));
});
