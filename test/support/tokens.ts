import { randomUUID } from 'node:crypto';

import { type CryptoKey, importJWK, type JWTHeaderParameters, type JWTPayload, SignJWT } from 'jose';

import { issuer } from '@/lib/auth/issuer';
import { mintToken } from '@/lib/auth/mint-token';
import { SCOPES } from '@/lib/auth/scopes';
import { enterpriseClaims, personalClaims } from '@/lib/auth/token-claims';
import { db } from '@/lib/db';
import { smartcloudKey, type VendorKey } from '@/lib/seed/vendor-keys';

// Tokens for in-process API tests, signed by the sandbox's own key in the test's database.

export const VENDOR_SCOPES = [SCOPES.requestWrite, SCOPES.requestRead, SCOPES.registerWrite, SCOPES.systemUserLookup];

export async function vendorToken(orgNo: string, scopes: string[] = VENDOR_SCOPES, ttlSeconds?: number): Promise<string> {
  const { token } = await mintToken({
    claims: enterpriseClaims({ orgNo, scopes, clientId: `test-client-${orgNo}` }),
    ttlSeconds,
  });
  return token;
}

export async function personalToken(pid: string, scopes: string[] = [SCOPES.portal]): Promise<string> {
  const person = await (await db()).person.findUniqueOrThrow({ where: { pid } });
  const { token } = await mintToken({
    claims: personalClaims({ pid, userId: person.userId, partyId: person.partyId, scopes }),
  });
  return token;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

// Maskinporten grants, signed with a vendor's private key the way a vendor's own code signs them.

export interface GrantOptions {
  key?: VendorKey;
  /** Claims to add or replace; a claim set to undefined is left out. */
  claims?: Record<string, unknown>;
  header?: Partial<JWTHeaderParameters>;
  /** Sign with this key instead of the vendor's (a forged grant). */
  signWith?: CryptoKey;
}

export async function signGrant(options: GrantOptions = {}): Promise<string> {
  const key = options.key ?? smartcloudKey;
  const now = Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = {
    aud: issuer(),
    iss: key.clientId,
    scope: SCOPES.requestRead,
    iat: now,
    exp: now + 60,
    jti: randomUUID(),
    ...options.claims,
  };
  for (const name of Object.keys(claims)) if (claims[name] === undefined) delete claims[name];
  const signingKey = options.signWith ?? ((await importJWK(key.privateJwk, 'RS256')) as CryptoKey);
  return new SignJWT(claims as JWTPayload).setProtectedHeader({ alg: 'RS256', kid: key.kid, ...options.header }).sign(signingKey);
}

export function tokenRequest(assertion: string, grantType = 'urn:ietf:params:oauth:grant-type:jwt-bearer'): Request {
  return new Request('http://localhost/maskinporten/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: grantType, assertion }).toString(),
  });
}
