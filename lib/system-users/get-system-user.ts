import 'server-only';
import { db } from '../db';
import { problem } from '../errors';
import { toDetailDto, type SystemUserDetailDto } from '../portal/system-user-dto';

/** One active system user of the organisation; another organisation's is as missing as a deleted one. */
export async function getSystemUser(options: { id: string; orgNo: string; partyId: number }): Promise<SystemUserDetailDto> {
  const prisma = await db();
  const user = await prisma.systemUser.findFirst({
    where: { id: options.id, reporteeOrgNo: options.orgNo, isDeleted: false },
    include: { system: true },
  });
  if (!user) throw problem('AUTH-00015');
  return toDetailDto(user, options.partyId);
}
