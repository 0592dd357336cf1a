import 'server-only';
import { rightDelegationFailure } from './delegation-check';
import { db } from '../db';
import { problem } from '../errors';
import { readRights, resourceIds, rightsJson, sameRight, systemName, type Right } from './model';
import { isUniqueViolation, loadPartyRequest, type ActingPerson, type PartyRequest, type RequestKind } from './party-request';
import { stillNew } from './timeout';
import { checkPackages, checkRights } from './validate';
import type { PersonAccess } from '../parties/person-access';
import { sandboxNow } from '../clock';
import { recordEvent, requestEvent } from '../events/outbox';

// Approve (altinn-api.md §4.2, §3): the status change and the system user's creation or change are one
// transaction, and the status change is conditional on the request still being New, so of many simultaneous
// approvals exactly one succeeds and the rest get AUTH-00013.

const TX_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

/** What the person lacks to pass on the given rights and packages (Altinn's delegation check). */
export function missingAccess(access: Pick<PersonAccess, 'rights' | 'packages'>, rights: Right[], packages: string[]) {
  return {
    missingRights: resourceIds(rights).filter((id) => !access.rights.includes(id)),
    missingPackages: packages.filter((urn) => !access.packages.includes(urn)),
  };
}

async function assertHolds(access: PersonAccess, rights: Right[], packages: string[]): Promise<void> {
  const { missingRights, missingPackages } = missingAccess(access, rights, packages);
  if (missingRights.length > 0) throw problem(await rightDelegationFailure(missingRights));
  if (missingPackages.length > 0) throw problem('AUTH-00053');
}

/**
 * Approves a standard, agent or change request for the party `partyId` as `person`. `type` limits the
 * request type (the typed API routes); without it any type is approved (the portal). Returns true.
 */
export async function approveRequest(options: {
  id: string;
  partyId: number;
  person: ActingPerson;
  type?: RequestKind;
}): Promise<true> {
  const loaded = await loadPartyRequest({ ...options, kind: options.type ?? 'any' });
  if (loaded.request.system.isDeleted) throw problem('AUTH-00011');
  if (loaded.request.type === 'change') await approveChange(loaded, options.person);
  else await approveCreation(loaded, options.person);
  return true;
}

async function approveCreation({ request, access }: PartyRequest, person: ActingPerson): Promise<void> {
  const prisma = await db();
  const rights = request.type === 'standard' ? readRights(request.rights) : [];
  const packages = request.accessPackages;
  const system = request.system;
  // The system register may have changed since the request was made.
  if (request.type === 'standard') {
    checkRights(system, rights);
    await checkPackages(prisma, system, packages, 'assignable');
    await assertHolds(access, rights, packages);
  } else {
    await checkPackages(prisma, system, packages, 'delegable');
  }
  const integrationTitle = request.integrationTitle || systemName(system).nb;
  if (!integrationTitle) throw problem('AUTH-00017');
  try {
    await prisma.$transaction(async (tx) => {
      const { count } = await tx.request.updateMany({
        where: { id: request.id, isDeleted: false, ...stillNew() },
        data: { status: 'Accepted', lastChanged: sandboxNow(), changedBy: `userId:${person.userId}` },
      });
      if (count === 0) throw problem('AUTH-00013');
      await recordEvent(tx, requestEvent(request, 'accepted', 'Accepted'));
      const existing = await tx.systemUser.findFirst({
        where: {
          systemInternalId: system.id,
          reporteeOrgNo: request.partyOrgNo,
          externalRef: request.externalRef,
          isDeleted: false,
        },
        select: { id: true },
      });
      if (existing) throw problem('AUTH-00004');
      await tx.systemUser.create({
        data: {
          // Vendor-driven creation keeps the request's id (altinn-api.md §4.3).
          id: request.id,
          type: request.type === 'agent' ? 'agent' : 'standard',
          integrationTitle,
          systemInternalId: system.id,
          reporteeOrgNo: request.partyOrgNo,
          externalRef: request.externalRef,
          rights: rightsJson(rights),
          accessPackages: packages,
          createdBy: `user_id:${person.userId}`,
          created: sandboxNow(),
          lastChanged: sandboxNow(),
        },
      });
      await recordEvent(tx, {
        type: 'systemuser.created',
        systemInternalId: system.id,
        orgNo: request.partyOrgNo,
        status: 'Active',
        systemUserId: request.id,
        requestId: request.id,
        data: { systemUserType: request.type === 'agent' ? 'agent' : 'standard', externalRef: request.externalRef },
      });
    }, TX_OPTIONS);
  } catch (error) {
    // Another system user took the triple between our check and the insert.
    if (isUniqueViolation(error)) throw problem('AUTH-00004');
    throw error;
  }
}

async function approveChange({ request, access }: PartyRequest, person: ActingPerson): Promise<void> {
  const prisma = await db();
  const system = request.system;
  const requiredRights = readRights(request.rights);
  const unwantedRights = readRights(request.unwantedRights);
  const requiredPackages = request.accessPackages;
  const unwantedPackages = request.unwantedAccessPackages;
  checkRights(system, requiredRights);
  await checkPackages(prisma, system, requiredPackages, 'assignable');
  await assertHolds(access, requiredRights, requiredPackages);
  if (!request.systemUserId) throw problem('AUTH-00015');
  const systemUserId = request.systemUserId;

  await prisma.$transaction(async (tx) => {
    const { count } = await tx.request.updateMany({
      where: { id: request.id, isDeleted: false, ...stillNew() },
      data: { status: 'Accepted', lastChanged: sandboxNow(), changedBy: `userId:${person.userId}` },
    });
    if (count === 0) throw problem('AUTH-00013');
    await recordEvent(tx, requestEvent(request, 'accepted', 'Accepted'));
    const user = await tx.systemUser.findFirst({ where: { id: systemUserId, isDeleted: false, type: 'standard' } });
    if (!user) throw problem('AUTH-00015');
    // Diffed against what the user has now, so approving is idempotent whatever changed in between.
    const current = readRights(user.rights);
    const rights = [
      ...current.filter((r) => !unwantedRights.some((u) => sameRight(u, r))),
      ...requiredRights.filter((r) => !current.some((c) => sameRight(c, r))),
    ].filter((r) => !unwantedRights.some((u) => sameRight(u, r)));
    const packages = [
      ...new Set([...user.accessPackages, ...requiredPackages].filter((urn) => !unwantedPackages.includes(urn))),
    ];
    const { count: changed } = await tx.systemUser.updateMany({
      where: { id: systemUserId, isDeleted: false, lastChanged: user.lastChanged },
      data: { rights: rightsJson(rights), accessPackages: packages, lastChanged: sandboxNow() },
    });
    // A concurrent change of the same system user: let the approver try again.
    if (changed === 0) throw problem('AUTH-00060');
  }, TX_OPTIONS);
}
