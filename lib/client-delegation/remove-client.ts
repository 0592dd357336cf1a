import 'server-only';
import { db } from '../db';
import { problem } from '../errors';
import { agentSystemUser } from './agent-system-user';
import { clientEvent, recordEvent } from '../events/outbox';

/** Takes a client away from an agent system user; nothing to remove → AUTH-00038 "Delegation not found". */
export async function removeClient(options: { systemUserId: string; facilitatorOrgNo: string; clientId: string }): Promise<void> {
  const user = await agentSystemUser({ id: options.systemUserId, orgNo: options.facilitatorOrgNo });
  const prisma = await db();
  const removed = await prisma.$transaction(async (tx) => {
    const removed = await tx.clientDelegation.deleteMany({ where: { systemUserId: user.id, clientId: options.clientId } });
    if (removed.count > 0) {
      const client = await tx.organization.findUnique({ where: { id: options.clientId }, select: { orgNo: true } });
      await recordEvent(tx, clientEvent('client.removed', user, client?.orgNo ?? '', options.facilitatorOrgNo));
    }
    return removed;
  });
  if (removed.count === 0) throw problem('AUTH-00038');
}
