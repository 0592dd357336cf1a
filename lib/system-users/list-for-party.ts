import 'server-only';

import { authorizeParty, type PartyCall } from '../access/party';
import { db } from '../db';
import type { SystemUserType } from '../generated/prisma/enums';
import { LIMITS } from '../limits';
import { type SystemUserInternalDto, toInternalDto } from './party-dto';

/**
 * The party's active system users of one type, newest first (GET systemuser/{party}, agent/{party}). Standard
 * ones need Altinn's "AM read"; agent ones the system-user overview's read, which any representative passes.
 */
export async function listForParty(
  options: PartyCall & {
    type: SystemUserType;
    /** At most this many (the API: LIMITS.unpagedList; the overview pages them), after `skip`. */
    take?: number;
    skip?: number;
  },
): Promise<SystemUserInternalDto[]> {
  const { org } = await authorizeParty(options.person, options.party, options.type === 'standard' ? 'accessManager' : 'represent');
  const users = await (
    await db()
  ).systemUser.findMany({
    where: { reporteeOrgNo: org.orgNo, type: options.type, isDeleted: false },
    include: { system: true },
    orderBy: { sequenceNo: 'desc' },
    skip: options.skip ?? 0,
    take: Math.min(options.take ?? LIMITS.unpagedList, LIMITS.unpagedList),
  });
  return users.map((u) => toInternalDto(u, org.partyId));
}
