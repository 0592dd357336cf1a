import 'server-only';

import { db } from '../db';
import { problem } from '../errors';

/**
 * The facilitator's own active agent system user, or Altinn's errors: missing or another organisation's →
 * AUTH-00015, a standard one → AUTH-00034. Called by the client-delegation functions after their policy check.
 */
export async function agentSystemUser(options: { id: string; facilitatorOrgNo: string }) {
  const prisma = await db();
  const user = await prisma.systemUser.findFirst({
    where: { id: options.id, reporteeOrgNo: options.facilitatorOrgNo, isDeleted: false },
  });
  if (!user) throw problem('AUTH-00015');
  if (user.type !== 'agent') throw problem('AUTH-00034');
  return user;
}
