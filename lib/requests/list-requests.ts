import 'server-only';
import { config } from '../config';
import { db } from '../db';
import { problem } from '../errors';
import { requestResponse, type RequestResponse } from './model';
import { toPage, type Page } from './page';
import { visibleToVendor } from './timeout';

/** One page of a vendor system's standard or agent requests, all statuses but timed out, ordered by id. */
export async function listRequests(options: {
  vendorOrgNo: string;
  type: 'standard' | 'agent';
  systemId: string;
  /** The cursor from the previous page's token: the id of this page's first request. */
  after?: string;
  pageSize?: number;
}): Promise<Page<RequestResponse, string>> {
  const prisma = await db();
  const pageSize = options.pageSize ?? config().PAGE_SIZE;
  const system = await prisma.registeredSystem.findUnique({ where: { systemId: options.systemId } });
  if (!system || system.vendorOrgNo !== options.vendorOrgNo) throw problem('AUTH-00011');
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
  const page = toPage(rows, pageSize, (r) => r.id);
  return { ...page, items: page.items.map((r) => requestResponse(r, { withConfirmUrl: false })) };
}
