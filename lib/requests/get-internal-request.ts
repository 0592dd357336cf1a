import 'server-only';

import type { Person } from '../access/caller';
import { readPartyAccess } from '../access/party';
import { db } from '../db';
import { problem } from '../errors';
import type { InternalRequestResponse } from '../schemas/requests';
import { internalRequestResponse } from './model';
import { notFoundCode } from './party-request';

/**
 * A request as the approval page reads it (docs/altinn-behaviour.md, "Approving" GET `request/{requestId}`): the party comes from
 * the request; an access manager gets `userMayEscalateButNotApprove=false`, anyone else who may act for the
 * party `true`, and everybody else AUTH-00066.
 */
export async function getInternalRequest(options: {
  id: string;
  type: 'standard' | 'agent';
  person: Person;
}): Promise<InternalRequestResponse> {
  const prisma = await db();
  const request = await prisma.request.findFirst({
    where: { id: options.id, type: options.type, isDeleted: false },
    include: { system: true, organization: true },
  });
  if (!request) throw problem(notFoundCode(options.type));
  const access = await readPartyAccess({ pid: options.person.pid, party: { orgNo: request.partyOrgNo } });
  if (!access) throw problem('AUTH-00066');
  return internalRequestResponse(request, request.organization, !access.isAccessManager);
}
