import 'server-only';

import type { Person } from '../access/caller';
import { authorizeKnownParty, authorizeParty, type PartyAccess } from '../access/party';
import { sandboxNow } from '../clock';
import { db } from '../db';
import { problem } from '../errors';
import { recordEvent, requestEvent } from '../events/outbox';
import type { Organization, Prisma, RegisteredSystem, Request } from '../generated/prisma/client';
import type { RequestType } from '../generated/prisma/enums';
import { expireRequests, isTimedOut, stillNew } from './timeout';

// Altinn's ValidatePartyRequest (docs/altinn-behaviour.md, "Approving") for approve and reject: the party,
// the person's access-manager policy for it, the request, the match between the two, and that the request
// is still New. The request is read here once; approve and reject use what this returns.

/** Which requests a call may act on: one type, or (the portal) any of them. */
export type RequestKind = RequestType | 'any';

export interface PartyRequest {
  party: Organization;
  request: Request & { system: RegisteredSystem };
  access: PartyAccess;
}

export function notFoundCode(kind: RequestKind) {
  return kind === 'agent' ? 'AUTH-00030' : 'AUTH-00010';
}

/**
 * The request to approve or reject as `person`. With `partyId` (the API's `{party}`) the party is checked
 * first, then the request must be the party's; without it (the portal) the party is the request's own.
 */
export async function loadPartyRequest(options: {
  id: string;
  person: Person;
  partyId?: number;
  kind: RequestKind;
}): Promise<PartyRequest> {
  const prisma = await db();
  const given = options.partyId === undefined ? undefined : await authorizeKnownParty(options.person, options.partyId, 'accessManager');
  const request = await prisma.request.findFirst({
    where: {
      id: options.id,
      isDeleted: false,
      // 'any' is every type there is.
      ...(options.kind === 'any' ? {} : { type: options.kind }),
    },
    include: { system: true, organization: true },
  });
  if (!request) throw problem(notFoundCode(options.kind));
  let party: Organization;
  let access: PartyAccess;
  if (given) {
    if (request.partyOrgNo !== given.party.orgNo) throw problem(request.type === 'agent' ? 'AUTH-00042' : 'AUTH-00041');
    ({ party, access } = given);
  } else {
    party = request.organization;
    access = await authorizeParty(options.person, { orgNo: party.orgNo }, 'accessManager');
  }
  await assertStillNew(request);
  return { party, request, access };
}

/** AUTH-00013 unless the request is New and not timed out; a timed-out request is marked so on the way. */
export async function assertStillNew(request: Request): Promise<void> {
  if (request.status !== 'New') throw problem('AUTH-00013');
  if (isTimedOut(request)) {
    await expireRequests(await db(), { id: request.id });
    throw problem('AUTH-00013');
  }
}

/**
 * The decision itself, inside the caller's transaction: one conditional write, so only a request that is still
 * New changes (else AUTH-00013: whoever decided first wins, approve or reject), and its status event.
 */
export async function decide(
  tx: Prisma.TransactionClient,
  request: Request,
  person: Pick<Person, 'userId'>,
  decision: 'Accepted' | 'Rejected',
) {
  const { count } = await tx.request.updateMany({
    where: { id: request.id, isDeleted: false, ...stillNew() },
    data: { status: decision, lastChanged: sandboxNow(), changedBy: `userId:${person.userId}` },
  });
  if (count === 0) throw problem('AUTH-00013');
  await recordEvent(tx, requestEvent(request, decision === 'Accepted' ? 'accepted' : 'rejected', decision));
}
