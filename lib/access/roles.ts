import 'server-only';

import { db } from '../db';
import type { RoleCode } from '../generated/prisma/enums';

export interface PersonAccess {
  /** Any role at all for the organisation: the organisation is in the person's reportee list. */
  canRepresent: boolean;
  /** May approve and reject system-user requests for the organisation (Altinn's "AM write"). */
  isAccessManager: boolean;
  /** May delegate clients to agent system users for the organisation. */
  isClientAdministrator: boolean;
  roles: RoleCode[];
  /** Resource ids the person holds for the organisation: delegated, by an ER role's policy, or in a held package. */
  rights: string[];
  /** Access-package URNs the person holds for the organisation. */
  packages: string[];
}

// In Altinn 3 the ER role "daglig leder" carries access management and client administration for the unit by
// default, and the main administrator holds every Altinn role; TILGANGSSTYRER is the explicit access-manager
// role and KLIENTADMINISTRATOR the explicit client-administrator role. lib/access/party.ts turns these into the party policies.
const ACCESS_MANAGER_ROLES: readonly RoleCode[] = ['DAGL', 'HOVEDADMINISTRATOR', 'TILGANGSSTYRER'];
const CLIENT_ADMIN_ROLES: readonly RoleCode[] = ['DAGL', 'HOVEDADMINISTRATOR', 'KLIENTADMINISTRATOR'];

/** What a person (by national identity number) may do for an organisation (by org number). */
export async function personAccess({ pid, orgNo }: { pid: string; orgNo: string }): Promise<PersonAccess> {
  const prisma = await db();
  // Filtered through the relations, so the three reads need no person and organisation ids first; an
  // unknown person or organisation simply holds nothing.
  const key = { person: { pid }, organization: { orgNo } };
  const [roles, rights, packages] = await Promise.all([
    prisma.role.findMany({ where: key, select: { code: true }, orderBy: { code: 'asc' } }),
    prisma.personRight.findMany({ where: key, select: { resourceId: true }, orderBy: { resourceId: 'asc' } }),
    prisma.personPackage.findMany({ where: key, select: { packageUrn: true }, orderBy: { packageUrn: 'asc' } }),
  ]);
  const codes = roles.map((r) => r.code);
  const packageUrns = packages.map((p) => p.packageUrn);
  // What the person really holds, as Altinn's delegation check counts it: single rights delegated to them,
  // resources whose policy gives one of their ER roles access (an app and its daglig leder), and the
  // resources of the access packages they hold (package → resource catalogue).
  const inherited =
    codes.length > 0 || packageUrns.length > 0
      ? await prisma.resource.findMany({
          where: {
            OR: [
              ...(codes.length > 0 ? [{ rolePolicy: { hasSome: codes as string[] } }] : []),
              ...(packageUrns.length > 0 ? [{ packages: { some: { packageUrn: { in: packageUrns } } } }] : []),
            ],
          },
          select: { id: true },
        })
      : [];
  const held = new Set([...rights.map((r) => r.resourceId), ...inherited.map((r) => r.id)]);
  return {
    canRepresent: codes.length > 0,
    isAccessManager: codes.some((c) => ACCESS_MANAGER_ROLES.includes(c)),
    isClientAdministrator: codes.some((c) => CLIENT_ADMIN_ROLES.includes(c)),
    roles: codes,
    rights: [...held].sort(),
    packages: packageUrns,
  };
}
