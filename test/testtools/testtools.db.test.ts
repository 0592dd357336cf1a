import { decodeJwt } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { verifyAccessToken } from '@/lib/auth/verify-token';
import { smartcloudKey } from '@/lib/seed/vendor-keys';

import { createSystemUser } from '../maskinporten/factories';
import { useTestDatabase } from '../support/database';

const none = { params: Promise.resolve({}) };
const BASE = 'http://localhost:3000/testtools/api';

type Handler = (request: Request, context: typeof none) => Promise<Response>;

/** The route modules read the configuration once, so each configuration gets fresh modules. */
async function endpoints(env: Record<string, string | undefined> = {}) {
  vi.resetModules();
  vi.unstubAllEnvs();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const load = async (name: string) => ((await import(`@/app/testtools/api/${name}/route`)) as { GET: Handler }).GET;
  return {
    enterprise: await load('GetEnterpriseToken'),
    personal: await load('GetPersonalToken'),
    systemUser: await load('GetSystemUserToken'),
  };
}

const get = (handler: Handler, path: string, headers: Record<string, string> = {}) =>
  handler(new Request(`${BASE}/${path}`, { headers }), none);

describe('test-token endpoints', () => {
  useTestDatabase();
  afterEach(() => vi.unstubAllEnvs());

  it('GetEnterpriseToken: a Maskinporten-shaped token as text/plain, accepted like a real one', async () => {
    const { enterprise } = await endpoints();
    const response = await get(
      enterprise,
      'GetEnterpriseToken?orgNo=991825827&scopes=altinn:authentication/systemuser.request.write,altinn:authentication/systemuser.request.read&ttl=600&clientId=my-client',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const token = await response.text();
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({
      consumer: { authority: 'iso6523-actorid-upis', ID: '0192:991825827' },
      scope: 'altinn:authentication/systemuser.request.write altinn:authentication/systemuser.request.read',
      client_id: 'my-client',
      iss: 'http://localhost:3000/maskinporten/',
      token_type: 'Bearer',
    });
    expect((claims.exp as number) - (claims.iat as number)).toBe(600);
    expect(typeof claims.jti).toBe('string');
    expect((await verifyAccessToken(token)).orgNo).toBe('991825827');
  });

  it('GetEnterpriseToken: space-separated scopes, and 400 problems for bad input', async () => {
    const { enterprise } = await endpoints();
    // Names of Object.prototype members are just unknown parameters (they once reached the schema walk: 500).
    const prototypeNames = await get(enterprise, 'GetEnterpriseToken?ORGNO=991825827&scopes=a:b&valueOf=x&constructor=y&__proto__=z');
    expect(prototypeNames.status).toBe(200);
    const spaced = await get(enterprise, 'GetEnterpriseToken?orgNo=991825827&scopes=a:b%20c:d');
    expect(decodeJwt(await spaced.text()).scope).toBe('a:b c:d');
    for (const query of [
      'orgNo=991825828&scopes=a:b',
      'orgNo=991825827',
      'orgNo=991825827&scopes=a:b&ttl=0',
      'orgNo=991825827&scopes=a:b&ttl=9999999',
      'scopes=a:b',
    ]) {
      const response = await get(enterprise, `GetEnterpriseToken?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('GetPersonalToken: the person’s pid, user id and party id; 404 for an unknown person', async () => {
    const { personal } = await endpoints();
    const response = await get(personal, 'GetPersonalToken?pid=12858540036');
    expect(response.status).toBe(200);
    const caller = await verifyAccessToken(await response.text());
    expect(caller.person?.pid).toBe('12858540036');
    expect(caller.person?.userId).toBeGreaterThan(0);
    expect(caller.person?.partyId).toBeGreaterThan(0);
    expect(caller.scopes).toEqual(['altinn:portal/enduser']);
    expect((await get(personal, 'GetPersonalToken?pid=12345678901')).status).toBe(400);
    // A valid synthetic number that is not in the sandbox's population.
    const unknown = await get(personal, 'GetPersonalToken?pid=01819010001');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
  });

  it('GetSystemUserToken: the system user’s claims, with its system’s vendor and client id', async () => {
    const { systemUser } = await endpoints();
    const user = await createSystemUser();
    const response = await get(systemUser, `GetSystemUserToken?systemUserId=${user.id}&scopes=altinn:instances.read`);
    expect(response.status).toBe(200);
    const claims = decodeJwt(await response.text());
    expect(claims).toMatchObject({
      client_id: smartcloudKey.clientId,
      consumer: { authority: 'iso6523-actorid-upis', ID: '0192:991825827' },
      scope: 'altinn:instances.read',
      authorization_details: [
        {
          type: 'urn:altinn:systemuser',
          systemuser_id: [user.id],
          systemuser_org: { authority: 'iso6523-actorid-upis', ID: '0192:314248295' },
          system_id: '991825827_smartcloud',
        },
      ],
    });
    const named = await get(systemUser, `GetSystemUserToken?systemUserId=${user.id}&clientId=other-client`);
    expect(decodeJwt(await named.text()).client_id).toBe('other-client');
    expect((await get(systemUser, 'GetSystemUserToken?systemUserId=not-a-guid')).status).toBe(400);
    const missing = await get(systemUser, 'GetSystemUserToken?systemUserId=6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    const deleted = await createSystemUser({ isDeleted: true });
    expect((await get(systemUser, `GetSystemUserToken?systemUserId=${deleted.id}`)).status).toBe(404);
  });

  it('TESTTOOLS_ENABLED=false: every endpoint is 404', async () => {
    const off = await endpoints({ TESTTOOLS_ENABLED: 'false' });
    expect((await get(off.enterprise, 'GetEnterpriseToken?orgNo=991825827&scopes=a:b')).status).toBe(404);
    expect((await get(off.personal, 'GetPersonalToken?pid=12858540036')).status).toBe(404);
    expect((await get(off.systemUser, 'GetSystemUserToken?systemUserId=6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f')).status).toBe(404);
  });

  it('TESTTOOLS_PASSWORD: HTTP Basic with that password (any user), 401 with a challenge otherwise', async () => {
    const { enterprise } = await endpoints({ TESTTOOLS_PASSWORD: 's3cret' });
    const path = 'GetEnterpriseToken?orgNo=991825827&scopes=a:b';
    const basic = (user: string, password: string) => ({ authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` });
    const without = await get(enterprise, path);
    expect(without.status).toBe(401);
    expect(without.headers.get('www-authenticate')).toMatch(/^Basic /);
    expect((await get(enterprise, path, basic('ci', 'wrong'))).status).toBe(401);
    expect((await get(enterprise, path, { authorization: 'Bearer s3cret' })).status).toBe(401);
    expect((await get(enterprise, path, basic('ci', 's3cret'))).status).toBe(200);
  });
});
