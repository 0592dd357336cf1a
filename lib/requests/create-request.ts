import 'server-only';
import { randomUUID } from 'node:crypto';
import { db } from '../db';
import { problem } from '../errors';
import type { Prisma } from '../generated/prisma/client';
import { readRights, requestResponse, rightsJson, systemName, type AttributePair, type RequestResponse, type Right } from './model';
import { isUniqueViolation } from './party-request';
import { expireRequests } from './timeout';
import { checkPackages, checkRedirectUrl, checkRights, knownOrganization } from './validate';

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
  request: RequestResponse;
}

/**
 * A vendor's request for a standard or agent system user (altinn-api.md §1.3, §2). The AUTH codes come in
 * Altinn's order, except that ownership of the system is checked before anything about its system users or
 * requests is revealed (CONTRACT.md: a vendor sees only its own systems' objects).
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

  const system = await prisma.registeredSystem.findUnique({ where: { systemId: body.systemId } });
  // Altinn still takes requests for a deleted system, which then can never be approved (AUTH-00011 there).
  if (!system || system.isDeleted || system.vendorOrgNo !== options.vendorOrgNo) throw problem('AUTH-00011');

  const triple = { systemInternalId: system.id, partyOrgNo: body.partyOrgNo, externalRef };
  const activeUser = await prisma.systemUser.findFirst({
    where: { systemInternalId: system.id, reporteeOrgNo: body.partyOrgNo, externalRef, isDeleted: false },
    select: { id: true },
  });
  if (activeUser) throw problem('AUTH-00004');

  // A request that timed out frees the triple: mark it so the unique index lets the new one in.
  await expireRequests(prisma, { ...triple, type, isDeleted: false });
  const existing = await findActive(prisma, type, triple);
  if (existing) return { created: false, request: requestResponse(existing, { withConfirmUrl: true }) };

  await knownOrganization(prisma, body.partyOrgNo);
  checkRedirectUrl(system, body.redirectUrl);
  const packages = (body.accessPackages ?? []).map((p) => p.urn);
  let rights: Right[] = [];
  if (type === 'standard') {
    if (body.rights == null && body.accessPackages == null) throw problem('AUTH-00001');
    rights = readRights(body.rights ?? []);
    if (rights.length === 0 && packages.length === 0) throw problem('AUTH-00059');
    checkRights(system, rights);
    await checkPackages(prisma, system, packages, 'assignable');
  } else {
    if (packages.length === 0) throw problem('AUTH-00058');
    await checkPackages(prisma, system, packages, 'delegable');
  }

  const id = randomUUID();
  try {
    await prisma.request.create({
      data: {
        id,
        type,
        ...triple,
        integrationTitle: body.integrationTitle || systemName(system).nb || null,
        rights: rightsJson(rights),
        accessPackages: packages,
        redirectUrl: body.redirectUrl || null,
        status: 'New',
      },
    });
  } catch (error) {
    // The same request arrived at the same moment and won the unique index: answer as if we came second.
    if (!isUniqueViolation(error)) throw error;
    const winner = await findActive(prisma, type, triple);
    if (!winner) throw problem('AUTH-00012');
    return { created: false, request: requestResponse(winner, { withConfirmUrl: true }) };
  }
  const stored = await prisma.request.findUniqueOrThrow({ where: { id }, include: { system: true } });
  return { created: true, request: requestResponse(stored, { withConfirmUrl: true }) };
}

function findActive(
  prisma: Prisma.TransactionClient,
  type: 'standard' | 'agent',
  triple: { systemInternalId: string; partyOrgNo: string; externalRef: string },
) {
  return prisma.request.findFirst({
    where: { ...triple, type, isDeleted: false, status: { not: 'Timedout' } },
    include: { system: true },
  });
}
