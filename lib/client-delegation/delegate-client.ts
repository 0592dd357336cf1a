import 'server-only';

import { randomUUID } from 'node:crypto';

import { authorizeFacilitator, type PartyCall } from '../access/party';
import { sandboxNow } from '../clock';
import { db } from '../db';
import { isUniqueViolation } from '../db-errors';
import { problem } from '../errors';
import { clientEvent, recordEvent } from '../events/outbox';
import type { DelegationResponse } from '../schemas/portal';
import { agentSystemUser } from './agent-system-user';
import { clientsOf } from './list-clients';

/**
 * Adds a client of the party to one of its agent system users (POST agent/{party}/{id}?client=), as its client
 * administrator; a provider named in the call must be the party (AUTH-00031). The client must
 * be one of the facilitator's (AUTH-00079) and its relations must carry every package of the agent
 * (AUTH-00080). Adding the same client twice keeps one delegation (unique per system user and client).
 */
export async function delegateClient(
  options: PartyCall & {
    systemUserId: string;
    /** The client's party uuid, or (from the portal's form) its org number. */
    clientId?: string;
    clientOrgNo?: string;
    provider?: string;
  },
): Promise<DelegationResponse[]> {
  const access = await authorizeFacilitator(options.person, options.party, 'clientAdmin', options.provider);
  const facilitator = access.org;
  const user = await agentSystemUser({ id: options.systemUserId, facilitatorOrgNo: facilitator.orgNo });
  if (user.accessPackages.length === 0) throw problem('AUTH-00063');
  const clients = await clientsOf({ facilitatorId: facilitator.id });
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
            facilitatorId: facilitator.id,
            createdBy: `user_id:${access.person.userId}`,
            created: sandboxNow(),
          },
        });
        await recordEvent(tx, clientEvent('client.added', user, client.organizationIdentifier, facilitator.orgNo));
        return created;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      delegation = await prisma.clientDelegation.findUniqueOrThrow({ where });
    }
  }
  return [{ agentSystemUserId: user.id, delegationId: delegation.id, customerId: delegation.clientId, assignmentId: delegation.id }];
}
