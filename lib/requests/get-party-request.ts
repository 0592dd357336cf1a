import 'server-only';
import { db } from '../db';
import { HttpProblem, problem } from '../errors';
import { personAccess } from '../parties/person-access';
import { requestResponse, type RequestResponse } from './model';

/** A request of the party for its access manager (altinn-api.md §4.1 GET `request/{party}/{requestId}`). */
export async function getPartyRequest(options: {
  id: string;
  partyId: number;
  type: 'standard' | 'agent';
  pid: string;
}): Promise<RequestResponse> {
  const prisma = await db();
  const party = await prisma.organization.findUnique({ where: { partyId: options.partyId } });
  if (!party) throw problem('AUTH-00000');
  // Altinn's "AM read" policy for {party}.
  if (!(await personAccess({ pid: options.pid, orgNo: party.orgNo })).isAccessManager) throw new HttpProblem(403);
  const request = await prisma.request.findFirst({
    where: { id: options.id, type: options.type, isDeleted: false, partyOrgNo: party.orgNo },
    include: { system: true },
  });
  if (!request) throw problem('AUTH-00010');
  return requestResponse(request, { withConfirmUrl: false });
}
