import 'server-only';
import { db } from '../db';
import { agentSystemUser } from './agent-system-user';
import { LIMITS } from '../limits';

export interface DelegationItem {
  agentSystemUserId: string;
  delegationId: string;
  customerId: string;
  assignmentId: string;
  customerName: string;
  customerOrganizationNumber: string;
}

/** The clients delegated to an agent system user (GET agent/{party}/{facilitator}/{id}/delegations). */
export async function listDelegations(options: { systemUserId: string; facilitatorOrgNo: string }): Promise<DelegationItem[]> {
  await agentSystemUser({ id: options.systemUserId, orgNo: options.facilitatorOrgNo });
  const prisma = await db();
  const rows = await prisma.clientDelegation.findMany({
    where: { systemUserId: options.systemUserId },
    include: { client: true },
    orderBy: { created: 'asc' },
    take: LIMITS.unpagedList,
  });
  // The facilitator's self-delegation (systemuser/agent/{party}/{id}/self) is not a client.
  return rows.filter((d) => d.clientId !== d.facilitatorId).map((d) => ({
    agentSystemUserId: d.systemUserId,
    delegationId: d.id,
    customerId: d.clientId,
    // The sandbox has no separate assignment between facilitator and agent: the delegation stands for both.
    assignmentId: d.id,
    customerName: d.client.name,
    customerOrganizationNumber: d.client.orgNo,
  }));
}
