import { randomUUID } from 'node:crypto';

import { importJWK, SignJWT } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { smartcloudKey, superregnskapKey, type VendorKey } from '@/lib/seed/vendor-keys';

import { useTestDatabase } from '../support/database';

// The seeded vendors' private keys are published test data: on a sandbox protected by TESTTOOLS_PASSWORD
// they no longer yield tokens at /maskinporten/token, while an open sandbox keeps accepting them.

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const none = { params: Promise.resolve({}) };
const ISSUER = 'http://localhost:3000/maskinporten/';

async function tokenRoute(env: Record<string, string>): Promise<Handler> {
  vi.resetModules();
  vi.unstubAllEnvs();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  return ((await import('@/app/maskinporten/token/route')) as { POST: Handler }).POST;
}

async function grant(key: VendorKey, jti: string = randomUUID()): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ scope: 'altinn:authentication/systemuser.request.read' })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid })
    .setIssuer(key.clientId)
    .setAudience(ISSUER)
    .setIssuedAt(now)
    .setExpirationTime(now + 60)
    .setJti(jti)
    .sign(await importJWK(key.privateJwk, 'RS256'));
}

const post = async (handler: Handler, assertion: string) =>
  handler(
    new Request(`${ISSUER}token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion }),
    }),
    none,
  );

describe('the published seed keys', () => {
  useTestDatabase();
  afterEach(() => vi.unstubAllEnvs());

  it('yield no token when TESTTOOLS_PASSWORD is set', async () => {
    const token = await tokenRoute({ TESTTOOLS_PASSWORD: 's3cret' });
    for (const key of [smartcloudKey, superregnskapKey]) {
      const response = await post(token, await grant(key));
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.error).toBe('invalid_client');
      expect(body.error_description).toMatch(/published test data/);
      expect(JSON.stringify(body)).not.toContain('access_token');
    }
  });

  it('still yield tokens on an open sandbox', async () => {
    const token = await tokenRoute({});
    const response = await post(token, await grant(smartcloudKey));
    expect(response.status).toBe(200);
    expect((await response.json()).access_token).toBeTruthy();
  });

  it('a jti over the id limit is refused before it is stored (PostgreSQL cannot index 10 000 characters)', async () => {
    const token = await tokenRoute({});
    const response = await post(token, await grant(smartcloudKey, 'j'.repeat(10_000)));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe('invalid_grant');
  });
});
