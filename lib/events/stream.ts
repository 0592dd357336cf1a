import 'server-only';

import { db } from '../db';
import { invalid } from '../errors';
import { onEventsWritten } from './outbox';
import { eventJson, type EventRow } from './view';
import { vendorSystem } from './webhooks';

// GET /sandbox/api/v1/events?systemId=: the system's events as Server-Sent Events. Each event's `id` is its
// sequence number, so a client that reconnects with Last-Event-ID (or ?from=) gets everything after it;
// without either the stream starts with the next event. The outbox is polled (other instances write too),
// and woken at once by commits in this process.

const POLL_MS = 500;
const HEARTBEAT_MS = 15_000;
const PAGE = 100;

function resumeAfter(request: Request, from: number | undefined): bigint | undefined {
  const header = request.headers.get('last-event-id');
  if (header !== null && header.trim() !== '') {
    if (!/^\d{1,18}$/.test(header.trim())) throw invalid({ fields: { 'Last-Event-ID': ['A sequence number sent as an event id.'] } });
    return BigInt(header.trim());
  }
  return from === undefined ? undefined : BigInt(from);
}

export async function eventStream(request: Request, options: { vendorOrgNo: string; systemId: string; from?: number }): Promise<Response> {
  const system = await vendorSystem(options.vendorOrgNo, options.systemId);
  const prisma = await db();
  let after = resumeAfter(request, options.from);
  if (after === undefined) {
    const last = await prisma.sandboxEvent.findFirst({
      where: { systemInternalId: system.id },
      orderBy: { seq: 'desc' },
      select: { seq: true },
    });
    after = last?.seq ?? 0n;
  }
  const encoder = new TextEncoder();
  let closed = false;
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let busy = false;
      let again = false;
      const write = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const pump = async () => {
        if (closed) return;
        if (busy) {
          again = true;
          return;
        }
        busy = true;
        try {
          do {
            again = false;
            const rows = (await prisma.sandboxEvent.findMany({
              where: { systemInternalId: system.id, seq: { gt: after } },
              orderBy: { seq: 'asc' },
              take: PAGE,
            })) as EventRow[];
            for (const row of rows) {
              const event = eventJson(row);
              write(`id: ${event.sequence}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
              after = row.seq;
            }
            if (rows.length === PAGE) again = true;
          } while (again && !closed);
        } catch {
          // The next poll tries again; a closed database ends the stream below.
        } finally {
          busy = false;
        }
      };
      write('retry: 1000\n\n');
      const poll = setInterval(() => void pump(), POLL_MS);
      const heartbeat = setInterval(() => write(': keep-alive\n\n'), HEARTBEAT_MS);
      const unsubscribe = onEventsWritten(() => void pump());
      cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(poll);
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      request.signal.addEventListener('abort', () => cleanup());
      void pump();
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      // no-transform: a compressing proxy (or Next.js's own gzip) must not hold events back.
      'cache-control': 'no-store, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    },
  });
}
