import 'server-only';

import type { PartyAccess } from '../access/party';
import type { Db } from '../db';
import { AltinnProblem, forbidden, problem } from '../errors';
import type { Prisma, RegisteredSystem } from '../generated/prisma/client';
import type { RequestStatus, RequestType } from '../generated/prisma/enums';
import { rightDelegationFailure } from './delegation-check';
import { resourceIds, type Right } from './model';
import { checkPackages, checkRights } from './validate';

// The rules of an approval, stated once: the approval page asks judgeApproval which buttons and notices to
// show, and approve asks the same function before it writes, then turns the first blocker into its error.

export type ApprovalBlocker =
  | 'not-found'
  /** Accepted, Rejected or Denied already. */
  | 'not-new'
  | 'timed-out'
  /** The person has no role at all for the party. */
  | 'no-access'
  /** The person may act for the party but is not its access manager. */
  | 'not-access-manager'
  /** The system was deleted from the register. */
  | 'system-deleted'
  /** The system register no longer offers what the request asks for. */
  | 'system-changed'
  /** An access manager who lacks some of the requested rights or packages (standard and change requests). */
  | 'missing-rights'
  /** Another system user already has the request's (system, party, externalRef). */
  | 'system-user-exists';

export interface ApprovalCheck {
  canApprove: boolean;
  canReject: boolean;
  /** May ask the party's access managers to handle it instead. */
  mayEscalate: boolean;
  /** Resource ids and package URNs the person would have to hold. */
  missingRights: string[];
  missingPackages: string[];
  /** Why approval is not possible; null when it is. */
  reason: ApprovalBlocker | null;
}

/** What the rules look at, read by the caller (the page and approve read it their own way, each once). */
export interface ApprovalFacts {
  request: {
    type: RequestType;
    /** With the timeout applied. */
    status: RequestStatus;
    escalated: boolean;
    /** Standard: requested rights; change: required rights; agent: none. */
    rights: Right[];
    accessPackages: string[];
  };
  systemDeleted: boolean;
  /** The person's access to the request's party; undefined when they may not act for it at all. */
  access: Pick<PartyAccess, 'isAccessManager' | 'rights' | 'packages'> | undefined;
  /** The register's refusal of the request's content today (see registerProblem), if any. */
  registerProblem: AltinnProblem | undefined;
  /** Some other active system user has the request's (system, party, externalRef). Never for change requests. */
  systemUserExists: boolean;
}

/** What the person lacks to pass on the given rights and packages (Altinn's delegation check). */
export function missingAccess(access: Pick<PartyAccess, 'rights' | 'packages'>, rights: Right[], packages: string[]) {
  return {
    missingRights: resourceIds(rights).filter((id) => !access.rights.includes(id)),
    missingPackages: packages.filter((urn) => !access.packages.includes(urn)),
  };
}

const blocked = (reason: ApprovalBlocker, extra: Partial<ApprovalCheck> = {}): ApprovalCheck => ({
  canApprove: false,
  canReject: false,
  mayEscalate: false,
  missingRights: [],
  missingPackages: [],
  reason,
  ...extra,
});

export const notFoundCheck = (): ApprovalCheck => blocked('not-found');

/** The rules, in the order they are decided. */
export function judgeApproval(facts: ApprovalFacts): ApprovalCheck {
  const { request, access } = facts;
  if (request.status === 'Timedout') return blocked('timed-out');
  if (request.status !== 'New') return blocked('not-new');
  if (!access) return blocked('no-access');
  if (!access.isAccessManager) return blocked('not-access-manager', { mayEscalate: !request.escalated });
  if (facts.systemDeleted) return blocked('system-deleted', { canReject: true });
  if (facts.registerProblem) return blocked('system-changed', { canReject: true });
  // An agent system user gets its packages from the clients, not from the approver.
  const { missingRights, missingPackages } =
    request.type === 'agent' ? { missingRights: [], missingPackages: [] } : missingAccess(access, request.rights, request.accessPackages);
  if (missingRights.length > 0 || missingPackages.length > 0) {
    return blocked('missing-rights', { canReject: true, missingRights, missingPackages });
  }
  if (facts.systemUserExists) return blocked('system-user-exists', { canReject: true });
  return { canApprove: true, canReject: true, mayEscalate: false, missingRights: [], missingPackages: [], reason: null };
}

/** The error approve answers for a blocked approval. */
export async function approvalError(facts: ApprovalFacts, check: ApprovalCheck): Promise<Error> {
  switch (check.reason) {
    case 'not-found':
      return problem('AUTH-00010');
    case 'not-new':
    case 'timed-out':
      return problem('AUTH-00013');
    case 'no-access':
    case 'not-access-manager':
      return forbidden();
    case 'system-deleted':
      return problem('AUTH-00011');
    case 'system-changed':
      return facts.registerProblem ?? problem('AUTH-00001');
    case 'missing-rights':
      // Which right is missing decides the code, as Altinn's delegation check tells the reasons apart.
      return problem(check.missingRights.length > 0 ? await rightDelegationFailure(check.missingRights) : 'AUTH-00053');
    case 'system-user-exists':
    case null:
      return problem('AUTH-00004');
  }
}

/**
 * The system register may have changed since the request was made: what it asks for must still be offered,
 * assignable (standard and change) or delegable (agent) in the catalogue. Returns the refusal, if any.
 */
export async function registerProblem(
  prisma: Db | Prisma.TransactionClient,
  system: Pick<RegisteredSystem, 'rights' | 'accessPackages'>,
  request: { type: RequestType; rights: Right[]; accessPackages: string[] },
): Promise<AltinnProblem | undefined> {
  try {
    if (request.type === 'agent') {
      await checkPackages(prisma, system, request.accessPackages, 'delegable');
    } else {
      checkRights(system, request.rights);
      await checkPackages(prisma, system, request.accessPackages, 'assignable');
    }
    return undefined;
  } catch (error) {
    if (error instanceof AltinnProblem) return error;
    throw error;
  }
}

/**
 * Whether another active system user holds the (system, party, externalRef) a creation request would take.
 * The request's own system user (same id) is not another: it means a simultaneous approval of this request
 * won, which the status write answers with AUTH-00013.
 */
export async function systemUserExists(
  prisma: Db | Prisma.TransactionClient,
  triple: { systemInternalId: string; partyOrgNo: string; externalRef: string },
  requestId: string,
): Promise<boolean> {
  const existing = await prisma.systemUser.findFirst({
    where: {
      id: { not: requestId },
      systemInternalId: triple.systemInternalId,
      reporteeOrgNo: triple.partyOrgNo,
      externalRef: triple.externalRef,
      isDeleted: false,
    },
    select: { id: true },
  });
  return existing !== null;
}
