import 'server-only';
import type { Caller } from '../auth/verify-token';
import { db } from '../db';
import { HttpProblem } from '../errors';
import type { RegisteredSystem } from '../generated/prisma/client';
import { checkWriteAccess } from './check-write-access';

/**
 * The system a vendor route changes, also when deleted: missing → `whenMissing`, another vendor's → 403
 * (Altinn answers Forbid() there, so the existence of a foreign system id is not hidden).
 */
export async function findOwnedSystem({
  caller,
  systemId,
  whenMissing,
}: {
  caller: Caller;
  systemId: string;
  whenMissing: () => Error;
}): Promise<RegisteredSystem> {
  const system = await (await db()).registeredSystem.findUnique({ where: { systemId } });
  if (!system) throw whenMissing();
  if (!checkWriteAccess(caller, system.vendorOrgNo)) throw new HttpProblem(403);
  return system;
}

/** The plain-text 404 of Altinn's PUT routes. */
export const systemNotFoundText = (systemId: string) => new HttpProblem(404, undefined, `System with ID '${systemId}' not found.`);

/** The plain-text 400 for changes to a deleted system. */
export const systemDeletedText = () => new HttpProblem(400, undefined, 'Cannot update a system marked as deleted.');
