import 'server-only';

import { authorizeFacilitator, type PartyCall } from '../access/party';
import { sandboxNow } from '../clock';
import { db } from '../db';
import { problem } from '../errors';
import { recordEvent } from '../events/outbox';
import type { SystemUserType } from '../generated/prisma/enums';

/**
 * Soft-deletes one of the party's system users and the request it came from, in one transaction, so the
 * vendor may request the same (system, org, externalRef) again. An agent system user loses its clients too.
 * Needs an access manager of the party; for an agent system user a given facilitator id must be the party's.
 * A second delete finds nothing to delete: AUTH-00015; another organisation's system user: AUTH-00024.
 */
export async function deleteSystemUser(
  options: PartyCall & {
    id: string;
    type: SystemUserType;
    facilitatorId?: string;
  },
): Promise<void> {
  // Only the agent route passes a facilitator id.
  const access = await authorizeFacilitator(options.person, options.party, 'accessManager', options.facilitatorId);
  const prisma = await db();
  const user = await prisma.systemUser.findFirst({ where: { id: options.id, isDeleted: false } });
  if (!user) throw problem('AUTH-00015');
  if (user.reporteeOrgNo !== access.org.orgNo) throw problem('AUTH-00024');
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
      data: { isDeleted: true, lastChanged: now, changedBy: `userId:${access.person.userId}` },
    });
    // Stryker disable next-line ConditionalExpression: a standard system user has no clients (lib/client-delegation/agent-system-user.ts finds agent ones only), so deleting its clients deletes nothing.
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
