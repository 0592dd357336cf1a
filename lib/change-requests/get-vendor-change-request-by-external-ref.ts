import 'server-only';

import { findVendorRequestByExternalRef } from '../requests/get-vendor-request-by-external-ref';
import { changeRequestResponse } from '../requests/model';
import type { ChangeRequestResponse } from '../schemas/change-requests';

/**
 * The latest change request for a system user by (system, party, externalRef): AUTH-00011 for a system that
 * is not the vendor's, AUTH-00010 for none. Unlike Altinn, the package lists are filled in.
 */
export async function getVendorChangeRequestByExternalRef(options: {
  vendorOrgNo: string;
  systemId: string;
  orgNo: string;
  externalRef: string;
}): Promise<ChangeRequestResponse> {
  const request = await findVendorRequestByExternalRef({ ...options, type: 'change', newestFirst: true });
  return changeRequestResponse(request, { withConfirmUrl: true });
}
