import 'server-only';

import type { Caller } from '../auth/verify-token';
import { db } from '../db';
import { type ValidationErrorItem, ValidationProblem } from '../errors';
import type { RegisterSystemInput } from '../schemas/systems';
import { recordSystemChange } from './change-log';
import { findOwnedSystem, systemDeleted, systemNotFound } from './find-owned-system';
import { storedSystem } from './stored-system';
import { claimClientIds, clientIdsInUse, PATHS, validateAccessPackages, validateRights } from './validate-system';

/** Replaces a system (docs/altinn-behaviour.md, "The system register" PUT vendor/{systemId}); the vendor and the system id stay as they are. */
export async function updateSystem({
  caller,
  systemId,
  system,
}: {
  caller: Caller;
  systemId: string;
  system: RegisterSystemInput;
}): Promise<void> {
  const current = await findOwnedSystem({ caller, systemId });
  if (!current) throw systemNotFound(systemId);
  // A body naming another vendor answers like a missing system, so vendor ids cannot be probed.
  if (system.vendor.ID !== `0192:${current.vendorOrgNo}`) throw systemNotFound(systemId);
  if (system.id !== systemId) throw new ValidationProblem([{ code: 'AUTH.VLD-00012', paths: [PATHS.systemId] }]);
  if (current.isDeleted) throw systemDeleted();

  const errors: ValidationErrorItem[] = [
    ...(await validateRights(system.rights)),
    ...(await validateAccessPackages(system.accessPackages, system.isVisible)),
  ];
  const lowered = system.clientId.map((c) => c.toLowerCase());
  if (new Set(lowered).size < lowered.length) errors.push({ code: 'AUTH.VLD-00011', paths: [PATHS.clientId] });
  // One item per taken client id, as Altinn reports them.
  const taken = await clientIdsInUse(system.clientId, current.id);
  errors.push(...taken.map(() => ({ code: 'AUTH.VLD-00004' as const, paths: [PATHS.clientId] })));
  if (errors.length) throw new ValidationProblem(errors);

  await (
    await db()
  ).$transaction(async (tx) => {
    await claimClientIds(tx, system.clientId, current.id);
    const { count } = await tx.registeredSystem.updateMany({
      where: { id: current.id, isDeleted: false },
      data: { ...storedSystem(system), lastChanged: new Date() },
    });
    if (count === 0) throw systemDeleted();
    await recordSystemChange(tx, { systemInternalId: current.id, caller, changeType: 'update', changedData: system });
  });
}
