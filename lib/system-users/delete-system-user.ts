import 'server-only';
import { db } from '../db';
import { problem } from '../errors';
import type { SystemUserType } from '../generated/prisma/enums';
import { sandboxNow } from '../clock';
import { recordEvent } from '../events/outbox';

/**
 * Soft-deletes a system user and the request it came from, in one transaction, so the vendor may request the
 * same (system, org, externalRef) again (altinn-api.md §4.4). An agent system user loses its clients too.
 * A second delete finds nothing to delete: AUTH-00015.
 */
export async function deleteSystemUser(options: { id: string; orgNo: string; type: SystemUserType; userId: number }): Promise<void> {
  const prisma = await db();
  const user = await prisma.systemUser.findFirst({ where: { id: options.id, isDeleted: false } });
  if (!user) throw problem('AUTH-00015');
  if (user.reporteeOrgNo !== options.orgNo) throw problem('AUTH-00024');
  if (user.type !== options.type) throw problem(options.type === 'standard' ? 'AUTH-00036' : 'AUTH-00034');

  await prisma.$transaction(async (tx) => {
    const now = sandboxNow();
    const deleted = await tx.systemUser.updateMany({
      where: { id: user.id, isDeleted: false },
      data: { isDeleted: true, lastChanged: now },
    });
    if (deleted.count === 0) throw problem('AUTH-00015');
    await tx.request.updateMany({
      where: {
        type: user.type,
        systemInternalId: user.systemInternalId,
        partyOrgNo: user.reporteeOrgNo,
        externalRef: user.externalRef,
        isDeleted: false,
      },
      data: { isDeleted: true, lastChanged: now, changedBy: `userId:${options.userId}` },
    });
    if (user.type === 'agent') await tx.clientDelegation.deleteMany({ where: { systemUserId: user.id } });
    await recordEvent(tx, {
      type: 'systemuser.deleted',
      systemInternalId: user.systemInternalId,
      orgNo: user.reporteeOrgNo,
      status: 'Deleted',
      systemUserId: user.id,
      data: { systemUserType: user.type, externalRef: user.externalRef },
    });
  });
}
