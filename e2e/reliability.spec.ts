import { randomBytes } from 'node:crypto';

import { expect, test } from '@playwright/test';

import { startServer } from '../test/support/server-process';
import { freshStores, tokens, waitFor } from './server-support';

// Nothing acknowledged is lost or doubled when the server is killed mid-load (kill -9), on the embedded
// database and on PostgreSQL.

const API = '/authentication/api/v1';
const SYSTEM_ID = '991825827_smartcloud';
const ORG = '314248295';
const PARTY_ID = 50001003; // Bakeri Smått og Godt AS in the default data
const VENDOR_SCOPES = 'altinn:authentication/systemuser.request.write,altinn:authentication/systemuser.request.read';

const stores = freshStores('sandbox-crash');

function createBody(externalRef: string) {
  return JSON.stringify({
    externalRef,
    systemId: SYSTEM_ID,
    partyOrgNo: ORG,
    rights: [{ resource: [{ id: 'urn:altinn:resource', value: 'ske-krav-og-betalinger' }] }],
  });
}

for (const [kind, makeStore] of Object.entries(stores)) {
  test.describe(`after kill -9 on ${kind}`, () => {
    test.setTimeout(300_000);

    test('every request answered 201 is there, exactly once', async () => {
      const store = await makeStore();
      try {
        let server = await startServer({ env: store.env });
        const { vendor } = await tokens(server, VENDOR_SCOPES);
        const headers = { ...vendor, 'content-type': 'application/json' };
        const acknowledged = new Map<string, string>(); // externalRef → id
        const run = randomBytes(3).toString('hex');
        let crashed = false;
        // Eight connections keep creating until the server dies under them.
        const writers = Array.from({ length: 8 }, async (_, w) => {
          for (let i = 0; !crashed; i++) {
            const externalRef = `crash-${run}-${w}-${i}`;
            try {
              const response = await fetch(`${server.baseUrl}${API}/systemuser/request/vendor`, {
                method: 'POST',
                headers,
                body: createBody(externalRef),
              });
              if (response.status === 201) acknowledged.set(externalRef, ((await response.json()) as { id: string }).id);
              else await response.body?.cancel();
            } catch {
              return; // the connection died with the server
            }
          }
        });
        await waitFor(() => acknowledged.size >= 60, '60 acknowledged creates');
        await server.crash();
        crashed = true;
        await Promise.all(writers);

        server = await startServer({ env: store.env });
        try {
          const again = await tokens(server, VENDOR_SCOPES);
          for (const [externalRef, id] of acknowledged) {
            const byRef = await fetch(
              `${server.baseUrl}${API}/systemuser/request/vendor/byexternalref/${SYSTEM_ID}/${ORG}/${externalRef}`,
              { headers: again.vendor },
            );
            expect(byRef.status, externalRef).toBe(200);
            expect(((await byRef.json()) as { id: string }).id).toBe(id);
          }
          // Re-posting any of them finds the stored one: no second request was made for the same triple.
          const [externalRef, id] = [...acknowledged][0];
          const repost = await fetch(`${server.baseUrl}${API}/systemuser/request/vendor`, {
            method: 'POST',
            headers: { ...again.vendor, 'content-type': 'application/json' },
            body: createBody(externalRef),
          });
          expect(repost.status).toBe(200);
          expect(((await repost.json()) as { id: string }).id).toBe(id);
          console.log(`${kind}: ${acknowledged.size} creates acknowledged before kill -9, all found once after restart`);
        } finally {
          await server.stop();
        }
      } finally {
        await store.cleanup();
      }
    });

    test('no request is Accepted without its system user, and no system user exists without its Accepted request', async () => {
      const store = await makeStore();
      try {
        let server = await startServer({ env: store.env });
        const { vendor, person } = await tokens(server, VENDOR_SCOPES);
        const run = randomBytes(3).toString('hex');
        const requests: { id: string; externalRef: string }[] = [];
        for (let i = 0; i < 120; i++) {
          const externalRef = `approve-${run}-${i}`;
          const response = await fetch(`${server.baseUrl}${API}/systemuser/request/vendor`, {
            method: 'POST',
            headers: { ...vendor, 'content-type': 'application/json' },
            body: createBody(externalRef),
          });
          expect(response.status).toBe(201);
          requests.push({ id: ((await response.json()) as { id: string }).id, externalRef });
        }
        let approved = 0;
        let crashed = false;
        const queue = [...requests];
        const approvers = Array.from({ length: 6 }, async () => {
          while (!crashed && queue.length) {
            const { id } = queue.shift()!;
            try {
              const response = await fetch(`${server.baseUrl}${API}/systemuser/request/${PARTY_ID}/${id}/approve`, {
                method: 'POST',
                headers: person,
              });
              if (response.status === 200) approved++;
              await response.body?.cancel();
            } catch {
              return;
            }
          }
        });
        await waitFor(() => approved >= 30 || queue.length === 0, '30 answered approvals');
        expect(approved).toBeGreaterThanOrEqual(30);
        await server.crash();
        crashed = true;
        await Promise.all(approvers);

        server = await startServer({ env: store.env });
        try {
          const again = await tokens(server, VENDOR_SCOPES);
          let accepted = 0;
          for (const { id, externalRef } of requests) {
            const request = (await (
              await fetch(`${server.baseUrl}${API}/systemuser/request/vendor/${id}`, { headers: again.vendor })
            ).json()) as { status: string };
            const user = await fetch(
              `${server.baseUrl}${API}/systemuser/vendor/byquery?system-id=${SYSTEM_ID}&orgno=${ORG}&external-ref=${externalRef}`,
              { headers: again.vendor },
            );
            const hasUser = user.status === 200;
            if (hasUser) expect(((await user.json()) as { id: string }).id).toBe(id);
            else await user.body?.cancel();
            expect(hasUser, `request ${id} is ${request.status}`).toBe(request.status === 'Accepted');
            if (hasUser) accepted++;
          }
          expect(accepted).toBeGreaterThanOrEqual(approved);
          console.log(`${kind}: ${approved} approvals answered 200 before kill -9; ${accepted} Accepted with a system user after restart`);
        } finally {
          await server.stop();
        }
      } finally {
        await store.cleanup();
      }
    });
  });
}
