import 'server-only';

import { vendorSystem } from '../access/vendor';
import { config } from '../config';
import { db } from '../db';
import { type Page, toPage } from '../paging';
import { type SystemUserExternalDto, toExternalDto } from './vendor-dto';

/** One page of the active system users of a vendor's system, in creation order (sequence number). */
export async function listVendorSystemUsers(options: {
  vendorOrgNo: string;
  systemId: string;
  /** The cursor from the previous page's token: the sequence number of this page's first item. */
  after?: bigint;
  pageSize?: number;
}): Promise<Page<SystemUserExternalDto, bigint>> {
  const prisma = await db();
  const pageSize = options.pageSize ?? config().PAGE_SIZE;
  const system = await vendorSystem(options);
  const rows = await prisma.systemUser.findMany({
    where: {
      systemInternalId: system.id,
      isDeleted: false,
      ...(options.after !== undefined ? { sequenceNo: { gte: options.after } } : {}),
    },
    include: { system: true },
    orderBy: { sequenceNo: 'asc' },
    take: pageSize + 1,
  });
  const page = toPage(rows, pageSize, (u) => u.sequenceNo);
  return { ...page, items: page.items.map(toExternalDto) };
}
