import 'server-only';
import { db } from '../db';
import { HttpProblem, problem } from '../errors';
import type { Organization } from '../generated/prisma/client';
import type { RequestType } from '../generated/prisma/enums';
import { personAccess, type PersonAccess } from '../parties/person-access';
import type { RequestWithSystem } from './model';
import { expireRequests, isTimedOut } from './timeout';

// Altinn's ValidatePartyRequest (altinn-api.md §4.2) for the internal approve/reject routes: the party, the
// caller's rights for it, the request, the match between the two, and that the request is still New.

export interface ActingPerson {
  pid: string;
  userId: number;
  partyId: number;
}

/** Which requests a route may act on: one type, or (portal) any standard/agent request, or change requests. */
export type RequestKind = RequestType | 'any';

export interface PartyRequest {
  party: Organization;
  request: RequestWithSystem;
  access: PersonAccess;
}

export function notFoundCode(kind: RequestKind) {
  return kind === 'agent' ? 'AUTH-00030' : 'AUTH-00010';
}

export async function loadPartyRequest(options: {
  id: string;
  partyId: number;
  person: ActingPerson;
  kind: RequestKind;
}): Promise<PartyRequest> {
  const prisma = await db();
  const party = await prisma.organization.findUnique({ where: { partyId: options.partyId } });
  if (!party) throw problem('AUTH-00000');
  const access = await personAccess({ pid: options.person.pid, orgNo: party.orgNo });
  // Altinn's policy "AM write" for {party}: a denied policy is a bare 403.
  if (!access.isAccessManager) throw new HttpProblem(403);
  const request = await prisma.request.findFirst({
    where: {
      id: options.id,
      isDeleted: false,
      type: options.kind === 'any' ? { in: ['standard', 'agent', 'change'] } : options.kind,
    },
    include: { system: true },
  });
  if (!request) throw problem(notFoundCode(options.kind));
  if (request.partyOrgNo !== party.orgNo) throw problem(request.type === 'agent' ? 'AUTH-00042' : 'AUTH-00041');
  await assertStillNew(request);
  return { party, request, access };
}

/** AUTH-00013 unless the request is New and not timed out; a timed-out request is marked so on the way. */
export async function assertStillNew(request: RequestWithSystem): Promise<void> {
  if (request.status === 'New' && isTimedOut(request)) await expireRequests(await db(), { id: request.id });
  if (request.status !== 'New' || isTimedOut(request)) throw problem('AUTH-00013');
}

/** Unique-constraint violations, however the driver adapter reports them. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; cause?: { code?: unknown }; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } };
  return e.code === 'P2002' || e.code === '23505' || e.cause?.code === '23505';
}
