import 'server-only';
import { db } from '../db';
import { problem } from '../errors';
import { agentSystemUser } from './agent-system-user';

/** Takes a client away from an agent system user; nothing to remove → AUTH-00038 "Delegation not found". */
export async function removeClient(options: { systemUserId: string; facilitatorOrgNo: string; clientId: string }): Promise<void> {
  const user = await agentSystemUser({ id: options.systemUserId, orgNo: options.facilitatorOrgNo });
  const prisma = await db();
  const removed = await prisma.clientDelegation.deleteMany({ where: { systemUserId: user.id, clientId: options.clientId } });
  if (removed.count === 0) throw problem('AUTH-00038');
}
