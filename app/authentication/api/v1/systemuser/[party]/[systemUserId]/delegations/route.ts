import { authenticated } from '@/lib/api/authenticated';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { callerPid, requirePartyAccess } from '@/lib/portal/party-access';
import { partySystemUserParams } from '@/lib/schemas/portal';
import { getSystemUser } from '@/lib/system-users/get-system-user';

// GET systemuser/{party}/{systemUserId}/delegations: what was delegated to the system user (AM read).
export const GET = authenticated<{ party: string; systemUserId: string }>(
  { scopes: [SCOPES.portal] },
  async (_request, { params, caller }) => {
    const { party, systemUserId } = partySystemUserParams.parse(params);
    const { org } = await requirePartyAccess({ pid: callerPid(caller), partyId: party, policy: 'accessManager' });
    const user = await getSystemUser({ id: systemUserId, orgNo: org.orgNo, partyId: org.partyId });
    return json({ systemUserId: user.id, rights: user.rights, accessPackages: user.accessPackages });
  },
);
