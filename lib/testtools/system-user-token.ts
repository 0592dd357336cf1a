import 'server-only';

import { randomUUID } from 'node:crypto';

import { mintToken } from '../auth/mint-token';
import { systemUserClaims } from '../auth/token-claims';
import { db } from '../db';
import { notFound } from '../errors';

/**
 * The token Maskinporten would give the system's vendor for an existing, active system user: the same claims
 * as a real system-user grant, without having to sign one. The client id defaults to the system's first one.
 */
export async function systemUserToken(options: {
  systemUserId: string;
  scopes: string[];
  clientId?: string;
  ttl: number;
}): Promise<string> {
  const user = await (
    await db()
  ).systemUser.findFirst({
    where: { id: options.systemUserId, isDeleted: false, system: { isDeleted: false } },
    include: { system: true },
  });
  if (!user) throw notFound();
  const claims = systemUserClaims({
    vendorOrgNo: user.system.vendorOrgNo,
    ownerOrgNo: user.reporteeOrgNo,
    systemId: user.system.systemId,
    systemUserIds: [user.id],
    scopes: options.scopes,
    clientId: options.clientId ?? user.system.clientIds[0] ?? randomUUID(),
  });
  return (await mintToken({ claims, ttlSeconds: options.ttl })).token;
}
