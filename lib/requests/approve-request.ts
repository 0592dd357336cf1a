import 'server-only';

import type { Person } from '../access/caller';
import { sandboxNow } from '../clock';
import { db } from '../db';
import { isUniqueViolation } from '../db-errors';
import { problem } from '../errors';
import { recordEvent } from '../events/outbox';
import type { RequestType } from '../generated/prisma/enums';
import { approvalError, judgeApproval, registerProblem, systemUserExists } from './approval-rules';
import { readRights, rightsJson, sameRight, systemNames } from './model';
import { decide, loadPartyRequest, type PartyRequest, type RequestKind } from './party-request';

// Approve (docs/altinn-behaviour.md, "Approving"): the status change and the system user's creation or change
// are one transaction, and the status change is conditional on the request still being New, so of many
// simultaneous approvals, or an approval racing a rejection, exactly one succeeds and the rest get AUTH-00013.

const TX_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

export interface ApprovalOutcome {
  id: string;
  type: RequestType;
  /** Where the vendor asked the person to be sent afterwards, as stored. */
  redirectUrl: string | null;
}

/**
 * Approves a standard, agent or change request as `person`, who must be an access manager of its party.
 * `partyId` and `type` are the typed API routes' `{party}` and request type; the portal passes neither.
 */
export async function approveRequest(options: {
  id: string;
  person: Person;
  partyId?: number;
  type?: RequestKind;
}): Promise<ApprovalOutcome> {
  const loaded = await loadPartyRequest({ ...options, kind: options.type ?? 'any' });
  const { request, access } = loaded;
  const prisma = await db();
  const asked = {
    type: request.type,
    status: request.status,
    escalated: request.escalated,
    // An agent request's rights are not judged (judgeApproval, registerProblem): its system user gets none.
    rights: readRights(request.rights),
    accessPackages: request.accessPackages,
  };
  const facts = {
    request: asked,
    systemDeleted: request.system.isDeleted,
    access,
    registerProblem: request.system.isDeleted ? undefined : await registerProblem(prisma, request.system, asked),
    systemUserExists:
      request.type !== 'change' &&
      (await systemUserExists(
        prisma,
        {
          systemInternalId: request.systemInternalId,
          partyOrgNo: request.partyOrgNo,
          externalRef: request.externalRef,
        },
        request.id,
      )),
  };
  const check = judgeApproval(facts);
  if (!check.canApprove) throw await approvalError(facts, check);
  if (request.type === 'change') await approveChange(loaded, options.person);
  else await approveCreation(loaded, options.person);
  return { id: request.id, type: request.type, redirectUrl: request.redirectUrl };
}

async function approveCreation({ request }: PartyRequest, person: Person): Promise<void> {
  const prisma = await db();
  const rights = request.type === 'standard' ? readRights(request.rights) : [];
  const system = request.system;
  const integrationTitle = request.integrationTitle || systemNames(system).nb;
  if (!integrationTitle) throw problem('AUTH-00017');
  try {
    await prisma.$transaction(async (tx) => {
      await decide(tx, request, person, 'Accepted');
      // No second look-up: a system user that took the triple since the check above fails the insert on the
      // unique index (SystemUser_active_triple_key), answered below.
      await tx.systemUser.create({
        data: {
          // Vendor-driven creation keeps the request's id.
          id: request.id,
          type: request.type === 'agent' ? 'agent' : 'standard',
          integrationTitle,
          systemInternalId: system.id,
          reporteeOrgNo: request.partyOrgNo,
          externalRef: request.externalRef,
          rights: rightsJson(rights),
          accessPackages: request.accessPackages,
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
    // Another system user took the triple between the check in approveRequest and the insert.
    if (isUniqueViolation(error)) throw problem('AUTH-00004');
    throw error;
  }
}

async function approveChange({ request }: PartyRequest, person: Person): Promise<void> {
  const prisma = await db();
  const requiredRights = readRights(request.rights);
  const unwantedRights = readRights(request.unwantedRights);
  const requiredPackages = request.accessPackages;
  const unwantedPackages = request.unwantedAccessPackages;
  if (!request.systemUserId) throw problem('AUTH-00015');
  const systemUserId = request.systemUserId;

  await prisma.$transaction(async (tx) => {
    await decide(tx, request, person, 'Accepted');
    const user = await tx.systemUser.findFirst({ where: { id: systemUserId, isDeleted: false, type: 'standard' } });
    if (!user) throw problem('AUTH-00015');
    // Diffed against what the user has now, so approving is idempotent whatever changed in between.
    const current = readRights(user.rights);
    const rights = [...current, ...requiredRights.filter((r) => !current.some((c) => sameRight(c, r)))].filter(
      (r) => !unwantedRights.some((u) => sameRight(u, r)),
    );
    const packages = [...new Set([...user.accessPackages, ...requiredPackages].filter((urn) => !unwantedPackages.includes(urn)))];
    const { count: changed } = await tx.systemUser.updateMany({
      where: { id: systemUserId, isDeleted: false, lastChanged: user.lastChanged },
      data: { rights: rightsJson(rights), accessPackages: packages, lastChanged: sandboxNow() },
    });
    // A concurrent change of the same system user: let the approver try again.
    if (changed === 0) throw problem('AUTH-00060');
  }, TX_OPTIONS);
}
