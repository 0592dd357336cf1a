import 'server-only';

import { authorizeParty, type PartyAccess, type PartyCall } from '../access/party';
import { db } from '../db';
import { problem } from '../errors';
import type { SystemUserDelegations } from '../schemas/system-users';
import { type SystemUserDetailDto, toDetailDto } from './party-dto';

async function readOwn(org: PartyAccess['org'], id: string): Promise<SystemUserDetailDto> {
  const user = await (
    await db()
  ).systemUser.findFirst({
    // The party's own: another organisation's system user is as missing as a deleted one.
    where: { id, reporteeOrgNo: org.orgNo, isDeleted: false },
    include: { system: true },
  });
  if (!user) throw problem('AUTH-00015');
  return toDetailDto(user, org.partyId);
}

/** One active system user of the party, for anyone who may represent it (GET systemuser/{party}/{id}). */
export async function getSystemUser(options: PartyCall & { id: string }): Promise<SystemUserDetailDto> {
  const { org } = await authorizeParty(options.person, options.party, 'represent');
  return readOwn(org, options.id);
}

/** What was delegated to one of the party's system users, for its access managers (…/{id}/delegations). */
export async function getSystemUserDelegations(options: PartyCall & { id: string }): Promise<SystemUserDelegations> {
  const { org } = await authorizeParty(options.person, options.party, 'accessManager');
  const user = await readOwn(org, options.id);
  return { systemUserId: user.id, rights: user.rights, accessPackages: user.accessPackages };
}
