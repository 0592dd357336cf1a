import 'server-only';

import { db } from '../db';
import { problem } from '../errors';
import { changeRequestResponse } from '../requests/model';
import { visibleToVendor } from '../requests/timeout';
import type { ChangeRequestResponse } from '../schemas/change-requests';

/** A change request of one of the vendor's systems; anything else, AUTH-00010. */
export async function getVendorChangeRequest(options: { vendorOrgNo: string; id: string }): Promise<ChangeRequestResponse> {
  const request = await (
    await db()
  ).request.findFirst({
    where: { id: options.id, type: 'change', ...visibleToVendor(), system: { vendorOrgNo: options.vendorOrgNo } },
    include: { system: true },
  });
  if (!request) throw problem('AUTH-00010');
  return changeRequestResponse(request, { withConfirmUrl: true });
}
