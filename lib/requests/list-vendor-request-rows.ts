import 'server-only';

import { db } from '../db';
import type { RequestType } from '../generated/prisma/enums';
import { type Page, type VendorPageOptions, vendorSystemPage } from '../paging';
import type { RequestWithSystem } from './model';
import { visibleToVendor } from './timeout';

/**
 * One page of a vendor system's requests of one type, all statuses but timed out, ordered by id: the rows
 * behind both the request and the change-request lists, which differ only in the response they map to.
 */
export async function listVendorRequestRows(
  options: VendorPageOptions<string> & { type: RequestType },
): Promise<Page<RequestWithSystem, string>> {
  const prisma = await db();
  const from = options.after ? { id: { gte: options.after } } : {};
  return vendorSystemPage(
    options,
    (system, take) =>
      prisma.request.findMany({
        where: { systemInternalId: system.id, type: options.type, ...visibleToVendor(), ...from },
        include: { system: true },
        orderBy: { id: 'asc' },
        take,
      }),
    (r) => r.id,
  );
}
