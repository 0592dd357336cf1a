import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { type CryptoKey, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { useTestDatabase } from '../support/database';
import { vendorToken } from '../support/tokens';

// TRUSTED_ISSUERS lets the API accept tokens of further issuers (e.g. the real test Maskinporten), checked
// against the JWKS the operator names. Here a local server plays such an issuer.

const TRUSTED = 'https://trusted-issuer.example/';
let server: Server;
let jwksUri: string;
let issuerKey: CryptoKey;

const consumer = { authority: 'iso6523-actorid-upis', ID: '0192:991825827' };
const sign = (key: CryptoKey, iss: string, kid = 'trusted-1') =>
  new SignJWT({ scope: 'altinn:authentication/systemuser.request.read', consumer })
    .setProtectedHeader({ alg: 'RS256', kid })
    .setIssuer(iss)
    .setIssuedAt()
    .setExpirationTime('2m')
    .sign(key);

async function verifierWith(env: string) {
  vi.resetModules();
  vi.stubEnv('TRUSTED_ISSUERS', env);
  return (await import('@/lib/auth/verify-token')).verifyAccessToken;
}

describe('TRUSTED_ISSUERS', () => {
  useTestDatabase();
  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
    issuerKey = privateKey;
    const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'trusted-1', alg: 'RS256', use: 'sig' }] });
    server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(jwks));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwk`;
  }, 120_000);
  afterAll(async () => {
    vi.unstubAllEnvs();
    await new Promise((resolve) => server.close(resolve));
  });

  it('accepts a trusted issuer’s token checked against its JWKS, and still the sandbox’s own', async () => {
    const verify = await verifierWith(`${TRUSTED}|${jwksUri}`);
    const caller = await verify(await sign(issuerKey, TRUSTED));
    expect(caller.orgNo).toBe('991825827');
    expect(caller.claims.iss).toBe(TRUSTED);
    expect((await verify(await vendorToken('991825827'))).orgNo).toBe('991825827');
  });

  it('refuses the trusted issuer’s name on a token signed by another key, and untrusted issuers', async () => {
    const verify = await verifierWith(`${TRUSTED}|${jwksUri}`);
    const { privateKey: other } = await generateKeyPair('RS256');
    await expect(verify(await sign(other, TRUSTED))).rejects.toThrow(/signature is invalid/);
    await expect(verify(await sign(issuerKey, 'https://someone-else.example/'))).rejects.toMatchObject({ name: 'InvalidTokenError' });
  });

  it('without the setting, the trusted issuer’s tokens are refused', async () => {
    const verify = await verifierWith('');
    await expect(verify(await sign(issuerKey, TRUSTED))).rejects.toMatchObject({ name: 'InvalidTokenError' });
  });

  it('a malformed setting is a configuration error', async () => {
    const { readConfig } = await import('@/lib/config');
    expect(() => readConfig({ TRUSTED_ISSUERS: 'https://only-an-issuer.example/' })).toThrow();
    expect(readConfig({ TRUSTED_ISSUERS: `${TRUSTED}|${jwksUri}, https://b.example/|https://b.example/jwk` }).TRUSTED_ISSUERS).toHaveLength(
      2,
    );
  });
});
