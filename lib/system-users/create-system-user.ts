import 'server-only';

import { randomUUID } from 'node:crypto';

import { authorizeParty, type PartyCall } from '../access/party';
import { db } from '../db';
import { isUniqueViolation } from '../db-errors';
import { problem } from '../errors';
import { missingAccess } from '../requests/approval-rules';
import { rightDelegationFailure } from '../requests/delegation-check';
import { readRights, rightsJson } from '../requests/model';
import { type SystemUserInternalDto, toInternalDto } from './party-dto';

/**
 * User-driven creation ("brukerstyrt", POST systemuser/{party}/create): the person picks a visible system and
 * the organisation gets a system user holding all of the system's rights and packages, externalRef = org no.
 * The person must hold what is passed on (Altinn's delegation check). One active user per (system, org,
 * externalRef) is kept by the database's unique index, so a double submission gives AUTH-00004, not a second user.
 */
export async function createSystemUser(
  options: PartyCall & {
    systemId: string;
    integrationTitle?: string;
  },
): Promise<SystemUserInternalDto> {
  const access = await authorizeParty(options.person, options.party, 'accessManager');
  const prisma = await db();
  const { org, person } = access;
  const system = await prisma.registeredSystem.findFirst({
    where: { systemId: options.systemId, isDeleted: false, isVisible: true },
  });
  if (!system) throw problem('AUTH-00011');
  const nameNb = (system.name as Record<string, string | undefined>).nb;
  if (!nameNb) throw problem('AUTH-00017');

  const rights = readRights(system.rights);
  const { missingRights, missingPackages } = missingAccess(access, rights, system.accessPackages);
  if (missingRights.length > 0) throw problem(await rightDelegationFailure(missingRights));
  if (missingPackages.length > 0) throw problem('AUTH-00053');

  // No look-up first: the unique index answers a second user, whether it came first or at the same moment.
  try {
    const user = await prisma.systemUser.create({
      data: {
        id: randomUUID(),
        type: 'standard',
        integrationTitle: options.integrationTitle?.trim() || nameNb,
        systemInternalId: system.id,
        reporteeOrgNo: org.orgNo,
        externalRef: org.orgNo,
        rights: rightsJson(rights),
        accessPackages: system.accessPackages,
        createdBy: `user_id:${person.userId}`,
      },
      include: { system: true },
    });
    return toInternalDto(user, org.partyId);
  } catch (error) {
    if (isUniqueViolation(error)) throw problem('AUTH-00004');
    throw error;
  }
}
