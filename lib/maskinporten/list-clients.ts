import 'server-only';
import { db } from '../db';
import { toClientDto, type MaskinportenClientDto } from './client-dto';

export async function listRegisteredClients(options: { orgNo: string }): Promise<MaskinportenClientDto[]> {
  const prisma = await db();
  const clients = await prisma.maskinportenClient.findMany({
    where: { orgNo: options.orgNo, isDeleted: false },
    include: { keys: { orderBy: { created: 'asc' } } },
    orderBy: { created: 'asc' },
  });
  return clients.map(toClientDto);
}
