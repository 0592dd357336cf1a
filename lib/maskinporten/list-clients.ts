import 'server-only';

import { db } from '../db';
import { LIMITS } from '../limits';
import { type MaskinportenClientDto, toClientDto } from './client-dto';

export async function listRegisteredClients(options: { orgNo: string }): Promise<MaskinportenClientDto[]> {
  const prisma = await db();
  const clients = await prisma.maskinportenClient.findMany({
    where: { orgNo: options.orgNo, isDeleted: false },
    include: { keys: { orderBy: { created: 'asc' } } },
    orderBy: { created: 'asc' },
    take: LIMITS.unpagedList,
  });
  return clients.map(toClientDto);
}
