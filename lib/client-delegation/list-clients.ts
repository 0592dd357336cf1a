import 'server-only';

import { authorizeFacilitator, type PartyCall } from '../access/party';
import { db } from '../db';
import { LIMITS } from '../limits';
import type { ClientItem } from '../schemas/portal';

export type { ClientItem };

/**
 * The facilitator's clients (its ER client relations). With `packages`, only the clients whose relations
 * together carry every one of them: Altinn's AND rule for an agent system user's packages. No policy: the
 * party-scoped functions below and in this folder call it after theirs.
 */
export async function clientsOf(options: { facilitatorId: string; packages?: string[] }): Promise<ClientItem[]> {
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

/**
 * The party's clients, for its client administrators (GET agent/{party}/clients?facilitator=). The facilitator
 * named in the call must be the party itself (AUTH-00031).
 */
export async function listClients(
  options: PartyCall & {
    facilitator: string;
    packages?: string[];
  },
): Promise<ClientItem[]> {
  const access = await authorizeFacilitator(options.person, options.party, 'clientAdmin', options.facilitator);
  return clientsOf({ facilitatorId: access.org.id, packages: options.packages });
}
