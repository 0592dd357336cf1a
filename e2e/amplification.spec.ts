import { expect, request as playwrightRequest, test } from '@playwright/test';

import { processTreeRss, type ServerProcess, startServer } from '../test/support/server-process';
import { freshStores } from './server-support';

// The amplification attack of issue 13, against a real server process under its heap cap: a vendor stores the
// largest values the limits allow, many times over, and then the lists and the overview are loaded
// concurrently. Every answer is a 200 of bounded size, the server stays up, and the inputs over the limits
// (the red team's replay) are refused with 400 and change nothing. It prints the largest response and the
// peak RSS.

const API = '/authentication/api/v1';
const VENDOR = '991825827';
const ORG = '314248295';
const PARTY_ID = 50001003;
const HEAP_MB = 256;
const REQUESTS = 120; // more than two pages of the vendor lists and of the overview
const APPROVED = 60;
const LIMIT = { id: 255, title: 4_000, text: 1_000, url: 2_048, list: 100, languages: 5 };

const pad = (prefix: string, length: number, fill = 'x') => prefix + fill.repeat(length - prefix.length);

async function tokenOf(server: ServerProcess, path: string): Promise<string> {
  const response = await fetch(`${server.baseUrl}/testtools/api/${path}`);
  expect(response.status).toBe(200);
  return response.text();
}

const stores = freshStores('sandbox-amplify');

