import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';

import { expect, test } from '@playwright/test';

import { startServer } from '../test/support/server-process';
import { freshStores, text, tokens, waitFor } from './server-support';

// A webhook delivery survives kill -9 between the approval and its delivery (the outbox is written in the
// approval's transaction), on the embedded database and on PostgreSQL, with the real server process.

const API = '/authentication/api/v1';
const SYSTEM_ID = '991825827_smartcloud';
const ORG = '314248295';
const PARTY_ID = 50001003; // Bakeri Smått og Godt AS in the default data
const VENDOR_SCOPES = [
  'altinn:authentication/systemuser.request.write',
  'altinn:authentication/systemuser.request.read',
  'altinn:authentication/systemregister.write',
].join(',');

const stores = freshStores('sandbox-webhook');

interface Delivery {
  type: string;
  requestId?: string;
  attempt: string;
  signed: boolean;
}

for (const [kind, makeStore] of Object.entries(stores)) {
  test(`webhooks on ${kind}: kill -9 between the approval and its delivery still delivers it, signed and in order`, async () => {
    test.setTimeout(300_000);
    const store = await makeStore();
    const secret = randomBytes(16).toString('hex');
    const delivered: Delivery[] = [];
    const hanging: ServerResponse[] = [];
    let acceptedSeen = 0;
    // The receiver holds the first delivery of the acceptance without answering: the server is killed then.
    const receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const event = JSON.parse(body) as { type: string; requestId?: string };
        const signed = req.headers['x-sandbox-signature'] === `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
        if (event.type === 'request.accepted' && acceptedSeen++ === 0) {
          hanging.push(res);
          return;
        }
        delivered.push({
          type: event.type,
          requestId: event.requestId,
          attempt: String(req.headers['x-sandbox-delivery-attempt']),
          signed,
        });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const hookUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hook`;
    try {
      let server = await startServer({ env: store.env });
      const { vendor, person } = await tokens(server, VENDOR_SCOPES);
      const json = { ...vendor, 'content-type': 'application/json' };
      await text(
        await fetch(`${server.baseUrl}/sandbox/api/v1/webhooks`, {
          method: 'POST',
          headers: json,
          body: JSON.stringify({ systemId: SYSTEM_ID, url: hookUrl, secret }),
        }),
      );
      const created = await fetch(`${server.baseUrl}${API}/systemuser/request/vendor`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({
          externalRef: `webhook-${randomBytes(3).toString('hex')}`,
          systemId: SYSTEM_ID,
          partyOrgNo: ORG,
          rights: [{ resource: [{ id: 'urn:altinn:resource', value: 'ske-krav-og-betalinger' }] }],
        }),
      });
      expect(created.status).toBe(201);
      const id = ((await created.json()) as { id: string }).id;
      await waitFor(() => delivered.some((d) => d.type === 'request.created' && d.requestId === id), 'request.created');
      const approved = await fetch(`${server.baseUrl}${API}/systemuser/request/${PARTY_ID}/${id}/approve`, {
        method: 'POST',
        headers: person,
      });
      expect(approved.status).toBe(200);
      await waitFor(() => hanging.length > 0, 'the first delivery of request.accepted');
      await server.crash();
      for (const res of hanging) res.destroy();
      expect(delivered.map((d) => d.type)).toEqual(['request.created']);

      server = await startServer({ env: store.env });
      try {
        // The dead process's lease runs out (15 s), then the restarted one delivers.
        await waitFor(() => delivered.length >= 3, 'the deliveries after restart', 90_000);
        expect(delivered.map((d) => [d.type, d.requestId, d.signed])).toEqual([
          ['request.created', id, true],
          ['request.accepted', id, true],
          ['systemuser.created', id, true],
        ]);
        expect(Number(delivered[1].attempt)).toBeGreaterThanOrEqual(2);
        console.log(`${kind}: request.accepted delivered after kill -9 on attempt ${delivered[1].attempt}`);

        // The same events as a stream through the production server, replayed from the start.
        const again = await tokens(server, VENDOR_SCOPES);
        const abort = new AbortController();
        const stream = await fetch(`${server.baseUrl}/sandbox/api/v1/events?systemId=${SYSTEM_ID}`, {
          headers: { ...again.vendor, 'last-event-id': '0', accept: 'text/event-stream' },
          signal: abort.signal,
        });
        expect(stream.status).toBe(200);
        const reader = stream.body!.getReader();
        const decoder = new TextDecoder();
        let buffer = '';
        const deadline = Date.now() + 30_000;
        while ((buffer.match(/^event: /gm) ?? []).length < 3 && Date.now() < deadline) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
        }
        abort.abort();
        expect([...buffer.matchAll(/^event: (.+)$/gm)].map((m) => m[1])).toEqual([
          'request.created',
          'request.accepted',
          'systemuser.created',
        ]);
      } finally {
        await server.stop();
      }
    } finally {
      receiver.closeAllConnections();
      await new Promise((resolve) => receiver.close(resolve));
      await store.cleanup();
    }
  });
}
