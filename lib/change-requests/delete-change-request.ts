import 'server-only';
import { db } from '../db';
import { problem } from '../errors';
import { visibleToVendor } from '../requests/timeout';

/** Soft-deletes a change request of one of the vendor's systems; AUTH-00010 when there is none. */
export async function deleteChangeRequest(options: { vendorOrgNo: string; id: string }): Promise<void> {
  const { count } = await (await db()).request.updateMany({
    where: { id: options.id, type: 'change', ...visibleToVendor(), system: { vendorOrgNo: options.vendorOrgNo } },
    data: { isDeleted: true, lastChanged: new Date() },
  });
  if (count === 0) throw problem('AUTH-00010');
}
