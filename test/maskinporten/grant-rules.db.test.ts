import { randomUUID } from 'node:crypto';

import { decodeJwt, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';

import { POST as tokenRoute } from '@/app/maskinporten/token/route';
import { db } from '@/lib/db';
import { smartcloudKey, superregnskapKey } from '@/lib/seed/vendor-keys';

import { useTestDatabase } from '../support/database';
import { checked } from '../support/routes';
import { type GrantOptions, signGrant, tokenRequest } from '../support/tokens';

// Every answer is checked against its documented schema (test/support/routes.ts).
const token = checked(tokenRoute);

const none = { params: Promise.resolve({}) };
const now = () => Math.floor(Date.now() / 1000);

async function post(request: Request) {
  const response = await token(request, none);
  return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
}

const grant = async (options: GrantOptions) => post(tokenRequest(await signGrant(options)));

/** Each rule of Maskinporten's grant check, broken once: 400 with Maskinporten's error and code. */
async function expectRefused(
  result: Promise<{ status: number; type: string | null; body: { error: string; error_description: string } }>,
  error: string,
  code: string | RegExp,
) {
  const { status, type, body } = await result;
  expect(status).toBe(400);
  expect(type).toContain('application/json');
  expect(body.error).toBe(error);
  expect(body.error_description).toMatch(code);
  expect(Object.keys(body).sort()).toEqual(['error', 'error_description']);
}

describe('Maskinporten grant rules', () => {
  useTestDatabase();

  it('accepts a correct grant (the baseline every case below breaks once)', async () => {
    expect((await grant({})).status).toBe(200);
  });

  it('wrong kid: MP-124', () => expectRefused(grant({ header: { kid: 'not-registered' } }), 'invalid_grant', /^MP-124 /));

  it('a foreign signature under the right kid: MP-120', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    await expectRefused(grant({ signWith: privateKey }), 'invalid_grant', /^MP-120 /);
  });

  it('another client’s key id: MP-124', () => expectRefused(grant({ header: { kid: superregnskapKey.kid } }), 'invalid_grant', /^MP-124 /));

  it('unknown client: MP-100', () => expectRefused(grant({ claims: { iss: randomUUID() } }), 'invalid_client', /^MP-100 /));

  it('wrong aud: MP-110, also the token endpoint URL and an array', async () => {
    await expectRefused(grant({ claims: { aud: 'https://test.maskinporten.no/' } }), 'invalid_grant', /^MP-110 /);
    await expectRefused(grant({ claims: { aud: 'http://localhost:3000/maskinporten/token' } }), 'invalid_grant', /^MP-110 /);
    await expectRefused(grant({ claims: { aud: ['http://localhost:3000/maskinporten/'] } }), 'invalid_grant', /^MP-110 /);
  });

  it('old iat (more than 10 s ago): MP-130', () =>
    expectRefused(grant({ claims: { iat: now() - 30, exp: now() + 60 } }), 'invalid_grant', /^MP-130 /));

  it('iat in the future: issue time is after now', () =>
    expectRefused(grant({ claims: { iat: now() + 30, exp: now() + 90 } }), 'invalid_grant', /Issue time is after now/));

  it('long exp (exp - iat > 120): refused; exactly 120 is fine', async () => {
    await expectRefused(grant({ claims: { exp: now() + 121 } }), 'invalid_grant', /at most 120 s/);
    expect((await grant({ claims: { exp: now() + 120 } })).status).toBe(200);
  });

  it('U+0000 in the client id, the kid or a system user detail: refused before any look-up', async () => {
    await expectRefused(grant({ claims: { iss: 'a\u0000b' } }), 'invalid_grant', /claim iss holds the character U\+0000/);
    await expectRefused(grant({ header: { kid: 'k\u0000' } }), 'invalid_grant', /header kid holds the character U\+0000/);
    const detail = {
      type: 'urn:altinn:systemuser',
      systemuser_org: { authority: 'iso6523-actorid-upis', ID: '0192:314248295' },
      externalRef: '\u0000',
    };
    await expectRefused(grant({ claims: { authorization_details: [detail] } }), 'invalid_grant', /authorization_details\.0\.externalRef/);
  });

  it('missing iat or exp', async () => {
    await expectRefused(grant({ claims: { iat: undefined } }), 'invalid_grant', /iat and exp are required/);
    await expectRefused(grant({ claims: { exp: undefined } }), 'invalid_grant', /iat and exp are required/);
  });

  it('reused jti: MP-012, and the first use still worked', async () => {
    const jti = randomUUID();
    expect((await grant({ claims: { jti } })).status).toBe(200);
    await expectRefused(grant({ claims: { jti } }), 'invalid_grant', /^MP-012 /);
    const stored = await (await db()).usedJti.findUnique({ where: { jti } });
    expect(stored?.expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  it('the same grant without a jti cannot be used twice either', async () => {
    const assertion = await signGrant({ claims: { jti: undefined } });
    expect((await post(tokenRequest(assertion))).status).toBe(200);
    await expectRefused(post(tokenRequest(assertion)), 'invalid_grant', /^MP-012 /);
  });

  it('many uses of one jti at the same moment: exactly one token', async () => {
    const jti = randomUUID();
    const results = await Promise.all(Array.from({ length: 8 }, () => grant({ claims: { jti } })));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 400 && r.body.error_description.startsWith('MP-012'))).toHaveLength(7);
  });

  it('disallowed scope: MP-201; no scope: MP-200', async () => {
    await expectRefused(
      grant({ claims: { scope: 'altinn:authentication/systemuser.request.read altinn:maskinporten/systemuser.read' } }),
      'invalid_scope',
      /^MP-201 .*altinn:maskinporten\/systemuser\.read/,
    );
    await expectRefused(grant({ claims: { scope: undefined } }), 'invalid_scope', /^MP-200 /);
    await expectRefused(grant({ claims: { scope: ' ' } }), 'invalid_scope', /^MP-200 /);
  });

  it('unknown claim: refused; sub is tolerated only when it equals iss', async () => {
    await expectRefused(grant({ claims: { nonsense: 1 } }), 'invalid_grant', /Unknown claim\(s\): nonsense/);
    await expectRefused(grant({ claims: { sub: 'someone' } }), 'invalid_grant', /sub/);
    await expectRefused(grant({ claims: { sub: '' } }), 'invalid_grant', /sub/);
  });

  it('sub equal to iss is accepted (Altinn’s own tests send it)', async () => {
    expect((await grant({ claims: { sub: smartcloudKey.clientId } })).status).toBe(200);
  });

  it('unknown authorization_details type: MP-301; unknown field: MP-302; malformed: MP-302', async () => {
    const org = { authority: 'iso6523-actorid-upis', ID: '0192:314248295' };
    await expectRefused(
      grant({ claims: { authorization_details: [{ type: 'urn:altinn:consent', systemuser_org: org }] } }),
      'invalid_authorization_details',
      /^MP-301 /,
    );
    await expectRefused(
      grant({ claims: { authorization_details: [{ type: 'urn:altinn:systemuser', systemuser_org: org, extra: 1 }] } }),
      'invalid_authorization_details',
      /^MP-302 .*extra/,
    );
    await expectRefused(
      grant({ claims: { authorization_details: { type: 'urn:altinn:systemuser', systemuser_org: org } } }),
      'invalid_authorization_details',
      /^MP-302 /,
    );
    await expectRefused(
      grant({ claims: { authorization_details: [{ type: 'urn:altinn:systemuser' }] } }),
      'invalid_authorization_details',
      /^MP-302 /,
    );
  });

  it('only the form-encoded jwt-bearer grant', async () => {
    await expectRefused(post(tokenRequest(await signGrant({}), 'client_credentials')), 'unsupported_grant_type', /jwt-bearer/);
    const asJson = new Request('http://localhost/maskinporten/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: await signGrant({}) }),
    });
    await expectRefused(post(asJson), 'invalid_request', /x-www-form-urlencoded/);
    await expectRefused(post(tokenRequest('')), 'invalid_request', /assertion/);
    await expectRefused(post(tokenRequest('not.a.jwt')), 'invalid_grant', /not a signed JWT/);
  });

  it('resource makes an audience-restricted token; pid is passed on', async () => {
    const { status, body } = await grant({ claims: { resource: ['https://api.example/'], pid: '12858540036' } });
    expect(status).toBe(200);
    expect(decodeJwt(body.access_token)).toMatchObject({ aud: ['https://api.example/'], pid: '12858540036' });
    await expectRefused(grant({ claims: { resource: 42 } }), 'invalid_grant', /resource/);
  });

  it('API delegation claims are refused as unsupported rather than ignored', () =>
    expectRefused(grant({ claims: { consumer_org: '314248295' } }), 'invalid_request', /not supported/));

  it('a refused grant does not use up its jti', async () => {
    const jti = randomUUID();
    await expectRefused(grant({ claims: { jti, scope: 'altinn:not/allowed' } }), 'invalid_scope', /^MP-201 /);
    expect((await grant({ claims: { jti } })).status).toBe(200);
  });
});
