import 'server-only';

import { vendorSystem } from '../access/vendor';
import { config } from '../config';
import { db } from '../db';
import type { RequestType } from '../generated/prisma/enums';
import { type Page, toPage } from '../paging';
import type { RequestWithSystem } from './model';
import { visibleToVendor } from './timeout';

/**
 * One page of a vendor system's requests of one type, all statuses but timed out, ordered by id: the rows
 * behind both the request and the change-request lists, which differ only in the response they map to.
 */
export async function listVendorRequestRows(options: {
  vendorOrgNo: string;
  type: RequestType;
  systemId: string;
  /** The cursor from the previous page's token: the id of this page's first request. */
  after?: string;
  pageSize?: number;
}): Promise<Page<RequestWithSystem, string>> {
  const prisma = await db();
  const pageSize = options.pageSize ?? config().PAGE_SIZE;
  const system = await vendorSystem(options);
  const rows = await prisma.request.findMany({
    where: {
      systemInternalId: system.id,
      type: options.type,
      ...visibleToVendor(),
      ...(options.after ? { id: { gte: options.after } } : {}),
    },
    include: { system: true },
    orderBy: { id: 'asc' },
    take: pageSize + 1,
  });
  return toPage(rows, pageSize, (r) => r.id);
}
