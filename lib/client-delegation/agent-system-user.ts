import 'server-only';
import { db } from '../db';
import { problem } from '../errors';

/** The facilitator's active agent system user, or Altinn's errors: missing → AUTH-00015, standard → AUTH-00034. */
export async function agentSystemUser(options: { id: string; orgNo: string }) {
  const prisma = await db();
  const user = await prisma.systemUser.findFirst({
    where: { id: options.id, reporteeOrgNo: options.orgNo, isDeleted: false },
    include: { system: true },
  });
  if (!user) throw problem('AUTH-00015');
  if (user.type !== 'agent') throw problem('AUTH-00034');
  return user;
}
