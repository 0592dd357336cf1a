import 'server-only';

import { randomUUID } from 'node:crypto';

import type { Caller } from '../auth/verify-token';
import { sandboxNow } from '../clock';
import { db } from '../db';
import { type ValidationErrorItem, ValidationProblem } from '../errors';
import type { Prisma } from '../generated/prisma/client';
import type { SystemChangeLogEntry } from '../schemas/systems';
import { findOwnedSystem, systemDeleted, systemNotFound, updatableSystem } from './find-owned-system';

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

/**
 * Replaces one part of the vendor's live system (PUT …/rights, …/accesspackages): `validate` sees the system
 * as it is, then one conditional write (`where` narrows it further) and its log entry share a transaction; a
 * system deleted, or changed past `where`, meanwhile → systemDeleted.
 */
export async function replaceSystemPart(options: {
  caller: Caller;
  systemId: string;
  validate: (current: { isVisible: boolean }) => Promise<ValidationErrorItem[]>;
  where?: (current: { isVisible: boolean }) => Prisma.RegisteredSystemWhereInput;
  data: Prisma.RegisteredSystemUpdateManyMutationInput;
  changeType: SystemChangeType;
  changedData: unknown;
}): Promise<void> {
  const { caller } = options;
  const current = await updatableSystem(options);
  const errors = await options.validate(current);
  if (errors.length) throw new ValidationProblem(errors);
  await (
    await db()
  ).$transaction(async (tx) => {
    const { count } = await tx.registeredSystem.updateMany({
      where: { ...options.where?.(current), id: current.id, isDeleted: false },
      data: { ...options.data, lastChanged: new Date() },
    });
    if (count === 0) throw systemDeleted();
    await recordSystemChange(tx, {
      systemInternalId: current.id,
      caller,
      changeType: options.changeType,
      changedData: options.changedData,
    });
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
