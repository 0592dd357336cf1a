import 'server-only';

import { db } from '../db';
import { notFound } from '../errors';

/** Soft-deletes one of the org's own clients; another org's client is "not found", so ids do not leak. */
export async function deleteClient(options: { orgNo: string; clientId: string }): Promise<void> {
  const prisma = await db();
  const { count } = await prisma.maskinportenClient.updateMany({
    where: { clientId: options.clientId, orgNo: options.orgNo, isDeleted: false },
    data: { isDeleted: true },
  });
  if (count === 0) throw notFound();
}
