import 'server-only';
import { db } from '../db';
import { personAccess } from '../parties/person-access';
import { missingAccess } from './approve-request';
import { findRequest, type FoundRequest } from './find-request';

export type ApprovalBlocker =
  | 'not-found'
  /** Accepted, Rejected or Denied already. */
  | 'not-new'
  | 'timed-out'
  /** The system was deleted from the register. */
  | 'system-deleted'
  /** The person has no role at all for the party. */
  | 'no-access'
  /** The person may act for the party but is not its access manager. */
  | 'not-access-manager'
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

const blocked = (reason: ApprovalBlocker, extra: Partial<ApprovalCheck> = {}): ApprovalCheck => ({
  canApprove: false,
  canReject: false,
  mayEscalate: false,
  missingRights: [],
  missingPackages: [],
  reason,
  ...extra,
});

/**
 * Explains, for the approval page, what the person may do with the request and why not, with the same rules
 * approve uses. The page passes the request it has already loaded; by id it is read here.
 */
export async function approvalCheck(input: { pid: string } & ({ id: string } | { found: FoundRequest | null })): Promise<ApprovalCheck> {
  const found = 'found' in input ? input.found : await findRequest({ id: input.id });
  if (!found) return blocked('not-found');
  const { request, system } = found;
  if (request.status === 'Timedout') return blocked('timed-out');
  if (request.status !== 'New') return blocked('not-new');
  const access = await personAccess({ pid: input.pid, orgNo: request.partyOrgNo });
  if (!access.canRepresent) return blocked('no-access');
  if (!access.isAccessManager) return blocked('not-access-manager', { mayEscalate: !request.escalated });
  if (system.isDeleted) return blocked('system-deleted', { canReject: true });

  const needsHolding = request.type !== 'agent';
  const { missingRights, missingPackages } = needsHolding
    ? missingAccess(access, request.rights, request.accessPackages)
    : { missingRights: [], missingPackages: [] };
  if (missingRights.length > 0 || missingPackages.length > 0) {
    return blocked('missing-rights', { canReject: true, missingRights, missingPackages });
  }
  if (request.type !== 'change') {
    const prisma = await db();
    const existing = await prisma.systemUser.findFirst({
      where: {
        systemInternalId: system.internalId,
        reporteeOrgNo: request.partyOrgNo,
        externalRef: request.externalRef,
        isDeleted: false,
      },
      select: { id: true },
    });
    if (existing) return blocked('system-user-exists', { canReject: true });
  }
  return { canApprove: true, canReject: true, mayEscalate: false, missingRights: [], missingPackages: [], reason: null };
}
