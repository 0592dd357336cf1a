import 'server-only';

import { readPartyAccess } from '../access/party';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { type ApprovalCheck, judgeApproval, notFoundCheck, registerProblem } from './approval-rules';
import { findRequest, type FoundRequest } from './find-request';

export type { ApprovalBlocker, ApprovalCheck } from './approval-rules';

/**
 * Explains, for the approval page, what the person may do with the request and why not: judgeApproval, the
 * rules approve itself uses. The page passes the request it has already loaded; by id it is read here.
 */
export async function approvalCheck(input: { pid: string } & ({ id: string } | { found: FoundRequest | null })): Promise<ApprovalCheck> {
  const found = 'found' in input ? input.found : await findRequest({ id: input.id });
  if (!found) return notFoundCheck();
  const { request, system } = found;
  const prisma = await db();
  const open = request.status === 'New';
  const [access, refusal] = await Promise.all([
    readPartyAccess({ pid: input.pid, party: { orgNo: request.partyOrgNo } }),
    open
      ? registerProblem(prisma, { rights: system.rights as unknown as Prisma.JsonValue, accessPackages: system.accessPackages }, request)
      : undefined,
  ]);
  // Read with the request (find-request.ts), as systemUserExists asks it. A request that is not open is
  // blocked by judgeApproval before the triple counts.
  const exists = request.type !== 'change' && request.tripleTaken;
  return judgeApproval({ request, systemDeleted: system.isDeleted, access, registerProblem: refusal, systemUserExists: exists });
}
