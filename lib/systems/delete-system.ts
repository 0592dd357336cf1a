import 'server-only';

import type { Caller } from '../auth/verify-token';
import { db } from '../db';
import { invalid } from '../errors';
import { recordSystemChange } from './change-log';
import { findOwnedSystem } from './find-owned-system';

/** Soft-deletes a system and releases its client ids for other systems (DELETE vendor/{systemId}). */
export async function deleteSystem({ caller, systemId }: { caller: Caller; systemId: string }): Promise<void> {
  const current = await findOwnedSystem({ caller, systemId });
  // Altinn's DELETE answers a missing system as a failed binding of its `return` value.
  if (!current) throw invalid({ fields: { return: ['System not found'] } });
  await (
    await db()
  ).$transaction(async (tx) => {
    const { count } = await tx.registeredSystem.updateMany({
      where: { id: current.id, vendorOrgNo: current.vendorOrgNo, isDeleted: false },
      data: { isDeleted: true, clientIds: [], lastChanged: new Date() },
    });
    if (count > 0) await recordSystemChange(tx, { systemInternalId: current.id, caller, changeType: 'delete', changedData: { systemId } });
  });
}
