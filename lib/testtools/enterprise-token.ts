import 'server-only';

import { randomUUID } from 'node:crypto';

import { mintToken } from '../auth/mint-token';
import { enterpriseClaims } from '../auth/token-claims';

/** A Maskinporten-shaped token for any organisation and scopes, as if from a client of that organisation. */
export async function enterpriseToken(options: { orgNo: string; scopes: string[]; clientId?: string; ttl: number }): Promise<string> {
  const claims = enterpriseClaims({ orgNo: options.orgNo, scopes: options.scopes, clientId: options.clientId ?? randomUUID() });
  return (await mintToken({ claims, ttlSeconds: options.ttl })).token;
}
