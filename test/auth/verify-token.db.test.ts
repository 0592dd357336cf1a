import { generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';

import { authenticated } from '@/lib/api/authenticated';
import { json } from '@/lib/api/route';
import { publishedKeys, rotateSigningKey } from '@/lib/auth/signing-keys';
import { verifyAccessToken } from '@/lib/auth/verify-token';

import { useTestDatabase } from '../support/database';
import { bearer, personalToken, vendorToken } from '../support/tokens';

const probe = authenticated({ scopes: ['altinn:authentication/systemuser.request.read'] }, async (_request, { caller }) =>
  json({ orgNo: caller.orgNo, pid: caller.person?.pid }),
);
const call = (headers: Record<string, string> = {}) =>
  probe(new Request('http://localhost/probe', { headers }), { params: Promise.resolve({}) });

describe('bearer tokens from the sandbox issuer', () => {
  useTestDatabase();

  it('lets a vendor token with the scope through and names the vendor', async () => {
    const response = await call(bearer(await vendorToken('991825827')));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ orgNo: '991825827' });
  });

  it('reads the person of a personal token', async () => {
    const caller = await verifyAccessToken(await personalToken('12858540036'));
    expect(caller.person).toMatchObject({ pid: '12858540036' });
    expect(caller.scopes).toEqual(['altinn:portal/enduser']);
  });

  it('answers 401 without a token, for an expired one and for a foreign signature; 403 without the scope', async () => {
    expect((await call()).status).toBe(401);
    expect((await call(bearer(await vendorToken('991825827', undefined, -60)))).status).toBe(401);
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ scope: 'altinn:authentication/systemuser.request.read' })
      .setProtectedHeader({ alg: 'RS256', kid: 'someone-else' })
      .setIssuer('http://localhost:3000/maskinporten/')
      .setExpirationTime('2m')
      .sign(privateKey);
    const forgedResponse = await call(bearer(forged));
    expect(forgedResponse.status).toBe(401);
    // As ASP.NET's JWT handler: no body, the reason in WWW-Authenticate (an unknown kid: no key to check with).
    expect(await forgedResponse.text()).toBe('');
    expect(forgedResponse.headers.get('www-authenticate')).toMatch(
      /^Bearer error="invalid_token", error_description="The signature key is not found"$/,
    );
    const wrongScope = await call(bearer(await vendorToken('991825827', ['altinn:portal/enduser'])));
    expect(wrongScope.status).toBe(403);
    expect(await wrongScope.text()).toBe('');
    expect(wrongScope.headers.get('www-authenticate')).toMatch(
      /^Bearer error="insufficient_scope", error_description="The token lacks the scope .+", scope=".+"$/,
    );
  });

  it('keeps accepting tokens of a rotated key, and publishes both keys', async () => {
    const before = await vendorToken('991825827');
    const newKid = await rotateSigningKey();
    const after = await vendorToken('991825827');
    expect((await call(bearer(before))).status).toBe(200);
    expect((await call(bearer(after))).status).toBe(200);
    const { keys } = await publishedKeys();
    expect(keys.map((k) => k.kid)).toContain(newKid);
    expect(keys).toHaveLength(2);
    expect(keys.every((k) => !('d' in k))).toBe(true);
  });
});
