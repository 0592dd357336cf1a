import { mintToken } from '@/lib/auth/mint-token';
import { enterpriseClaims, personalClaims } from '@/lib/auth/token-claims';
import { SCOPES } from '@/lib/auth/scopes';
import { db } from '@/lib/db';

// Tokens for in-process API tests, signed by the sandbox's own key in the test's database.

export const VENDOR_SCOPES = [
  SCOPES.requestWrite,
  SCOPES.requestRead,
  SCOPES.registerWrite,
  SCOPES.systemUserLookup,
];

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
