import 'server-only';
import { randomUUID } from 'node:crypto';
import { db } from '../db';
import { problem } from '../errors';
import { isUniqueViolation } from '../requests/party-request';
import { agentSystemUser } from './agent-system-user';
import { listClients } from './list-clients';
import { sandboxNow } from '../clock';
import { clientEvent, recordEvent } from '../events/outbox';

export interface DelegationResponse {
  agentSystemUserId: string;
  delegationId: string;
  customerId: string;
  assignmentId: string;
}

/**
 * Adds a client of the facilitator to its agent system user (POST agent/{party}/{id}?client=). The client must
 * be one of the facilitator's (AUTH-00079) and its relations must carry every package of the agent
 * (AUTH-00080). Adding the same client twice keeps one delegation (unique per system user and client).
 */
export async function delegateClient(options: {
  systemUserId: string;
  facilitator: { id: string; orgNo: string };
  /** The client's party uuid, or (from the portal's form) its org number. */
  clientId?: string;
  clientOrgNo?: string;
  userId: number;
}): Promise<DelegationResponse[]> {
  const user = await agentSystemUser({ id: options.systemUserId, orgNo: options.facilitator.orgNo });
  if (user.accessPackages.length === 0) throw problem('AUTH-00063');
  const clients = await listClients({ facilitatorId: options.facilitator.id });
  const client = clients.find((c) => c.partyUuid === options.clientId || c.organizationIdentifier === options.clientOrgNo);
  if (!client) throw problem('AUTH-00079');
  const carried = new Set(client.access.flatMap((a) => a.packages));
  if (user.accessPackages.some((urn) => !carried.has(urn))) throw problem('AUTH-00080');

  const prisma = await db();
  const where = { systemUserId_clientId: { systemUserId: user.id, clientId: client.partyUuid } };
  let delegation = await prisma.clientDelegation.findUnique({ where });
  if (!delegation) {
    try {
      delegation = await prisma.$transaction(async (tx) => {
        const created = await tx.clientDelegation.create({
          data: {
            id: randomUUID(),
            systemUserId: user.id,
            clientId: client.partyUuid,
            facilitatorId: options.facilitator.id,
            createdBy: `user_id:${options.userId}`,
            created: sandboxNow(),
          },
        });
        await recordEvent(tx, clientEvent('client.added', user, client.organizationIdentifier, options.facilitator.orgNo));
        return created;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      delegation = await prisma.clientDelegation.findUniqueOrThrow({ where });
    }
  }
  return [{ agentSystemUserId: user.id, delegationId: delegation.id, customerId: delegation.clientId, assignmentId: delegation.id }];
}
