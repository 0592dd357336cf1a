// `npm run bench:webhooks`: how soon after an approval its webhook arrives. Starts the production server (on
// the embedded database, and on PostgreSQL when BENCH_DATABASE_URL is set), subscribes a local receiver to
// SmartCloud's system, then creates and approves BENCH_WEBHOOK_SAMPLES requests one after another and times the
// `request.accepted` delivery from the moment the approval was sent, and from the moment its answer (200) arrived.
// Prints p50/p99/max in ms.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

import pg from 'pg';

import { startServer } from '../test/support/server-process';

const SAMPLES = Number(process.env.BENCH_WEBHOOK_SAMPLES ?? 200);
const API = '/authentication/api/v1';
const SYSTEM_ID = '991825827_smartcloud';
const ORG = '314248295';
const PARTY_ID = 50001003;
const VENDOR_SCOPES = 'altinn:authentication/systemuser.request.write,altinn:authentication/systemregister.write';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function text(response: Response): Promise<string> {
  const body = await response.text();
  if (!response.ok) throw new Error(`${response.url}: ${response.status} ${body.slice(0, 200)}`);
  return body;
}

async function measure(label: string, env: Record<string, string>): Promise<void> {
  const arrived = new Map<string, number>();
  const waiters = new Map<string, () => void>();
  const receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const event = JSON.parse(body) as { type: string; requestId?: string };
      if (event.type === 'request.accepted' && event.requestId) {
        arrived.set(event.requestId, performance.now());
        waiters.get(event.requestId)?.();
      }
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hook`;
  const server = await startServer({ env, timeoutMs: 900_000 });
  try {
    const base = `${server.baseUrl}/testtools/api`;
    const vendor = {
      authorization: `Bearer ${await text(await fetch(`${base}/GetEnterpriseToken?orgNo=991825827&scopes=${VENDOR_SCOPES}&ttl=3600`))}`,
    };
    const person = {
      authorization: `Bearer ${await text(await fetch(`${base}/GetPersonalToken?pid=12858540036&scopes=altinn:portal/enduser&ttl=3600`))}`,
    };
    const json = { ...vendor, 'content-type': 'application/json' };
    await text(
      await fetch(`${server.baseUrl}/sandbox/api/v1/webhooks`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ systemId: SYSTEM_ID, url, secret: 's' }),
      }),
    );
    const run = randomBytes(3).toString('hex');
    const fromAnswer: number[] = [];
    const fromRequest: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const created = await fetch(`${server.baseUrl}${API}/systemuser/request/vendor`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({
          externalRef: `latency-${run}-${i}`,
          systemId: SYSTEM_ID,
          partyOrgNo: ORG,
          rights: [{ resource: [{ id: 'urn:altinn:resource', value: 'ske-krav-og-betalinger' }] }],
        }),
      });
      const { id } = JSON.parse(await text(created)) as { id: string };
      const delivered = new Promise<void>((resolve) => waiters.set(id, resolve));
      const sent = performance.now();
      await text(await fetch(`${server.baseUrl}${API}/systemuser/request/${PARTY_ID}/${id}/approve`, { method: 'POST', headers: person }));
      const answered = performance.now();
      await delivered;
      // Negative when the webhook came in before the approval's own answer was read.
      fromAnswer.push(arrived.get(id)! - answered);
      fromRequest.push(arrived.get(id)! - sent);
      waiters.delete(id);
    }
    const round = (n: number) => Math.round(n * 10) / 10;
    const line = (what: string, values: number[]) => {
      values.sort((a, b) => a - b);
      return `${what}: p50 ${round(percentile(values, 50))} ms, p99 ${round(percentile(values, 99))} ms, max ${round(values.at(-1)!)} ms`;
    };
    console.log(
      `${label}, ${SAMPLES} approvals: webhook ${line('after the approval was sent', fromRequest)}; ${line('after its 200 arrived', fromAnswer)}`,
    );
  } finally {
    await server.stop();
    receiver.closeAllConnections();
    receiver.close();
  }
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-webhooks-'));
try {
  await measure('PGlite', { DATA_DIR: dataDir });
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
const url = process.env.BENCH_DATABASE_URL;
if (url) {
  const name = `bench_webhooks_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const target = new URL(url);
    target.pathname = `/${name}`;
    await measure('PostgreSQL', { DATABASE_URL: target.toString() });
  } finally {
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
  }
}
