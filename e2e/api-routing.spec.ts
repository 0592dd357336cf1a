import { expect, test } from '@playwright/test';

// ASP.NET's routing on the real server (proxy.ts, lib/api/api-paths.ts): paths under /authentication/api/
// match case-insensitively with literal segments before parameters, an unknown API path is an empty 404,
// and the token check answers 401/403 with an empty body and WWW-Authenticate.

const V1 = '/authentication/api/v1';

async function vendorToken(request: import('@playwright/test').APIRequestContext, scopes: string) {
  const response = await request.get(`/testtools/api/GetEnterpriseToken?orgNo=991825827&scopes=${scopes}`);
  expect(response.status()).toBe(200);
  return response.text();
}

test('API paths match case-insensitively, literal segments first; unknown API paths are empty 404s', async ({ request }) => {
  const token = await vendorToken(request, 'altinn:authentication/systemregister.write,altinn:maskinporten/systemuser.read');
  const headers = { authorization: `Bearer ${token}` };

  const mixedCase = await request.get(`${V1}/SystemUser/Vendor/BySystem/991825827_smartcloud`, { headers });
  expect(mixedCase.status()).toBe(200);
  expect(await mixedCase.json()).toHaveProperty('data');

  // Not the systemuser/{party} route (which would refuse the token's scope with 403).
  const lookup = await request.get(
    `${V1}/systemuser/byexternalid?clientId=x&systemProviderOrgNo=991825827&systemUserOwnerOrgNo=314248295`,
    { headers },
  );
  expect(lookup.status()).toBe(404);

  for (const path of [`${V1}/nothing/here`, `${V1}/systemuser/request/vendor/a/b/c`, '/authentication/api/v2/systemuser']) {
    const unknown = await request.get(path, { headers });
    expect(unknown.status(), path).toBe(404);
    expect(await unknown.text(), path).toBe('');
  }
});

test('401 and 403 from the token check have empty bodies and name the reason', async ({ request }) => {
  const anonymous = await request.get(`${V1}/systemuser/vendor/bysystem/991825827_smartcloud`);
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.text()).toBe('');
  expect(anonymous.headers()['www-authenticate']).toMatch(/^Bearer error="invalid_token", error_description="No bearer token/);

  const token = await vendorToken(request, 'altinn:authentication/systemuser.request.read');
  const wrongScope = await request.get(`${V1}/systemuser/vendor/bysystem/991825827_smartcloud`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(wrongScope.status()).toBe(403);
  expect(await wrongScope.text()).toBe('');
  expect(wrongScope.headers()['www-authenticate']).toMatch(
    /^Bearer error="insufficient_scope", error_description="The token lacks the scope altinn:authentication\/systemregister\.write/,
  );
});

test('a request id in braces binds as Altinn’s test helper sends it', async ({ request }) => {
  const token = await vendorToken(request, 'altinn:authentication/systemuser.request.read,altinn:authentication/systemuser.request.write');
  const headers = { authorization: `Bearer ${token}` };
  const created = await request.post(`${V1}/systemuser/request/vendor`, {
    headers,
    data: {
      systemId: '991825827_smartcloud',
      partyOrgNo: '314248295',
      externalRef: `e2e-braces-${Date.now()}`,
      rights: [{ resource: [{ id: 'urn:altinn:resource', value: 'ske-krav-og-betalinger' }] }],
    },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  const braces = await request.get(`${V1}/systemuser/request/vendor/%7B${String(id).toUpperCase()}%7D`, { headers });
  expect(braces.status()).toBe(200);
  expect((await braces.json()).id).toBe(id);
});
