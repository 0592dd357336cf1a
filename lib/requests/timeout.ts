import 'server-only';

import { sandboxNow } from '../clock';
import { config } from '../config';
import { type Db, db } from '../db';
import { recordEvent, requestEvent } from '../events/outbox';
import type { Prisma } from '../generated/prisma/client';
import type { RequestStatus } from '../generated/prisma/enums';

// The timeout (docs/altinn-behaviour.md, "Deliberate deviations"): a request still New after REQUEST_TIMEOUT_DAYS is Timedout. Reads
// compute it; writes that depend on it (a new request for the same triple, approve) persist it first with a
// conditional update, because the partial unique index only lets a new request in once the old one is Timedout.

const DAY_MS = 24 * 60 * 60 * 1000;

/** Requests created before this moment and still New have timed out. */
export function timeoutCutoff(now: Date = sandboxNow()): Date {
  return new Date(now.getTime() - config().REQUEST_TIMEOUT_DAYS * DAY_MS);
}

export function isTimedOut(request: { status: RequestStatus; created: Date }, now: Date = sandboxNow()): boolean {
  return request.status === 'Timedout' || (request.status === 'New' && request.created < timeoutCutoff(now));
}

export function effectiveStatus(request: { status: RequestStatus; created: Date }, now: Date = sandboxNow()): RequestStatus {
  return isTimedOut(request, now) ? 'Timedout' : request.status;
}

/**
 * Writes Timedout on the matching requests that are New and past the cutoff, each with its event in the
 * same transaction; returns how many changed. Each write is conditional, so of two processes expiring the
 * same request one does it and one event is written.
 */
export async function expireRequests(prisma: Db | Prisma.TransactionClient, where: Prisma.RequestWhereInput): Promise<number> {
  const run = async (tx: Prisma.TransactionClient) => {
    const due = { status: 'New' as const, created: { lt: timeoutCutoff() } };
    const rows = await tx.request.findMany({
      where: { ...where, ...due },
      select: { id: true, type: true, systemInternalId: true, partyOrgNo: true, systemUserId: true },
      take: EXPIRE_BATCH,
    });
    let changed = 0;
    for (const row of rows) {
      const { count } = await tx.request.updateMany({
        where: { id: row.id, ...due },
        data: { status: 'Timedout', lastChanged: sandboxNow(), changedBy: 'timeout' },
      });
      if (count === 0) continue;
      changed += 1;
      await recordEvent(tx, requestEvent(row, 'timedout', 'Timedout'));
    }
    return changed;
  };
  return '$transaction' in prisma ? prisma.$transaction(run, { maxWait: 15_000, timeout: 30_000 }) : run(prisma);
}

const EXPIRE_BATCH = 500;

/**
 * Persists Timedout (and its event) on every request past the cutoff, in batches: after the clock moves, and
 * now and then in the server, so the events of time passing are sent without anyone reading the request.
 */
export async function expireAllDue(): Promise<number> {
  const prisma = await db();
  let total = 0;
  for (;;) {
    const changed = await expireRequests(prisma, { isDeleted: false });
    total += changed;
    if (changed < EXPIRE_BATCH) return total;
  }
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
