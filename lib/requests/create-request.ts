import 'server-only';

import { randomUUID } from 'node:crypto';

import { ownsSystem } from '../access/vendor';
import { sandboxNow } from '../clock';
import { db } from '../db';
import { isUniqueViolation } from '../db-errors';
import { problem } from '../errors';
import { changeWithEvent, requestEvent } from '../events/outbox';
import { Prisma, type Request } from '../generated/prisma/client';
import { isValidOrgNo } from '../identifiers';
import type { VendorRequestResponse } from '../schemas/requests';
import { type AttributePair, readRights, requestResponse, type Right, rightsJson, systemNames } from './model';
import { expireRequests, isTimedOut } from './timeout';
import { checkPackages, checkRedirectUrl, checkRights } from './validate';

export interface CreateRequestInput {
  integrationTitle?: string | null;
  externalRef?: string | null;
  systemId: string;
  partyOrgNo: string;
  /** Standard requests only. */
  rights?: { action?: string | null; resource: AttributePair[] }[] | null;
  accessPackages?: { urn: string }[] | null;
  redirectUrl?: string | null;
}

export interface CreateRequestResult {
  /** False when an identical request already existed and is returned instead. */
  created: boolean;
  request: VendorRequestResponse;
}

/**
 * A vendor's request for a standard or agent system user (docs/altinn-behaviour.md, "Standard requests", "Agent requests"). The AUTH codes come in
 * Altinn's order, except that ownership of the system is checked before anything about its system users or
 * requests is revealed (docs/altinn-behaviour.md, "Deliberate deviations").
 */
export async function createRequest(options: {
  vendorOrgNo: string | undefined;
  type: 'standard' | 'agent';
  body: CreateRequestInput;
}): Promise<CreateRequestResult> {
  const { type, body } = options;
  if (!options.vendorOrgNo) throw problem('AUTH-00023');
  const prisma = await db();
  // Altinn replaces only null here and "" later; both mean "the party" in the end, so do it once.
  const externalRef = body.externalRef || body.partyOrgNo;

  const target = { systemId: body.systemId, partyOrgNo: body.partyOrgNo, externalRef };
  // Both reads at once; what the second finds is used only once the system is known to be the vendor's.
  const [system, found] = await Promise.all([
    prisma.registeredSystem.findUnique({ where: { systemId: body.systemId } }),
    lookUp(prisma, type, target),
  ]);
  // Altinn still takes requests for a deleted system, which then can never be approved (AUTH-00011 there).
  if (!ownsSystem(system, options.vendorOrgNo) || system.isDeleted) throw problem('AUTH-00011');
  const triple = { systemInternalId: system.id, partyOrgNo: body.partyOrgNo, externalRef };
  // Judged in Altinn's order: an active system user, then an open request, then an unknown party.
  if (found.activeUser) throw problem('AUTH-00004');
  const current = found.openRequestId ? await prisma.request.findUnique({ where: { id: found.openRequestId } }) : null;
  if (current && !isTimedOut(current))
    return { created: false, request: requestResponse({ ...current, system }, { withConfirmUrl: true }) };
  // A request that timed out frees the triple: mark it so the unique index lets the new one in.
  if (current) await expireRequests(prisma, { id: current.id });
  if (!isValidOrgNo(body.partyOrgNo) || !found.knownOrganization) throw problem('AUTH-00000');

  checkRedirectUrl(system, body.redirectUrl);
  const packages = (body.accessPackages ?? []).map((p) => p.urn);
  let rights: Right[] = [];
  if (type === 'standard') {
    if (body.rights == null && body.accessPackages == null) throw problem('AUTH-00001');
    rights = readRights(body.rights); // no rights (absent or null) reads as none
    if (rights.length === 0 && packages.length === 0) throw problem('AUTH-00059');
    checkRights(system, rights);
    await checkPackages(prisma, system, packages, 'assignable');
  } else {
    if (packages.length === 0) throw problem('AUTH-00058');
    await checkPackages(prisma, system, packages, 'delegable');
  }

  const at = sandboxNow();
  const created: Request = {
    id: randomUUID(),
    type,
    ...triple,
    integrationTitle: body.integrationTitle || systemNames(system).nb || null,
    rights: rightsJson(rights),
    accessPackages: packages,
    unwantedRights: [],
    unwantedAccessPackages: [],
    systemUserId: null,
    redirectUrl: body.redirectUrl ?? null, // "" is stored and returned as "", as Altinn does
    status: 'New',
    escalated: false,
    created: at,
    lastChanged: at,
    changedBy: null,
    isDeleted: false,
  };
  try {
    // The row and its event in one statement (lib/events/outbox.ts); the other columns take their defaults.
    await changeWithEvent(
      prisma,
      Prisma.sql`request AS (
        INSERT INTO "Request" ("id", "type", "systemInternalId", "partyOrgNo", "externalRef", "integrationTitle",
                               "rights", "accessPackages", "redirectUrl", "created", "lastChanged")
        VALUES (${created.id}::uuid, ${type}::"RequestType", ${created.systemInternalId}::uuid, ${created.partyOrgNo},
                ${created.externalRef}, ${created.integrationTitle}, ${JSON.stringify(created.rights)}::jsonb,
                ${packages}::text[], ${created.redirectUrl}, ${at}, ${at}))`,
      requestEvent(created, 'created', 'New'),
      at,
    );
    return { created: true, request: requestResponse({ ...created, system }, { withConfirmUrl: true }) };
  } catch (error) {
    // The same request arrived at the same moment and won the unique index: answer as if we came second.
    if (!isUniqueViolation(error)) throw error;
    const winner = await findOpen(prisma, type, triple);
    if (!winner || isTimedOut(winner)) throw problem('AUTH-00012');
    return { created: false, request: requestResponse({ ...winner, system }, { withConfirmUrl: true }) };
  }
}

