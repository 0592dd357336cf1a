import type { EventJson } from '../schemas/sandbox';

// An outbox row as webhooks and the event stream send it.

export interface EventRow {
  seq: bigint;
  id: string;
  type: string;
  occurredAt: Date;
  systemId: string;
  requestId: string | null;
  systemUserId: string | null;
  orgNo: string;
  status: string;
  data: unknown;
}

export function eventJson(row: EventRow): EventJson {
  return {
    id: row.id,
    sequence: Number(row.seq),
    type: row.type,
    occurredAt: new Date(row.occurredAt).toISOString(),
    systemId: row.systemId,
    ...(row.requestId ? { requestId: row.requestId } : {}),
    ...(row.systemUserId ? { systemUserId: row.systemUserId } : {}),
    orgNo: row.orgNo,
    status: row.status,
    data: (row.data && typeof row.data === 'object' ? row.data : {}) as Record<string, unknown>,
  };
}
