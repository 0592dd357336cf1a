import { randomUUID } from 'node:crypto';

import { sandboxNow } from '../clock';
import { Prisma } from '../generated/prisma/client';

// The outbox of status events (docs/altinn-behaviour.md, "Sandbox extensions"): each is written by the transaction (or the
// single statement) that makes the change, together with one delivery row per active webhook of the system,
// so a crash after the commit loses nothing. The delivery worker (./delivery.ts) and the event stream read it.

export type RequestEventStatus = 'New' | 'Accepted' | 'Rejected' | 'Timedout' | 'Deleted';

export type EventType =
  | 'request.created'
  | 'request.accepted'
  | 'request.rejected'
  | 'request.escalated'
  | 'request.timedout'
  | 'request.deleted'
  | 'changerequest.created'
  | 'changerequest.accepted'
  | 'changerequest.rejected'
  | 'changerequest.escalated'
  | 'changerequest.timedout'
  | 'changerequest.deleted'
  | 'systemuser.created'
  | 'systemuser.deleted'
  | 'client.added'
  | 'client.removed';

export interface NewEvent {
  type: EventType;
  systemInternalId: string;
  /** The customer's organisation number (the client's, for client events). */
  orgNo: string;
  status: string;
  requestId?: string;
  systemUserId?: string;
  data?: Record<string, unknown>;
}

type Tx = Pick<Prisma.TransactionClient, '$executeRaw'>;

export type RequestAction = 'created' | 'accepted' | 'rejected' | 'escalated' | 'timedout' | 'deleted';

/** The event of a request's status change; change requests get `changerequest.*`. */
export function requestEvent(
  request: { id: string; type: string; systemInternalId: string; partyOrgNo: string; systemUserId?: string | null },
  action: RequestAction,
  status: string,
): NewEvent {
  return {
    type: `${request.type === 'change' ? 'changerequest' : 'request'}.${action}` as EventType,
    systemInternalId: request.systemInternalId,
    orgNo: request.partyOrgNo,
    status,
    requestId: request.id,
    systemUserId: request.systemUserId ?? undefined,
    data: { requestType: request.type },
  };
}

/** The event of a client added to or removed from an agent system user. */
export function clientEvent(
  type: 'client.added' | 'client.removed',
  user: { id: string; systemInternalId: string },
  clientOrgNo: string,
  facilitatorOrgNo: string,
): NewEvent {
  return {
    type,
    systemInternalId: user.systemInternalId,
    orgNo: clientOrgNo,
    status: type === 'client.added' ? 'Added' : 'Removed',
    systemUserId: user.id,
    data: { facilitatorOrgNo },
  };
}

/**
 * The statement that writes an event and its deliveries (one row per active webhook of the system). `change`,
 * when given, is the change itself as a data-modifying CTE (`name AS (INSERT …)`), which PostgreSQL runs
 * whether or not the rest refers to it: the change and its event then commit as one statement.
 */
function eventStatement(event: NewEvent, occurredAt: Date, change?: Prisma.Sql): Prisma.Sql {
  // Deliveries follow the request (or the system user made from it, which shares its id).
  const subject = event.requestId ?? event.systemUserId ?? event.systemInternalId;
  return Prisma.sql`
    WITH ${change ? Prisma.sql`${change},` : Prisma.empty} e AS (
      INSERT INTO "SandboxEvent" ("id", "type", "occurredAt", "systemInternalId", "systemId", "requestId",
                                  "systemUserId", "orgNo", "status", "subject", "data")
      SELECT ${randomUUID()}::uuid, ${event.type}, ${occurredAt}, s."id", s."systemId", ${event.requestId ?? null}::uuid,
             ${event.systemUserId ?? null}::uuid, ${event.orgNo}, ${event.status}, ${subject},
             ${JSON.stringify(event.data ?? {})}::jsonb
        FROM "RegisteredSystem" s WHERE s."id" = ${event.systemInternalId}::uuid
      RETURNING "seq", "systemInternalId", "subject"
    )
    INSERT INTO "WebhookDelivery" ("webhookId", "eventSeq", "subject")
    SELECT w."id", e."seq", e."subject" FROM e JOIN "Webhook" w ON w."systemInternalId" = e."systemInternalId" AND w."isDeleted" = false`;
}

/** Writes the events in the caller's transaction, one statement each. */
export async function recordEvents(tx: Tx, events: NewEvent[], occurredAt: Date = sandboxNow()): Promise<void> {
  for (const event of events) await tx.$executeRaw(eventStatement(event, occurredAt));
  if (events.length) nudgeDelivery();
}

/**
 * Makes a change and writes its event in one statement, with no transaction around it: `change` is a
 * data-modifying CTE (`name AS (INSERT …)`). A create costs one round trip instead of four (BEGIN, the row,
 * the event, COMMIT).
 */
export async function changeWithEvent(client: Tx, change: Prisma.Sql, event: NewEvent, occurredAt: Date): Promise<void> {
  await client.$executeRaw(eventStatement(event, occurredAt, change));
  nudgeDelivery();
}

/** Writes one event in the caller's transaction. */
export function recordEvent(tx: Tx, event: NewEvent): Promise<void> {
  return recordEvents(tx, [event]);
}

// The in-process wake-up of the delivery worker and the event streams: they poll anyway (other instances
// write too), this only shortens the wait after a local commit.
const key = Symbol.for('systembruker-sandbox.event-listeners');
type WithListeners = typeof globalThis & { [key]?: Set<() => void> };

export function onEventsWritten(listener: () => void): () => void {
  const g = globalThis as WithListeners;
  const set = (g[key] ??= new Set());
  set.add(listener);
  return () => set.delete(listener);
}

function nudgeDelivery(): void {
  const set = (globalThis as WithListeners)[key];
  if (!set?.size) return;
  // After the caller's commit, most likely; the pollers catch up otherwise.
  setTimeout(() => set.forEach((listener) => listener()), 15).unref?.();
}
