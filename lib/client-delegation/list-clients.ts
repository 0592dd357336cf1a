import 'server-only';
import { db } from '../db';
import { LIMITS } from '../limits';

export interface ClientItem {
  partyUuid: string;
  displayName: string;
  organizationIdentifier: string;
  access: { role: string; packages: string[] }[];
}

/**
 * The facilitator's clients (its ER client relations). With `packages`, only the clients whose relations
 * together carry every one of them: Altinn's AND rule for an agent system user's packages.
 */
export async function listClients(options: { facilitatorId: string; packages?: string[] }): Promise<ClientItem[]> {
  const prisma = await db();
  const relations = await prisma.clientRelation.findMany({
    where: { facilitatorId: options.facilitatorId },
    include: { client: true },
    orderBy: [{ clientId: 'asc' }, { roleCode: 'asc' }],
    take: LIMITS.unpagedList,
  });
  const byClient = new Map<string, ClientItem>();
  for (const relation of relations) {
    const item = byClient.get(relation.clientId) ?? {
      partyUuid: relation.client.id,
      displayName: relation.client.name,
      organizationIdentifier: relation.client.orgNo,
      access: [],
    };
    item.access.push({ role: relation.roleCode, packages: relation.accessPackages });
    byClient.set(relation.clientId, item);
  }
  const wanted = options.packages ?? [];
  return [...byClient.values()]
    .filter((c) => wanted.every((urn) => c.access.some((a) => a.packages.includes(urn))))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'nb'));
}
