import 'server-only';
import { config } from '../config';
import type { Db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type { RequestStatus } from '../generated/prisma/enums';

// The timeout (docs/altinn-behaviour.md, "Deliberate deviations"): a request still New after REQUEST_TIMEOUT_DAYS is Timedout. Reads
// compute it; writes that depend on it (a new request for the same triple, approve) persist it first with a
// conditional update, because the partial unique index only lets a new request in once the old one is Timedout.

const DAY_MS = 24 * 60 * 60 * 1000;

/** Requests created before this moment and still New have timed out. */
export function timeoutCutoff(now: Date = new Date()): Date {
  return new Date(now.getTime() - config().REQUEST_TIMEOUT_DAYS * DAY_MS);
}

export function isTimedOut(request: { status: RequestStatus; created: Date }, now: Date = new Date()): boolean {
  return request.status === 'Timedout' || (request.status === 'New' && request.created < timeoutCutoff(now));
}

export function effectiveStatus(request: { status: RequestStatus; created: Date }, now: Date = new Date()): RequestStatus {
  return isTimedOut(request, now) ? 'Timedout' : request.status;
}

/** Writes Timedout on the matching requests that are New and past the cutoff; returns how many changed. */
export async function expireRequests(prisma: Db | Prisma.TransactionClient, where: Prisma.RequestWhereInput): Promise<number> {
  const { count } = await prisma.request.updateMany({
    where: { ...where, status: 'New', created: { lt: timeoutCutoff() } },
    data: { status: 'Timedout', lastChanged: new Date(), changedBy: 'timeout' },
  });
  return count;
}

/** The `where` of a request that may still change status: New and not past the cutoff. */
export function stillNew(): Prisma.RequestWhereInput {
  return { status: 'New', created: { gte: timeoutCutoff() } };
}

/** The `where` of requests the vendor API still shows: not deleted and not timed out. */
export function visibleToVendor(): Prisma.RequestWhereInput {
  return {
    isDeleted: false,
    status: { not: 'Timedout' },
    NOT: { status: 'New', created: { lt: timeoutCutoff() } },
  };
}
