import 'server-only';

import { sandboxNow } from '../clock';
import { db } from '../db';
import { problem } from '../errors';
import { recordEvent, requestEvent } from '../events/outbox';
import { visibleToVendor } from './timeout';

/**
 * Soft-deletes a standard or agent request of one of the vendor's systems; AUTH-00010 when there is none.
 * Unlike Altinn, ownership is checked (docs/altinn-behaviour.md, "Deliberate deviations"). The triple may then be requested again.
 */
export async function deleteRequest(options: { vendorOrgNo: string; id: string }): Promise<void> {
  const where = {
    id: options.id,
    type: { in: ['standard' as const, 'agent' as const] },
    ...visibleToVendor(),
    system: { vendorOrgNo: options.vendorOrgNo },
  };
  const count = await (
    await db()
  ).$transaction(async (tx) => {
    const row = await tx.request.findFirst({ where, select: { id: true, type: true, systemInternalId: true, partyOrgNo: true } });
    if (!row) return 0;
    const { count } = await tx.request.updateMany({ where, data: { isDeleted: true, lastChanged: sandboxNow() } });
    if (count > 0) await recordEvent(tx, requestEvent(row, 'deleted', 'Deleted'));
    return count;
  });
  if (count === 0) throw problem('AUTH-00010');
}
