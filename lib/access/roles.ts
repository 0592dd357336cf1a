import 'server-only';

import { sql } from '../db';
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

/** A party as the access read finds it: by organisation number or party id. */
export type AccessPartyRef = { partyId: number } | { orgNo: string };

export interface AccessRow {
  org: { id: string; orgNo: string; name: string; partyId: number; unitType: string };
  person: { id: string; pid: string; name: string; userId: number; partyId: number };
  access: PersonAccess;
}

interface Row {
  orgId: string;
  orgNo: string;
  orgName: string;
  orgPartyId: number;
  unitType: string;
  personId: string;
  pid: string;
  personName: string;
  userId: number;
  personPartyId: number;
  roles: RoleCode[];
  rights: string[];
  packages: string[];
  inherited: string[];
}

// One statement for the organisation, the person and everything the person holds for it: this read runs on
// every party-scoped call and every portal page, and as Prisma reads it took six round trips. What the person
// really holds, as Altinn's delegation check counts it: single rights delegated to them, resources whose
// policy gives one of their ER roles access (an app and its daglig leder), and the resources of the access
// packages they hold (package → resource catalogue).
const ACCESS_SQL = (partyColumn: 'orgNo' | 'partyId') => `
SELECT o.id AS "orgId", o."orgNo", o.name AS "orgName", o."partyId" AS "orgPartyId", o."unitType",
       p.id AS "personId", p.pid, p.name AS "personName", p."userId", p."partyId" AS "personPartyId",
       a.roles, a.rights, a.packages,
       ARRAY(SELECT res.id FROM "Resource" res
             WHERE res."rolePolicy" && a.roles
                OR EXISTS (SELECT 1 FROM "AccessPackageResource" apr
                           WHERE apr."resourceId" = res.id AND apr."packageUrn" = ANY (a.packages))) AS inherited
FROM "Organization" o
CROSS JOIN "Person" p
CROSS JOIN LATERAL (SELECT
  ARRAY(SELECT r.code::text FROM "Role" r
        WHERE r."personId" = p.id AND r."organizationId" = o.id ORDER BY r.code) AS roles,
  ARRAY(SELECT pr."resourceId" FROM "PersonRight" pr
        WHERE pr."personId" = p.id AND pr."organizationId" = o.id ORDER BY pr."resourceId") AS rights,
  ARRAY(SELECT pp."packageUrn" FROM "PersonPackage" pp
        WHERE pp."personId" = p.id AND pp."organizationId" = o.id ORDER BY pp."packageUrn") AS packages) a
WHERE p.pid = $1 AND o."${partyColumn}" = $2`;

const isInt4 = (n: number) => Number.isInteger(n) && n >= -2147483648 && n <= 2147483647;

/** The organisation, the person and what the person may do for it; undefined when either is unknown. */
export async function readAccess({ pid, party }: { pid: string; party: AccessPartyRef }): Promise<AccessRow | undefined> {
  if ('partyId' in party && !isInt4(party.partyId)) return undefined;
  const [row] = await (
    await sql()
  ).query<Row>(ACCESS_SQL('partyId' in party ? 'partyId' : 'orgNo'), [pid, 'partyId' in party ? party.partyId : party.orgNo]);
  if (!row) return undefined;
  const codes = row.roles;
  const held = new Set([...row.rights, ...row.inherited]);
  return {
    org: { id: row.orgId, orgNo: row.orgNo, name: row.orgName, partyId: row.orgPartyId, unitType: row.unitType },
    person: { id: row.personId, pid: row.pid, name: row.personName, userId: row.userId, partyId: row.personPartyId },
    access: {
      canRepresent: codes.length > 0,
      isAccessManager: codes.some((c) => ACCESS_MANAGER_ROLES.includes(c)),
      isClientAdministrator: codes.some((c) => CLIENT_ADMIN_ROLES.includes(c)),
      roles: codes,
      rights: [...held].sort(),
      packages: row.packages,
    },
  };
}

const noAccess = (): PersonAccess => ({
  canRepresent: false,
  isAccessManager: false,
  isClientAdministrator: false,
  roles: [],
  rights: [],
  packages: [],
});

/** What a person (by national identity number) may do for an organisation (by org number). */
export async function personAccess({ pid, orgNo }: { pid: string; orgNo: string }): Promise<PersonAccess> {
  // An unknown person or organisation simply holds nothing.
  return (await readAccess({ pid, party: { orgNo } }))?.access ?? noAccess();
}