for (const [kind, makeStore] of Object.entries(stores)) {
  test.describe(`largest allowed values on ${kind}`, () => {
    test.setTimeout(600_000);

    test('lists and the overview stay bounded and the server stays up under the heap cap', async () => {
      const store = await makeStore();
      const server = await startServer({ env: { ...store.env, MAX_HEAP_MB: String(HEAP_MB) } });
      let peakRss = processTreeRss(server.child.pid!).largest;
      const sampler = setInterval(() => {
        peakRss = Math.max(peakRss, processTreeRss(server.child.pid!).largest);
      }, 100);
      try {
        const scopes = [
          'altinn:authentication/systemuser.request.write',
          'altinn:authentication/systemuser.request.read',
          'altinn:authentication/systemregister.write',
        ].join(',');
        const vendor = { authorization: `Bearer ${await tokenOf(server, `GetEnterpriseToken?orgNo=${VENDOR}&scopes=${scopes}&ttl=3600`)}` };
        const kari = { authorization: `Bearer ${await tokenOf(server, 'GetPersonalToken?pid=12858540036&ttl=3600')}` };
        const send = (method: string, url: string, headers: Record<string, string>, body?: string) =>
          fetch(`${server.baseUrl}${url}`, {
            method,
            headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
            body,
          });

        // A system with every field at its limit.
        const systemId = pad(`${VENDOR}_`, LIMIT.id, 'm');
        const languages = ['nb', 'nn', 'en', 'se', 'de'].slice(0, LIMIT.languages);
        const redirectUrls = Array.from({ length: LIMIT.list }, (_, i) => pad(`https://vendor.test/${i}/`, LIMIT.url));
        const system = {
          id: systemId,
          vendor: { ID: `0192:${VENDOR}` },
          name: Object.fromEntries(languages.map((l) => [l, pad(`${l} `, LIMIT.text, 'ø')])),
          description: Object.fromEntries(languages.map((l) => [l, pad(`${l} `, LIMIT.text, 'æ')])),
          rights: [{ resource: [{ id: 'urn:altinn:resource', value: 'ske-krav-og-betalinger' }] }],
          accessPackages: [{ urn: 'urn:altinn:accesspackage:skattegrunnlag' }],
          clientId: Array.from({ length: LIMIT.list }, (_, i) => pad(`amplify-${kind}-${i}-`, LIMIT.id, 'c')),
          allowedRedirectUrls: redirectUrls,
        };
        const registered = await send('POST', `${API}/systemregister/vendor`, vendor, JSON.stringify(system));
        expect(registered.status, await registered.clone().text()).toBe(200);

        // Many requests with the largest title, external ref and redirect URL; half of them approved.
        const ids: string[] = [];
        for (let i = 0; i < REQUESTS; i++) {
          const response = await send(
            'POST',
            `${API}/systemuser/request/vendor`,
            vendor,
            JSON.stringify({
              systemId,
              partyOrgNo: ORG,
              integrationTitle: pad(`${i} `, LIMIT.title, 'å'),
              externalRef: pad(`${i}-`, LIMIT.id, 'r'),
              rights: system.rights,
              accessPackages: system.accessPackages,
              redirectUrl: redirectUrls[i % redirectUrls.length],
            }),
          );
          expect(response.status, await response.clone().text()).toBe(201);
          ids.push((await response.json()).id);
        }
        for (const id of ids.slice(0, APPROVED)) {
          const response = await send('POST', `${API}/systemuser/request/${PARTY_ID}/${id}/approve`, kari);
          expect(response.status, await response.clone().text()).toBe(200);
        }

        // Kari in the portal.
        const portal = await playwrightRequest.newContext({ baseURL: server.baseUrl });
        const { csrfToken } = await (await portal.get('/api/auth/csrf')).json();
        const login = await portal.post('/api/auth/callback/testid', {
          form: { csrfToken, pid: '12858540036', callbackUrl: '/accessmanagement/ui/systemuser/overview', json: 'true' },
          maxRedirects: 0,
        });
        expect([200, 302]).toContain(login.status());

        const encoded = encodeURIComponent(systemId);
        const reads: [string, () => Promise<{ status: number; bytes: number }>][] = [];
        const api = (url: string, headers: Record<string, string>) => async () => {
          const response = await send('GET', url, headers);
          return { status: response.status, bytes: (await response.arrayBuffer()).byteLength };
        };
        const page = (url: string) => async () => {
          const response = await portal.get(url);
          return { status: response.status(), bytes: (await response.body()).byteLength };
        };
        for (let round = 0; round < 3; round++) {
          reads.push(
            [`requests bysystem`, api(`${API}/systemuser/request/vendor/bysystem/${encoded}`, vendor)],
            [`system users bysystem`, api(`${API}/systemuser/vendor/bysystem/${encoded}`, vendor)],
            [`party system users`, api(`${API}/systemuser/${PARTY_ID}`, kari)],
            [`pending`, api(`${API}/systemuser/request/${PARTY_ID}/${ORG}/pending`, kari)],
            [`vendor systems`, api(`${API}/systemregister/vendor`, vendor)],
            [`system`, api(`${API}/systemregister/vendor/${encoded}`, vendor)],
            [`overview`, page('/accessmanagement/ui/systemuser/overview')],
            [`overview page 2`, page('/accessmanagement/ui/systemuser/overview?pending=2&own=2')],
            [`front page`, page('/')],
          );
        }
        const results = await Promise.all(reads.map(async ([name, read]) => ({ name, ...(await read()) })));
        for (const result of results) expect(result.status, result.name).toBe(200);
        const largest = results.reduce((a, b) => (b.bytes > a.bytes ? b : a));
        // page size 50 × (title 4 000 two-byte characters + refs and URL) stays far under what one read may cost
        expect(largest.bytes).toBeLessThan(2_000_000);

        // The overview shows one page of each list, and links to the next.
        const overview = await (await portal.get('/accessmanagement/ui/systemuser/overview')).text();
        expect(overview).toContain('rel="next"');

        // The red team's inputs are refused before the database, and the count of requests does not move.
        const count = async () => {
          let total = 0;
          let next: string | undefined = `${API}/systemuser/request/vendor/bysystem/${encoded}`;
          while (next) {
            const body = (await (await send('GET', next.replace(/^https?:\/\/[^/]+/, ''), vendor)).json()) as {
              data: unknown[];
              links: { next?: string };
            };
            total += body.data.length;
            next = body.links.next;
          }
          return total;
        };
        const before = await count();
        expect(before).toBe(REQUESTS); // the vendor list holds the accepted ones too
        const deep = `${'['.repeat(3_000)}${']'.repeat(3_000)}`;
        const refused: [string, string][] = [
          ['integrationTitle of 950 KB', JSON.stringify({ systemId, partyOrgNo: ORG, integrationTitle: 'x'.repeat(950_000) })],
          ['externalRef of 2 800', JSON.stringify({ systemId, partyOrgNo: ORG, externalRef: 'x'.repeat(2_800) })],
          ['system id of 6 000', JSON.stringify({ systemId: `${VENDOR}_${'x'.repeat(6_000)}`, partyOrgNo: ORG })],
          ['rights 3 000 deep', `{"systemId":"${systemId}","partyOrgNo":"${ORG}","rights":${deep}}`],
          ['unknown field 10 000 deep', `{"systemId":"${systemId}","partyOrgNo":"${ORG}","x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`],
        ];
        for (const [name, body] of refused) {
          const response = await send('POST', `${API}/systemuser/request/vendor`, vendor, body);
          expect(response.status, name).toBe(400);
          expect(response.headers.get('content-type'), name).toContain('application/problem+json');
        }
        for (const url of [`${API}/systemuser/request/vendor/bysystem/abc%zz`, '/accessmanagement/ui/systemuser/%zz']) {
          expect((await fetch(`${server.baseUrl}${url}`)).status, url).toBe(400);
        }
        expect(await count()).toBe(before);
        expect((await fetch(`${server.baseUrl}/health`)).status).toBe(200);
        expect(server.child.exitCode).toBeNull();
        await portal.dispose();

        console.log(
          `amplification on ${kind}: ${results.length} concurrent reads, largest response ${largest.bytes} bytes (${largest.name}), ` +
            `peak server RSS ${Math.round(peakRss / 1024 / 1024)} MB (heap cap ${HEAP_MB} MB); sizes: ` +
            [...new Map(results.map((r) => [r.name, r.bytes])).entries()].map(([n, b]) => `${n} ${b}`).join(', '),
        );
      } finally {
        clearInterval(sampler);
        await server.stop();
        await store.cleanup();
      }
    });
  });
}
