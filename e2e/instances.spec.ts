import { randomBytes, randomUUID } from 'node:crypto';

import { expect, test } from '@playwright/test';

import { createPostgresDatabase } from '../test/support/postgres';
import { freePort, type ServerProcess, startServer } from '../test/support/server-process';

// Several sandboxes on one PostgreSQL behave as one: two real server processes (one of them WORKERS=2, so three
// server processes in all) started at once on a fresh database, with requests split across them.

const API = '/authentication/api/v1';
const SYSTEM_ID = '991825827_smartcloud';
const ORG = '314248295';
const PARTY_ID = 50001003;
const VENDOR_SCOPES = 'altinn:authentication/systemuser.request.write,altinn:authentication/systemuser.request.read';

test.skip(!process.env.TEST_DATABASE_URL, 'needs PostgreSQL (TEST_DATABASE_URL)');
test.describe.configure({ timeout: 300_000 });

let servers: ServerProcess[] = [];
let drop: (() => Promise<void>) | undefined;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const database = await createPostgresDatabase();
  drop = database.drop;
  // Both start at once on the empty database: migrations, seed and the first signing key happen once.
  // One sandbox behind a reverse proxy: one PUBLIC_URL (the token issuer) for every instance.
  const ports = [await freePort(), await freePort()];
  const env = { DATABASE_URL: database.url, PUBLIC_URL: `http://localhost:${ports[0]}` };
  servers = await Promise.all([
    startServer({ env: { ...env, WORKERS: '2' }, port: ports[0], timeoutMs: 240_000 }),
    startServer({ env, port: ports[1], timeoutMs: 240_000 }),
  ]);
});

test.afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await drop?.();
});

async function token(server: ServerProcess, path: string): Promise<string> {
  const response = await fetch(`${server.baseUrl}/testtools/api/${path}`);
  expect(response.status).toBe(200);
  return response.text();
}

test("the instances publish the same single signing key, and accept each other's tokens", async () => {
  const sets = await Promise.all(servers.map(async (server) => (await fetch(`${server.baseUrl}/maskinporten/jwk`)).json()));
  expect(sets[0].keys).toHaveLength(1);
  expect(sets[1]).toEqual(sets[0]);
  const vendor = await token(servers[0], `GetEnterpriseToken?orgNo=991825827&scopes=${VENDOR_SCOPES}`);
  // Accepted (not 401): an unknown request is a 404 AUTH-00010.
  const answer = await fetch(`${servers[1].baseUrl}${API}/systemuser/request/vendor/${randomUUID()}`, {
    headers: { authorization: `Bearer ${vendor}` },
  });
  expect(answer.status).toBe(404);
});

test('20-way races split across the instances give one request and one system user', async () => {
  const vendor = { authorization: `Bearer ${await token(servers[0], `GetEnterpriseToken?orgNo=991825827&scopes=${VENDOR_SCOPES}`)}` };
  const person = { authorization: `Bearer ${await token(servers[1], 'GetPersonalToken?pid=12858540036&scopes=altinn:portal/enduser')}` };
  const externalRef = `race-${randomBytes(4).toString('hex')}`;
  const body = JSON.stringify({
    externalRef,
    systemId: SYSTEM_ID,
    partyOrgNo: ORG,
    rights: [{ resource: [{ id: 'urn:altinn:resource', value: 'ske-krav-og-betalinger' }] }],
  });
  const created = await Promise.all(
    Array.from({ length: 20 }, async (_, i) => {
      const response = await fetch(`${servers[i % 2].baseUrl}${API}/systemuser/request/vendor`, {
        method: 'POST',
        headers: { ...vendor, 'content-type': 'application/json' },
        body,
      });
      return { status: response.status, id: ((await response.json()) as { id: string }).id };
    }),
  );
  expect(created.filter((c) => c.status === 201)).toHaveLength(1);
  expect(created.every((c) => c.status === 201 || c.status === 200)).toBe(true);
  const ids = new Set(created.map((c) => c.id));
  expect(ids.size).toBe(1);
  const [id] = ids;

  const approvals = await Promise.all(
    Array.from({ length: 20 }, async (_, i) => {
      const response = await fetch(`${servers[i % 2].baseUrl}${API}/systemuser/request/${PARTY_ID}/${id}/approve`, {
        method: 'POST',
        headers: person,
      });
      await response.body?.cancel();
      return response.status;
    }),
  );
  expect(approvals.filter((status) => status === 200).length).toBeGreaterThanOrEqual(1);
  expect(approvals.every((status) => status < 500)).toBe(true);
  const status = await fetch(`${servers[0].baseUrl}${API}/systemuser/request/vendor/${id}`, { headers: vendor });
  expect(((await status.json()) as { status: string }).status).toBe('Accepted');
  const user = await fetch(
    `${servers[1].baseUrl}${API}/systemuser/vendor/byquery?system-id=${SYSTEM_ID}&orgno=${ORG}&external-ref=${externalRef}`,
    { headers: vendor },
  );
  expect(user.status).toBe(200);
  expect(await user.json()).toMatchObject({ id, externalRef });
});

test('a portal session made on one instance works on the other', async ({ page }) => {
  await page.goto(`${servers[0].baseUrl}/accessmanagement/ui/login?callbackUrl=%2Faccessmanagement%2Fui%2Fsystemuser%2Foverview`);
  await page.getByRole('button', { name: 'Logg inn som Kari Nordmann' }).click();
  await expect(page).toHaveURL(`${servers[0].baseUrl}/accessmanagement/ui/systemuser/overview`);
  // The browser keeps cookies per host name, not per port: the other instance gets the same session cookie.
  await page.goto(`${servers[1].baseUrl}/accessmanagement/ui/systemuser/overview`);
  await expect(page).toHaveURL(`${servers[1].baseUrl}/accessmanagement/ui/systemuser/overview`);
  await expect(page.getByText('Kari Nordmann').first()).toBeVisible();
});
