import 'server-only';

import type { Page } from '../paging';
import type { VendorRequestResponse } from '../schemas/requests';
import { listVendorRequestRows } from './list-vendor-request-rows';
import { requestResponse } from './model';

/** One page of a vendor system's standard or agent requests, all statuses but timed out, ordered by id. */
export async function listRequests(options: {
  vendorOrgNo: string;
  type: 'standard' | 'agent';
  systemId: string;
  /** The cursor from the previous page's token: the id of this page's first request. */
  after?: string;
  pageSize?: number;
}): Promise<Page<VendorRequestResponse, string>> {
  const page = await listVendorRequestRows(options);
  return { ...page, items: page.items.map((r) => requestResponse(r, { withConfirmUrl: false })) };
}
