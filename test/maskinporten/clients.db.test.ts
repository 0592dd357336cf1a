import { generateKeyPairSync, randomUUID } from 'node:crypto';

import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';

import { DELETE as removeRoute } from '@/app/maskinporten/api/v1/clients/[clientId]/route';
import { GET as listRoute, POST as registerRoute } from '@/app/maskinporten/api/v1/clients/route';
import { POST as tokenRoute } from '@/app/maskinporten/token/route';

import { useTestDatabase } from '../support/database';
import { checked } from '../support/routes';
import { bearer, personalToken, signGrant, tokenRequest, vendorToken } from '../support/tokens';

// Every answer is checked against its documented schema (test/support/routes.ts).
const remove = checked(removeRoute);
const list = checked(listRoute);
const register = checked(registerRoute);
const token = checked(tokenRoute);

const none = { params: Promise.resolve({}) };
const URL_ = 'http://localhost/maskinporten/api/v1/clients';
const VENDOR = '991825827';
const OTHER = '312605031';

let keyPair: { publicJwk: JWK; privateJwk: JWK };

async function post(body: unknown, orgNo = VENDOR, contentType = 'application/json') {
  const response = await register(
    new Request(URL_, {
      method: 'POST',
      headers: { ...bearer(await vendorToken(orgNo, ['idporten:dcr.write'])), 'content-type': contentType },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
    none,
  );
  return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
}

const validBody = (extra: Record<string, unknown> = {}) => ({
  name: 'My client',
  scopes: ['altinn:authentication/systemuser.request.read'],
  jwk: { ...keyPair.publicJwk, kid: `k-${randomUUID()}` },
  ...extra,
});

async function listFor(orgNo: string) {
  const response = await list(new Request(URL_, { headers: bearer(await vendorToken(orgNo, ['idporten:dcr.read'])) }), none);
  expect(response.status).toBe(200);
  return (await response.json()) as { clientId: string; orgNo: string; keys: JWK[] }[];
}

async function del(clientId: string, orgNo: string) {
  return remove(
    new Request(`${URL_}/${clientId}`, { method: 'DELETE', headers: bearer(await vendorToken(orgNo, ['idporten:dcr.write'])) }),
    {
      params: Promise.resolve({ clientId }),
    },
  );
}

describe('Maskinporten client registry API', () => {
  useTestDatabase();
  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
    keyPair = { publicJwk: await exportJWK(publicKey), privateJwk: await exportJWK(privateKey) };
  }, 120_000);

  it('registers a client for the caller’s org, storing only the public key', async () => {
    const { status, body } = await post(validBody({ description: 'for CI' }));
    expect(status).toBe(201);
    expect(body).toMatchObject({
      orgNo: VENDOR,
      name: 'My client',
      description: 'for CI',
      scopes: ['altinn:authentication/systemuser.request.read'],
    });
    expect(body.clientId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.keys).toHaveLength(1);
    expect(body.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', n: keyPair.publicJwk.n });
    expect(body.keys[0]).not.toHaveProperty('d');
  });

  it('lists only the org’s own clients, seeded one included', async () => {
    const mine = await listFor(VENDOR);
    expect(mine.every((c) => c.orgNo === VENDOR)).toBe(true);
    expect(mine.map((c) => c.clientId)).toContain('a1af479c-dff2-46ae-9170-adc7ff92a413');
    expect((await listFor(OTHER)).map((c) => c.clientId)).not.toContain('a1af479c-dff2-46ae-9170-adc7ff92a413');
  });

  it('refuses private keys, short keys, bad scopes and bad bodies with 400 problems', async () => {
    const privateKey = await post(validBody({ jwk: { ...keyPair.privateJwk, kid: 'p' } }));
    expect(privateKey.status).toBe(400);
    expect(JSON.stringify(privateKey.body.errors)).toMatch(/private key/);
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ format: 'jwk' });
    const shortKey = await post(validBody({ jwk: { ...small, kid: 'small' } }));
    expect(shortKey.status).toBe(400);
    expect(JSON.stringify(shortKey.body.errors)).toMatch(/2048/);
    expect((await post(validBody({ scopes: ['no scope here'] }))).status).toBe(400);
    expect((await post(validBody({ scopes: [] }))).status).toBe(400);
    expect((await post(validBody({ jwk: { kty: 'EC', kid: 'x' } }))).status).toBe(400);
    const malformed = await post('{"name":');
    expect(malformed.status).toBe(400);
    expect(malformed.type).toContain('application/problem+json');
    expect((await post(validBody(), VENDOR, 'text/plain')).status).toBe(400);
  });

  it('a client id is registered once: 409 for a second registration', async () => {
    const clientId = `ci-${randomUUID()}`;
    expect((await post(validBody({ clientId }))).status).toBe(201);
    const again = await post(validBody({ clientId }), OTHER);
    expect(again.status).toBe(409);
    expect(again.type).toContain('application/problem+json');
  });

  it('deletes the org’s own client (204), after which its grants are refused; another org gets 404', async () => {
    const { body } = await post(validBody({ jwk: { ...keyPair.publicJwk, kid: 'deletable' } }));
    expect((await del(body.clientId, OTHER)).status).toBe(404);
    const grantBefore = await token(
      tokenRequest(
        await signGrant({ key: { clientId: body.clientId, kid: 'deletable', privateJwk: keyPair.privateJwk as Record<string, string> } }),
      ),
      none,
    );
    expect(grantBefore.status).toBe(200);
    expect((await del(body.clientId, VENDOR)).status).toBe(204);
    expect((await del(body.clientId, VENDOR)).status).toBe(404);
    expect((await listFor(VENDOR)).map((c) => c.clientId)).not.toContain(body.clientId);
    const grantAfter = await token(
      tokenRequest(
        await signGrant({ key: { clientId: body.clientId, kid: 'deletable', privateJwk: keyPair.privateJwk as Record<string, string> } }),
      ),
      none,
    );
    expect((await grantAfter.json()).error_description).toMatch(/^MP-100 /);
  });

  it('needs an org token: a personal token with the scope is 401, a token without it 403', async () => {
    const personal = await list(new Request(URL_, { headers: bearer(await personalToken('12858540036', ['idporten:dcr.read'])) }), none);
    expect(personal.status).toBe(401);
    const noScope = await list(
      new Request(URL_, { headers: bearer(await vendorToken(VENDOR, ['altinn:authentication/systemuser.request.read'])) }),
      none,
    );
    expect(noScope.status).toBe(403);
  });
});
