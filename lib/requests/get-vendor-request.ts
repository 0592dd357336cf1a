import 'server-only';

import { db } from '../db';
import { problem } from '../errors';
import type { VendorRequestResponse } from '../schemas/requests';
import { requestResponse } from './model';
import { visibleToVendor } from './timeout';

/**
 * A standard or agent request of one of the vendor's systems (docs/altinn-behaviour.md, "Standard requests"). Missing, deleted, timed
 * out, of the other type or of another vendor's system: AUTH-00010, so existence does not leak.
 */
export async function getVendorRequest(options: {
  vendorOrgNo: string;
  type: 'standard' | 'agent';
  id: string;
}): Promise<VendorRequestResponse> {
  const request = await (
    await db()
  ).request.findFirst({
    where: { id: options.id, type: options.type, ...visibleToVendor(), system: { vendorOrgNo: options.vendorOrgNo } },
    include: { system: true },
  });
  if (!request) throw problem('AUTH-00010');
  return requestResponse(request, { withConfirmUrl: true });
}
