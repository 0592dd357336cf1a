import 'server-only';

import type { Caller } from '../auth/verify-token';
import { db } from '../db';
import { ValidationProblem } from '../errors';
import type { RightInput } from '../schemas/systems';
import { recordSystemChange } from './change-log';
import { systemDeleted, updatableSystem } from './find-owned-system';
import { storedRights } from './stored-system';
import { validateRights } from './validate-system';

/** Replaces the rights of a system (PUT vendor/{systemId}/rights). */
export async function updateSystemRights({
  caller,
  systemId,
  rights,
}: {
  caller: Caller;
  systemId: string;
  rights: RightInput[];
}): Promise<void> {
  // Altinn fails with an internal error for an unknown system here; the sandbox answers like PUT vendor/{systemId}.
  const current = await updatableSystem({ caller, systemId });
  const errors = await validateRights(rights);
  if (errors.length) throw new ValidationProblem(errors);
  await (
    await db()
  ).$transaction(async (tx) => {
    const { count } = await tx.registeredSystem.updateMany({
      where: { id: current.id, isDeleted: false },
      data: { rights: storedRights(rights), lastChanged: new Date() },
    });
    if (count === 0) throw systemDeleted();
    await recordSystemChange(tx, { systemInternalId: current.id, caller, changeType: 'rightsupdate', changedData: rights });
  });
}
