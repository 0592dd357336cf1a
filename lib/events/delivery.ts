import 'server-only';

import { createHmac } from 'node:crypto';

import type { PrismaClient } from '../generated/prisma/client';
import { logger } from '../logger';
import type { SqlSession } from '../sql-driver';
import { onEventsWritten } from './outbox';
import { eventJson, type EventRow } from './view';

// The webhook delivery worker, in the server process. Each round claims due deliveries with
// `FOR UPDATE SKIP LOCKED` and a lease, so of several instances on one PostgreSQL exactly one sends each,
// and a crashed sender's lease runs out and another (or the restarted one) sends it again: at least once.
// A delivery waits while an earlier event of the same subject (request or system user) to the same webhook
// is still undelivered: ordered per request. Failures are retried with exponential backoff (1 s, 2 s, 4 s …
// at most 5 min) up to MAX_ATTEMPTS, then marked failed. Times here are real time, not the sandbox clock.

export const DELIVERY_TIMEOUT_MS = 10_000;
const LEASE_SECONDS = 15;
export const MAX_ATTEMPTS = 12;
const BATCH = 20;
const POLL_MS = 250;

export function backoffSeconds(attempt: number): number {
  return Math.min(2 ** Math.max(0, attempt - 1), 300);
}

export function signature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

interface Claimed extends EventRow {
  webhookId: string;
  eventSeq: bigint;
  attempts: number;
  url: string;
  secret: string | null;
}

async function claim(prisma: PrismaClient): Promise<Claimed[]> {
  return prisma.$queryRaw<Claimed[]>`
    WITH claimed AS (
      UPDATE "WebhookDelivery" d
         SET "attempts" = d."attempts" + 1,
             "leaseUntil" = now() + ${LEASE_SECONDS}::int * interval '1 second',
             "nextAttemptAt" = now() + ${LEASE_SECONDS}::int * interval '1 second'
       WHERE ("webhookId", "eventSeq") IN (
         SELECT c."webhookId", c."eventSeq" FROM "WebhookDelivery" c
          WHERE c."nextAttemptAt" <= now() AND c."deliveredAt" IS NULL AND c."failedAt" IS NULL
            AND NOT EXISTS (
              SELECT 1 FROM "WebhookDelivery" p
               WHERE p."webhookId" = c."webhookId" AND p."subject" = c."subject" AND p."eventSeq" < c."eventSeq"
                 AND p."deliveredAt" IS NULL AND p."failedAt" IS NULL)
          ORDER BY c."eventSeq"
          LIMIT ${BATCH}
          FOR UPDATE SKIP LOCKED)
      RETURNING d."webhookId", d."eventSeq", d."attempts"
    )
    SELECT c."webhookId", c."eventSeq", c."attempts", w."url", w."secret",
           e."seq", e."id", e."type", e."occurredAt", e."systemId", e."requestId", e."systemUserId", e."orgNo",
           e."status", e."data"
      FROM claimed c
      JOIN "Webhook" w ON w."id" = c."webhookId"
      JOIN "SandboxEvent" e ON e."seq" = c."eventSeq"
     ORDER BY c."eventSeq"`;
}

async function send(delivery: Claimed): Promise<{ ok: boolean; status?: number; error?: string }> {
  const body = JSON.stringify(eventJson(delivery));
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': 'systembruker-sandbox-webhooks',
    'x-sandbox-event-id': delivery.id,
    'x-sandbox-event-type': delivery.type,
    'x-sandbox-delivery-attempt': String(delivery.attempts),
  };
  if (delivery.secret) headers['x-sandbox-signature'] = signature(delivery.secret, body);
  try {
    const response = await fetch(delivery.url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    });
    await response.body?.cancel().catch(() => undefined);
    return response.ok ? { ok: true, status: response.status } : { ok: false, status: response.status, error: `HTTP ${response.status}` };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { ok: false, error: (cause ?? (error as Error).name ?? 'error').slice(0, 200) };
  }
}

async function record(prisma: PrismaClient, delivery: Claimed, result: { ok: boolean; status?: number; error?: string }) {
  const key = { webhookId_eventSeq: { webhookId: delivery.webhookId, eventSeq: delivery.eventSeq } };
  const farFuture = new Date('9999-12-31T00:00:00Z');
  if (result.ok) {
    await prisma.webhookDelivery.update({
      where: key,
      data: { deliveredAt: new Date(), lastStatus: result.status, lastError: null, leaseUntil: null, nextAttemptAt: farFuture },
    });
    return;
  }
  const giveUp = delivery.attempts >= MAX_ATTEMPTS;
  await prisma.webhookDelivery.update({
    where: key,
    data: {
      lastStatus: result.status ?? null,
      lastError: result.error ?? null,
      leaseUntil: null,
      failedAt: giveUp ? new Date() : null,
      nextAttemptAt: giveUp ? farFuture : new Date(Date.now() + backoffSeconds(delivery.attempts) * 1000),
    },
  });
}

/** One round: claims what is due, sends it, records the outcome. Returns how many were attempted. */
export async function deliverDue(prisma: PrismaClient): Promise<number> {
  const claimed = await claim(prisma);
  await Promise.all(
    claimed.map(async (delivery) => {
      const result = await send(delivery);
      await record(prisma, delivery, result);
      if (!result.ok) logger().debug({ webhookId: delivery.webhookId, event: delivery.id, error: result.error }, 'webhook delivery failed');
    }),
  );
  return claimed.length;
}

/**
 * Whether any delivery is due, in one plain statement. An idle worker (no webhooks, nothing due) asks only
 * this, four times a second, and never starts Prisma's query engine: its first query costs about 0.4 s of
 * CPU, which at start would land before the first request is answered.
 */
async function anyDue(driver: SqlSession): Promise<boolean> {
  const [row] = await driver.query<{ due: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM "WebhookDelivery"
                     WHERE "nextAttemptAt" <= now() AND "deliveredAt" IS NULL AND "failedAt" IS NULL) AS due`,
  );
  return row?.due === true;
}

/**
 * Runs the worker until the returned function is called (which waits for the round in progress). A round
 * first asks `driver` whether anything is due (anyDue).
 */
export function startDeliveryWorker(prisma: PrismaClient, driver: SqlSession, pollMs = POLL_MS): () => Promise<void> {
  let stopped = false;
  let running: Promise<void> | undefined;
  let again = false;
  const round = (): void => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        // A round that did something may have unblocked the next event of a subject.
        while (!stopped && (await anyDue(driver)) && (await deliverDue(prisma)) > 0);
      } while (again && !stopped);
    })()
      .catch((error: unknown) => {
        if (!stopped) logger().warn({ err: error }, 'webhook delivery round failed');
      })
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(round, pollMs);
  timer.unref();
  const unsubscribe = onEventsWritten(round);
  round();
  return async () => {
    stopped = true;
    clearInterval(timer);
    unsubscribe();
    await running;
  };
}
