import 'server-only';
import { config } from '../config';
import { db } from '../db';
import { problem } from '../errors';
import { changeRequestResponse, type ChangeRequestResponse } from '../requests/model';
import { toPage, type Page } from '../requests/page';
import { visibleToVendor } from '../requests/timeout';

/** One page of a vendor system's change requests, ordered by id (Altinn ignores the token; we page). */
export async function listChangeRequests(options: {
  vendorOrgNo: string;
  systemId: string;
  after?: string;
  pageSize?: number;
}): Promise<Page<ChangeRequestResponse, string>> {
  const prisma = await db();
  const pageSize = options.pageSize ?? config().PAGE_SIZE;
  const system = await prisma.registeredSystem.findUnique({ where: { systemId: options.systemId } });
  if (!system || system.vendorOrgNo !== options.vendorOrgNo) throw problem('AUTH-00011');
  const rows = await prisma.request.findMany({
    where: {
      systemInternalId: system.id,
      type: 'change',
      ...visibleToVendor(),
      ...(options.after ? { id: { gte: options.after } } : {}),
    },
    include: { system: true },
    orderBy: { id: 'asc' },
    take: pageSize + 1,
  });
  const page = toPage(rows, pageSize, (r) => r.id);
  return { ...page, items: page.items.map((r) => changeRequestResponse(r, { withConfirmUrl: false })) };
}
