import 'server-only';

import type { Caller } from '../auth/verify-token';
import { db } from '../db';
import { ValidationProblem } from '../errors';
import type { AccessPackageInput } from '../schemas/systems';
import { recordSystemChange } from './change-log';
import { systemDeleted, updatableSystem } from './find-owned-system';
import { storedPackages } from './stored-system';
import { validateAccessPackages } from './validate-system';

/** Replaces the access packages of a system (PUT vendor/{systemId}/accesspackages). */
export async function updateSystemAccessPackages({
  caller,
  systemId,
  accessPackages,
}: {
  caller: Caller;
  systemId: string;
  accessPackages: AccessPackageInput[];
}): Promise<void> {
  const current = await updatableSystem({ caller, systemId });
  const errors = await validateAccessPackages(accessPackages, current.isVisible);
  if (errors.length) throw new ValidationProblem(errors);
  // isVisible is part of the condition: a concurrent PUT that made the system visible was validated without
  // these packages, so this write must not slip client-only packages past AUTH.VLD-00018.
  await (
    await db()
  ).$transaction(async (tx) => {
    const { count } = await tx.registeredSystem.updateMany({
      where: { id: current.id, isDeleted: false, isVisible: current.isVisible },
      data: { accessPackages: storedPackages(accessPackages), lastChanged: new Date() },
    });
    if (count === 0) throw systemDeleted();
    await recordSystemChange(tx, { systemInternalId: current.id, caller, changeType: 'accesspackageupdate', changedData: accessPackages });
  });
}
