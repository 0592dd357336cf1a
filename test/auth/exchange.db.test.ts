import { decodeJwt, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';

import { GET as agentsRoute } from '@/app/authentication/api/v1/enduser/systemuser/agents/route';
import { GET as exchangeRoute } from '@/app/authentication/api/v1/exchange/[tokenProvider]/route';
import * as byQuery from '@/app/authentication/api/v1/systemuser/vendor/byquery/route';
import { issuer } from '@/lib/auth/issuer';
import { SCOPES } from '@/lib/auth/scopes';

import { useTestDatabase } from '../support/database';
import { call, checked } from '../support/routes';
import { bearer, personalToken, vendorToken } from '../support/tokens';

// Every answer is checked against its documented schema (test/support/routes.ts).
const agents = checked(agentsRoute);
const exchange = checked(exchangeRoute);

// GET authentication/api/v1/exchange/{tokenProvider}: Altinn's token exchange, with the claims Altinn adds.

useTestDatabase();

const swap = (provider: string, headers: Record<string, string>, query = '') =>
  call(exchange, `/exchange/${provider}${query}`, { headers, params: { tokenProvider: provider } });

describe('token exchange', () => {
  it('turns a Maskinporten token into an Altinn token that the API routes accept', async () => {
    const original = await vendorToken('991825827', [SCOPES.requestWrite]);
    const result = await swap('Maskinporten', bearer(original));
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toContain('text/plain');
    const claims = decodeJwt(result.text);
    expect(claims).toMatchObject({
      'urn:altinn:orgNumber': '991825827',
      'urn:altinn:authenticatemethod': 'maskinporten',
      'urn:altinn:authlevel': 3,
      consumer: { authority: 'iso6523-actorid-upis', ID: '0192:991825827' },
      scope: SCOPES.requestWrite,
      iss: issuer(),
    });
    expect(claims).not.toHaveProperty('client_amr');
    expect(claims.jti).not.toBe(decodeJwt(original).jti);
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(1800);
    const used = await call(byQuery.GET, '/systemuser/vendor/byquery?system-id=991825827_smartcloud&orgno=314248295', {
      headers: bearer(result.text),
    });
    expect(used.status).toBe(404); // authenticated and authorised: no such system user yet
  });

  it('adds urn:altinn:org for a service owner scope, "ttd" for Digdir with test=true', async () => {
    const token = await vendorToken('991825827', ['altinn:serviceowner/instances.read']);
    expect(decodeJwt((await swap('maskinporten', bearer(token))).text)['urn:altinn:org']).toBe('digdir');
    expect(decodeJwt((await swap('maskinporten', bearer(token), '?test=true')).text)['urn:altinn:org']).toBe('ttd');
  });

  it('turns a personal token into a person’s Altinn token for the end-user client API', async () => {
    const original = await personalToken('03917940028', [SCOPES.clientDelegationsRead]);
    const result = await swap('id-porten', bearer(original));
    expect(result.status).toBe(200);
    const claims = decodeJwt(result.text);
    expect(claims).toMatchObject({ pid: '03917940028', 'urn:altinn:authlevel': 3, scope: SCOPES.clientDelegationsRead });
    expect(claims['urn:altinn:userid']).toEqual(expect.any(String));
    expect(claims['urn:altinn:partyid']).toEqual(expect.any(String));
    expect(claims.exp).toBe(decodeJwt(original).exp);
    const listed = await call(agents, '/enduser/systemuser/agents?party=310495670', { headers: bearer(result.text) });
    expect(listed.status).toBe(200);
  });

  it.each([
    ['no token', 'maskinporten', async () => ({}), 401],
    ['a token that does not verify', 'maskinporten', async () => bearer(await foreignToken()), 401],
    ['a personal token as Maskinporten (no consumer)', 'maskinporten', async () => bearer(await personalToken('12858540036')), 401],
    ['a vendor token as ID-porten (no pid)', 'id-porten', async () => bearer(await vendorToken('991825827', ['altinn:x'])), 401],
    ['an ID-porten token without an altinn: scope', 'id-porten', async () => bearer(await personalToken('12858540036', ['openid'])), 403],
    ['Altinn Studio (no studio issuer here)', 'altinnstudio', async () => bearer(await vendorToken('991825827')), 401],
    ['an unknown provider', 'google', async () => bearer(await vendorToken('991825827')), 400],
  ] as const)('%s → $3', async (_name, provider, headers, status) => {
    const result = await swap(provider, await headers());
    expect(result.status).toBe(status);
    if (status === 400)
      expect(result.text).toBe(
        "Invalid token provider: google. Trusted token providers are 'Maskinporten', 'Id-porten' and 'AltinnStudio'.",
      );
  });
});

async function foreignToken() {
  const { privateKey } = await generateKeyPair('RS256');
  return new SignJWT({ consumer: { authority: 'iso6523-actorid-upis', ID: '0192:991825827' } })
    .setProtectedHeader({ alg: 'RS256', kid: 'other' })
    .setIssuer(issuer())
    .setExpirationTime('2m')
    .sign(privateKey);
}
