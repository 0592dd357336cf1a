import 'server-only';

import { randomUUID } from 'node:crypto';

import type { Caller } from '../auth/verify-token';
import { sandboxNow } from '../clock';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type { SystemChangeLogEntry } from '../schemas/systems';
import { findOwnedSystem, systemNotFound } from './find-owned-system';

// The system register's change log (Altinn's SystemChangeLog): every create, update, rights update, access
// package update and delete of a system, written in the same transaction as the change itself.

export type SystemChangeType = SystemChangeLogEntry['changeType'];

/** At most this many entries are returned, the newest ones, oldest first. */
export const CHANGE_LOG_LIMIT = 500;

export async function recordSystemChange(
  tx: Prisma.TransactionClient,
  entry: { systemInternalId: string; caller: Caller; changeType: SystemChangeType; changedData: unknown },
): Promise<void> {
  await tx.systemChangeLog.create({
    data: {
      id: randomUUID(),
      systemInternalId: entry.systemInternalId,
      changeType: entry.changeType,
      changedByOrgNumber: entry.caller.orgNo ?? null,
      clientId: entry.caller.clientId ?? null,
      changedData: (entry.changedData ?? {}) as Prisma.InputJsonValue,
      created: sandboxNow(),
    },
  });
}

/** GET systemregister/vendor/{systemId}/changelog: the owner's (or an admin's) view, also of a deleted system. */
export async function readSystemChangeLog({ caller, systemId }: { caller: Caller; systemId: string }): Promise<SystemChangeLogEntry[]> {
  const system = await findOwnedSystem({ caller, systemId });
  if (!system) throw systemNotFound(systemId);
  const rows = await (
    await db()
  ).systemChangeLog.findMany({
    where: { systemInternalId: system.id },
    orderBy: { sequenceNo: 'desc' },
    take: CHANGE_LOG_LIMIT,
  });
  return rows.reverse().map((r) => ({
    systemInternalId: r.systemInternalId,
    ...(r.changedByOrgNumber ? { changedByOrgNumber: r.changedByOrgNumber } : {}),
    // Written only by recordSystemChange, from a SystemChangeType.
    changeType: r.changeType as SystemChangeType,
    changedData: r.changedData,
    ...(r.clientId ? { clientId: r.clientId } : {}),
    created: r.created.toISOString(),
  }));
}
