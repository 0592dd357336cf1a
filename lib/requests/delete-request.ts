import 'server-only';
import { db } from '../db';
import { problem } from '../errors';
import { visibleToVendor } from './timeout';

/**
 * Soft-deletes a standard or agent request of one of the vendor's systems; AUTH-00010 when there is none.
 * Unlike Altinn, ownership is checked (docs/altinn-behaviour.md, "Deliberate deviations"). The triple may then be requested again.
 */
export async function deleteRequest(options: { vendorOrgNo: string; id: string }): Promise<void> {
  const { count } = await (await db()).request.updateMany({
    where: {
      id: options.id,
      type: { in: ['standard', 'agent'] },
      ...visibleToVendor(),
      system: { vendorOrgNo: options.vendorOrgNo },
    },
    data: { isDeleted: true, lastChanged: new Date() },
  });
  if (count === 0) throw problem('AUTH-00010');
}
