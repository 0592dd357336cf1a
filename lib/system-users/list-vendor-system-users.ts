import 'server-only';

import { db } from '../db';
import { type Page, type VendorPageOptions, vendorSystemPage } from '../paging';
import { type SystemUserExternalDto, toExternalDto } from './vendor-dto';

/** One page of the active system users of a vendor's system, in creation order (sequence number). */
export async function listVendorSystemUsers(options: VendorPageOptions<bigint>): Promise<Page<SystemUserExternalDto, bigint>> {
  const prisma = await db();
  const page = await vendorSystemPage(
    options,
    (systemInternalId, take) =>
      prisma.systemUser.findMany({
        // Prisma leaves out a condition whose value is undefined: no `after`, no lower bound.
        where: { systemInternalId, isDeleted: false, sequenceNo: { gte: options.after } },
        include: { system: true },
        orderBy: { sequenceNo: 'asc' },
        take,
      }),
    (u) => u.sequenceNo,
  );
  return { ...page, items: page.items.map(toExternalDto) };
}
