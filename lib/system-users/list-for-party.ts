import 'server-only';
import { db } from '../db';
import type { SystemUserType } from '../generated/prisma/enums';
import { toInternalDto, type SystemUserInternalDto } from '../portal/system-user-dto';
import { LIMITS } from '../limits';

/** The organisation's active system users of one type, newest first (GET systemuser/{party}, agent/{party}). */
export async function listForParty(options: {
  orgNo: string;
  partyId: number;
  type: SystemUserType;
  /** At most this many (the API: LIMITS.unpagedList; the overview pages them), after `skip`. */
  take?: number;
  skip?: number;
}): Promise<SystemUserInternalDto[]> {
  const prisma = await db();
  const users = await prisma.systemUser.findMany({
    where: { reporteeOrgNo: options.orgNo, type: options.type, isDeleted: false },
    include: { system: true },
    orderBy: { sequenceNo: 'desc' },
    skip: options.skip ?? 0,
    take: Math.min(options.take ?? LIMITS.unpagedList, LIMITS.unpagedList),
  });
  return users.map((u) => toInternalDto(u, options.partyId));
}
