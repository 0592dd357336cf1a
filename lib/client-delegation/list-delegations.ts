import 'server-only';

import { authorizeFacilitator, type PartyCall } from '../access/party';
import { db } from '../db';
import { LIMITS } from '../limits';
import type { DelegationItem } from '../schemas/portal';
import { agentSystemUser } from './agent-system-user';

/**
 * The clients delegated to one of the party's agent system users, for its client administrators (GET
 * agent/{party}/{facilitator}/{id}/delegations). A facilitator named in the call must be the party (AUTH-00031).
 */
export async function listDelegations(
  options: PartyCall & {
    systemUserId: string;
    facilitator?: string;
  },
): Promise<DelegationItem[]> {
  const access = await authorizeFacilitator(options.person, options.party, 'clientAdmin', options.facilitator);
  await agentSystemUser({ id: options.systemUserId, facilitatorOrgNo: access.org.orgNo });
  const rows = await (
    await db()
  ).clientDelegation.findMany({
    where: { systemUserId: options.systemUserId },
    include: { client: true },
    orderBy: { created: 'asc' },
    take: LIMITS.unpagedList,
  });
  // The facilitator's self-delegation (systemuser/agent/{party}/{id}/self) is not a client.
  return rows
    .filter((d) => d.clientId !== d.facilitatorId)
    .map((d) => ({
      agentSystemUserId: d.systemUserId,
      delegationId: d.id,
      customerId: d.clientId,
      // The sandbox has no separate assignment between facilitator and agent: the delegation stands for both.
      assignmentId: d.id,
      customerName: d.client.name,
      customerOrganizationNumber: d.client.orgNo,
    }));
}
