import 'server-only';
import type { Caller } from '../auth/verify-token';
import { db } from '../db';
import { HttpProblem } from '../errors';
import { readPartyAccess } from '../portal/party-access';

/**
 * PUT systemuser (altinn-api.md §4.4): Altinn looks the system user up and answers 200 when it exists and 404
 * when not, without changing anything (its update is commented out). The sandbox does the same, for an access
 * manager of the system user's owner (403 otherwise, as the AM write policy).
 */
export async function updateSystemUser(options: { caller: Caller; id: string }): Promise<void> {
  if (!options.caller.person) throw new HttpProblem(403);
  const prisma = await db();
  const user = await prisma.systemUser.findFirst({ where: { id: options.id, isDeleted: false } });
  if (!user) throw new HttpProblem(404);
  const access = await readPartyAccess({ pid: options.caller.person.pid, orgNo: user.reporteeOrgNo });
  if (!access?.isAccessManager) throw new HttpProblem(403);
}