/**
 * What decides a create besides the system, in one round trip: is there an active system user for the triple, which request
 * for it is still open, and is the customer a known organisation. Create is the API's busiest write; as
 * three Prisma queries this cost each create two more trips to the database (see bench/).
 */
async function lookUp(
  prisma: Prisma.TransactionClient,
  type: 'standard' | 'agent',
  target: { systemId: string; partyOrgNo: string; externalRef: string },
): Promise<{ activeUser: boolean; openRequestId: string | null; knownOrganization: boolean }> {
  const { systemId, partyOrgNo, externalRef } = target;
  const [row] = await prisma.$queryRaw<{ activeUser: boolean; openRequestId: string | null; knownOrganization: boolean }[]>`
    WITH system AS (SELECT "id" FROM "RegisteredSystem" WHERE "systemId" = ${systemId})
    SELECT
      EXISTS (SELECT 1 FROM "SystemUser"
              WHERE "systemInternalId" = (SELECT "id" FROM system) AND "reporteeOrgNo" = ${partyOrgNo}
                AND "externalRef" = ${externalRef} AND "isDeleted" = false) AS "activeUser",
      (SELECT "id"::text FROM "Request"
       WHERE "systemInternalId" = (SELECT "id" FROM system) AND "partyOrgNo" = ${partyOrgNo}
         AND "externalRef" = ${externalRef} AND "type" = ${type}::"RequestType"
         AND "isDeleted" = false AND "status" <> 'Timedout'
       LIMIT 1) AS "openRequestId",
      EXISTS (SELECT 1 FROM "Organization" WHERE "orgNo" = ${partyOrgNo}) AS "knownOrganization"`;
  return row;
}

/** The request the partial unique index counts for this triple: not deleted and not marked Timedout. */
function findOpen(
  prisma: Prisma.TransactionClient,
  type: 'standard' | 'agent',
  triple: { systemInternalId: string; partyOrgNo: string; externalRef: string },
) {
  return prisma.request.findFirst({ where: { ...triple, type, isDeleted: false, status: { not: 'Timedout' } } });
}
