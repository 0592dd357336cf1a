import 'server-only';

import { sql } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type { RequestStatus, RequestType } from '../generated/prisma/enums';
import { readRights, type Right, systemNames } from './model';
import { effectiveStatus } from './timeout';

export interface FoundRequest {
  request: {
    id: string;
    type: RequestType;
    /** With the timeout applied: a New request past REQUEST_TIMEOUT_DAYS reads as Timedout. */
    status: RequestStatus;
    timedOut: boolean;
    integrationTitle: string | null;
    externalRef: string;
    partyOrgNo: string;
    /** Standard: requested rights. Change: required rights. Agent: []. */
    rights: Right[];
    /** Standard and agent: requested packages. Change: required packages. */
    accessPackages: string[];
    /** Change requests only. */
    unwantedRights: Right[];
    unwantedAccessPackages: string[];
    systemUserId: string | null;
    redirectUrl: string | null;
    escalated: boolean;
    created: Date;
    /** Another active system user holds the request's (system, party, externalRef), read with the request. */
    tripleTaken: boolean;
  };
  system: {
    internalId: string;
    systemId: string;
    name: Record<string, string>;
    vendorOrgNo: string;
    /** The vendor's name from ER, or the org number when the vendor is not a known organisation. */
    vendorName: string;
    rights: Right[];
    accessPackages: string[];
    isDeleted: boolean;
  };
  party: { orgNo: string; name: string; partyId: number; id: string };
}

/** The request's own columns as stored (rights still JSON), then its system's and party's. */
type Row = Omit<FoundRequest['request'], 'timedOut' | 'rights' | 'unwantedRights'> & {
  rights: unknown;
  unwantedRights: unknown;
  systemInternalId: string;
  systemId: string;
  systemName: unknown;
  vendorOrgNo: string;
  vendorName: string | null;
  systemRights: unknown;
  systemAccessPackages: string[];
  systemDeleted: boolean;
  orgId: string;
  orgName: string;
  orgPartyId: number;
};

// The request, its system, its party and the vendor's name in one statement (the approval pages render it on
// every view; through Prisma it was three round trips).
const FIND_SQL = `
SELECT r.id, r.type::text AS type, r.status::text AS status, r."integrationTitle", r."externalRef", r."partyOrgNo",
       r.rights, r."accessPackages", r."unwantedRights", r."unwantedAccessPackages", r."systemUserId",
       r."redirectUrl", r.escalated, r.created,
       EXISTS (SELECT 1 FROM "SystemUser" u
               WHERE u."systemInternalId" = r."systemInternalId" AND u."reporteeOrgNo" = r."partyOrgNo"
                 AND u."externalRef" = r."externalRef" AND NOT u."isDeleted" AND u.id <> r.id) AS "tripleTaken",
       s.id AS "systemInternalId", s."systemId", s.name AS "systemName", s."vendorOrgNo", v.name AS "vendorName",
       s.rights AS "systemRights", s."accessPackages" AS "systemAccessPackages", s."isDeleted" AS "systemDeleted",
       o.id AS "orgId", o.name AS "orgName", o."partyId" AS "orgPartyId"
FROM "Request" r
JOIN "RegisteredSystem" s ON s.id = r."systemInternalId"
JOIN "Organization" o ON o."orgNo" = r."partyOrgNo"
LEFT JOIN "Organization" v ON v."orgNo" = s."vendorOrgNo"
WHERE r.id = $1::uuid AND NOT r."isDeleted"`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A request of any type by id, with its system and party, as the approval pages show it; null if none. */
export async function findRequest({ id }: { id: string }): Promise<FoundRequest | null> {
  // Not an id at all: no such request (the column is a uuid, so the database would refuse the comparison).
  if (!UUID.test(id)) return null;
  const [row] = await (await sql()).query<Row>(FIND_SQL, [id]);
  if (!row) return null;
  const status = effectiveStatus(row);
  return {
    request: {
      id: row.id,
      type: row.type,
      status,
      timedOut: status === 'Timedout',
      integrationTitle: row.integrationTitle,
      externalRef: row.externalRef,
      partyOrgNo: row.partyOrgNo,
      rights: row.type === 'agent' ? [] : readRights(row.rights),
      accessPackages: row.accessPackages,
      unwantedRights: readRights(row.unwantedRights),
      unwantedAccessPackages: row.unwantedAccessPackages,
      systemUserId: row.systemUserId,
      redirectUrl: row.redirectUrl,
      escalated: row.escalated,
      created: row.created,
      tripleTaken: row.tripleTaken,
    },
    system: {
      internalId: row.systemInternalId,
      systemId: row.systemId,
      name: systemNames({ name: row.systemName as Prisma.JsonValue, systemId: row.systemId }),
      vendorOrgNo: row.vendorOrgNo,
      vendorName: row.vendorName ?? row.vendorOrgNo,
      rights: readRights(row.systemRights),
      accessPackages: row.systemAccessPackages,
      isDeleted: row.systemDeleted,
    },
    party: { orgNo: row.partyOrgNo, name: row.orgName, partyId: row.orgPartyId, id: row.orgId },
  };
}
