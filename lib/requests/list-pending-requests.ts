import 'server-only';
import { db } from '../db';
import { HttpProblem, problem } from '../errors';
import { personAccess } from '../parties/person-access';
import { requestResponse, type RequestResponse } from './model';
import { stillNew } from './timeout';
import { LIMITS } from '../limits';

/**
 * The party's requests waiting for approval (altinn-api.md §4.1 `pending`): every New standard request, and
 * the agent requests that are New and escalated. Needs the access-manager role for the party.
 */
export async function listPendingRequests(options: {
  partyId: number;
  orgNo: string;
  type: 'standard' | 'agent';
  pid: string;
  /** At most this many (the API: LIMITS.unpagedList; the overview pages them), after `skip`. */
  take?: number;
  skip?: number;
}): Promise<RequestResponse[]> {
  const prisma = await db();
  const party = await prisma.organization.findUnique({ where: { partyId: options.partyId } });
  if (!party) throw problem('AUTH-00000');
  if (!(await personAccess({ pid: options.pid, orgNo: party.orgNo })).isAccessManager) throw new HttpProblem(403);
  if (options.orgNo !== party.orgNo) return [];
  const rows = await prisma.request.findMany({
    where: {
      type: options.type,
      partyOrgNo: party.orgNo,
      isDeleted: false,
      ...stillNew(),
      ...(options.type === 'agent' ? { escalated: true } : {}),
    },
    include: { system: true },
    orderBy: [{ created: 'asc' }, { id: 'asc' }],
    skip: options.skip ?? 0,
    take: Math.min(options.take ?? LIMITS.unpagedList, LIMITS.unpagedList),
  });
  return rows.map((r) => requestResponse(r, { withConfirmUrl: false }));
}
