import 'server-only';

import type { MaskinportenClient, MaskinportenClientKey } from '../generated/prisma/client';
import type { MaskinportenClientDto } from '../schemas/maskinporten';

export type { MaskinportenClientDto };

/** A registered Maskinporten client as the clients API shows it: public keys only. */
export function toClientDto(client: MaskinportenClient & { keys: MaskinportenClientKey[] }): MaskinportenClientDto {
  return {
    clientId: client.clientId,
    orgNo: client.orgNo,
    name: client.name,
    description: client.description,
    scopes: client.scopes,
    keys: client.keys.map((key) => key.publicJwk as Record<string, unknown>),
    created: client.created.toISOString(),
  };
}
