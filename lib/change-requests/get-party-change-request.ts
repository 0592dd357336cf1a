import 'server-only';
import { db } from '../db';
import { HttpProblem, problem } from '../errors';
import { personAccess } from '../parties/person-access';
import { changeRequestResponse, type ChangeRequestResponse } from '../requests/model';

/** A change request of the party for its access manager (altinn-api.md §3 GET `changerequest/{party}/{requestId}`). */
export async function getPartyChangeRequest(options: { id: string; partyId: number; pid: string }): Promise<ChangeRequestResponse> {
  const prisma = await db();
  const party = await prisma.organization.findUnique({ where: { partyId: options.partyId } });
  if (!party) throw problem('AUTH-00000');
  if (!(await personAccess({ pid: options.pid, orgNo: party.orgNo })).isAccessManager) throw new HttpProblem(403);
  const request = await prisma.request.findFirst({
    where: { id: options.id, type: 'change', isDeleted: false, partyOrgNo: party.orgNo },
    include: { system: true },
  });
  if (!request) throw problem('AUTH-00010');
  return changeRequestResponse(request, { withConfirmUrl: false });
}
