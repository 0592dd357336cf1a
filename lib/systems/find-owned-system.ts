import 'server-only';

import { mayWriteSystem } from '../access/vendor';
import type { Caller } from '../auth/verify-token';
import { db } from '../db';
import { forbidden, invalid, notFound } from '../errors';
import type { RegisteredSystem } from '../generated/prisma/client';

/**
 * The system a vendor route reads or changes, also when deleted: null when there is none, forbidden when it is
 * another vendor's (Altinn answers Forbid() there, so the existence of a foreign system id is not hidden).
 */
export async function findOwnedSystem({ caller, systemId }: { caller: Caller; systemId: string }): Promise<RegisteredSystem | null> {
  const system = await (await db()).registeredSystem.findUnique({ where: { systemId } });
  if (system && !mayWriteSystem(caller, system.vendorOrgNo)) throw forbidden();
  return system;
}

/** Altinn's PUT routes answer a missing system with this sentence (not found). */
export const systemNotFound = (systemId: string) => notFound({ sentence: `System with ID '${systemId}' not found.` });

/** …and a change to a deleted system with this one (invalid). */
export const systemDeleted = () => invalid({ sentence: 'Cannot update a system marked as deleted.' });

/** The vendor's live system that a PUT route changes: missing → systemNotFound, deleted → systemDeleted. */
export async function updatableSystem({ caller, systemId }: { caller: Caller; systemId: string }): Promise<RegisteredSystem> {
  const current = await findOwnedSystem({ caller, systemId });
  if (!current) throw systemNotFound(systemId);
  if (current.isDeleted) throw systemDeleted();
  return current;
}
