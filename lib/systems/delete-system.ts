import 'server-only';
import type { Caller } from '../auth/verify-token';
import { db } from '../db';
import { invalid } from '../errors';
import { findOwnedSystem } from './find-owned-system';

/** Soft-deletes a system and releases its client ids for other systems (DELETE vendor/{systemId}). */
export async function deleteSystem({ caller, systemId }: { caller: Caller; systemId: string }): Promise<void> {
  const current = await findOwnedSystem({ caller, systemId });
  // Altinn's DELETE answers a missing system as a failed binding of its `return` value.
  if (!current) throw invalid({ fields: { return: ['System not found'] } });
  await (await db()).registeredSystem.updateMany({
    where: { id: current.id, vendorOrgNo: current.vendorOrgNo },
    data: { isDeleted: true, clientIds: [], lastChanged: new Date() },
  });
}
