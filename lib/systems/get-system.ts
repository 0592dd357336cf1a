import 'server-only';

import type { Caller } from '../auth/verify-token';
import { db } from '../db';
import { notFound } from '../errors';
import type { RegisteredSystem } from '../generated/prisma/client';
import { findOwnedSystem } from './find-owned-system';

/** A system by its id, deleted or not (Altinn's GET-by-id does not filter deleted systems). */
export async function getSystem({ systemId }: { systemId: string }): Promise<RegisteredSystem | null> {
  return (await db()).registeredSystem.findUnique({ where: { systemId } });
}

/** A system by its id for anyone who may read the register; none → not found. */
export async function readSystem({ systemId }: { systemId: string }): Promise<RegisteredSystem> {
  const system = await getSystem({ systemId });
  if (!system) throw notFound();
  return system;
}

/** One of the caller's own systems, deleted or not (GET vendor/{systemId}): none → not found, foreign → forbidden. */
export async function readOwnedSystem({ caller, systemId }: { caller: Caller; systemId: string }): Promise<RegisteredSystem> {
  const system = await findOwnedSystem({ caller, systemId });
  if (!system) throw notFound();
  return system;
}
