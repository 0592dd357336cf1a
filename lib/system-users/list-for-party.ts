import 'server-only';
import { db } from '../db';
import type { SystemUserType } from '../generated/prisma/enums';
import { toInternalDto, type SystemUserInternalDto } from '../portal/system-user-dto';

/** The organisation's active system users of one type, newest first (GET systemuser/{party}, agent/{party}). */
export async function listForParty(options: {
  orgNo: string;
  partyId: number;
  type: SystemUserType;
}): Promise<SystemUserInternalDto[]> {
  const prisma = await db();
  const users = await prisma.systemUser.findMany({
    where: { reporteeOrgNo: options.orgNo, type: options.type, isDeleted: false },
    include: { system: true },
    orderBy: { sequenceNo: 'desc' },
  });
  return users.map((u) => toInternalDto(u, options.partyId));
}
