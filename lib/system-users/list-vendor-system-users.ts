import 'server-only';

import { db } from '../db';
import { type Page, type VendorPageOptions, vendorSystemPage } from '../paging';
import { type SystemUserExternalDto, toExternalDto } from './vendor-dto';

/** One page of the active system users of a vendor's system, in creation order (sequence number). */
export async function listVendorSystemUsers(options: VendorPageOptions<bigint>): Promise<Page<SystemUserExternalDto, bigint>> {
  const prisma = await db();
  const from = options.after !== undefined ? { sequenceNo: { gte: options.after } } : {};
  const page = await vendorSystemPage(
    options,
    (systemInternalId, take) =>
      prisma.systemUser.findMany({
        where: { systemInternalId, isDeleted: false, ...from },
        include: { system: true },
        orderBy: { sequenceNo: 'asc' },
        take,
      }),
    (u) => u.sequenceNo,
  );
  return { ...page, items: page.items.map(toExternalDto) };
}
