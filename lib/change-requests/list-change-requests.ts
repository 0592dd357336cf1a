import 'server-only';

import type { Page } from '../paging';
import { listVendorRequestRows } from '../requests/list-vendor-request-rows';
import { changeRequestResponse } from '../requests/model';
import type { ChangeRequestResponse } from '../schemas/change-requests';

/** One page of a vendor system's change requests, ordered by id (Altinn ignores the token; we page). */
export async function listChangeRequests(options: {
  vendorOrgNo: string;
  systemId: string;
  after?: string;
  pageSize?: number;
}): Promise<Page<ChangeRequestResponse, string>> {
  const page = await listVendorRequestRows({ ...options, type: 'change' });
  return { ...page, items: page.items.map((r) => changeRequestResponse(r, { withConfirmUrl: false })) };
}
