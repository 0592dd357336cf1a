// `npm run bench`: builds and starts the production server, loads 100 000 system users, and drives each
// scenario from this (second) process with autocannon at concurrency 1, 16 and 64, on the embedded database
// and, when BENCH_DATABASE_URL is set, on PostgreSQL. Prints a table per database and writes bench/results.json.
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import autocannon from 'autocannon';
import { importJWK, type JWK, SignJWT } from 'jose';
import pg from 'pg';

import { smartcloudKey } from '../lib/seed/vendor-keys';
import { cpuMsByName, processCpuMs, processTreeRss, type ServerProcess, startServer } from '../test/support/server-process';
import { BENCH_OWNER_ORG, BENCH_SYSTEM_ID, loadSystemUsers } from './load-system-users';

const root = path.resolve(import.meta.dirname, '..');
const SYSTEM_USERS = Number(process.env.BENCH_SYSTEM_USERS ?? 100_000);
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 300);
const LEVELS = (process.env.BENCH_CONCURRENCY ?? '1,16,64').split(',').map(Number);
// Only these scenarios (comma-separated names, e.g. "confirm page"), besides the baseline; all when unset.
const ONLY = process.env.BENCH_SCENARIOS?.split(',').map((name) => name.trim());
const API = '/authentication/api/v1';
const VENDOR_SCOPES = [
  'altinn:authentication/systemuser.request.write',
  'altinn:authentication/systemuser.request.read',
  'altinn:authentication/systemregister.write',
].join(',');

interface Row {
  scenario: string;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU time per request: the server process (all its threads), and PostgreSQL's processes (PostgreSQL only). */
  serverCpuMs: number;
  postgresCpuMs?: number;
  ratioToBaseline?: number;
}

interface DatabaseResult {
  database: string;
  rows: Row[];
  /** The Next.js server process alone, and with the `npm start` wrapper that started it. */
  peakRssMb: { server: number; tree: number };
  soak?: { seconds: number; requests: number; status5xx: number; errors: number; rssMb: number[] };
}

/** Peak resident memory of the server process and of its whole tree, sampled every 100 ms while the bench runs. */
function rssSampler(server: ServerProcess) {
  let serverPeak = 0;
  let tree = 0;
  const timer = setInterval(() => {
    const { total, largest } = processTreeRss(server.child.pid!);
    serverPeak = Math.max(serverPeak, largest);
    tree = Math.max(tree, total);
  }, 100);
  return { peak: () => ({ server: serverPeak, tree }), stop: () => clearInterval(timer) };
}

const megabytes = (bytes: number) => Math.round(bytes / 2 ** 20);

async function getText(url: string, init?: RequestInit): Promise<string> {
  const response = await fetch(url, init);
  const text = await response.text();
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${url}: ${response.status} ${text.slice(0, 300)}`);
  return text;
}

function requestBody(externalRef: string): string {
  return JSON.stringify({
    externalRef,
    systemId: BENCH_SYSTEM_ID,
    partyOrgNo: BENCH_OWNER_ORG,
    rights: [{ resource: [{ id: 'urn:altinn:resource', value: 'ske-krav-og-betalinger' }] }],
    redirectUrl: 'https://smartcloudxxxx/receipt',
  });
}

/** Logs Kari Nordmann in through the test-ID provider and returns the session cookie header. */
async function sessionCookie(baseUrl: string, pid: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const login = await fetch(`${baseUrl}/api/auth/callback/testid`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, pid, json: 'true' }),
  });
  const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]);
  if (!cookies.some((c) => c.includes('session-token'))) throw new Error(`login failed: ${login.status}`);
  return [csrfCookie, ...cookies].join('; ');
}

/** Grants signed as SmartCloud's own code would sign them; each may be used once and only for ~10 s. */
async function signGrants(baseUrl: string, count: number): Promise<string[]> {
  const key = await importJWK(smartcloudKey.privateJwk as JWK, 'RS256');
  const grants: string[] = [];
  for (let i = 0; i < count; i++) {
    grants.push(
      await new SignJWT({ scope: 'altinn:authentication/systemuser.request.read' })
        .setProtectedHeader({ alg: 'RS256', kid: smartcloudKey.kid })
        .setIssuer(smartcloudKey.clientId)
        .setAudience(`${baseUrl}/maskinporten/`)
        .setIssuedAt()
        .setExpirationTime('60s')
        .setJti(randomUUID())
        .sign(key),
    );
  }
  return grants;
}

interface Scenario {
  name: string;
  /** Builds the autocannon options for one run; may prepare data first. */
  options(connections: number, seconds: number): Promise<autocannon.Options>;
  /** Runs in rounds of fresh inputs (the token grant: each grant is single-use and short-lived). */
  rounds?: boolean;
}

const measure = (options: autocannon.Options): Promise<autocannon.Result> => autocannon(options);

/** The server's process (the largest of its tree) and what it and PostgreSQL have used of the CPU so far. */
function cpuMeter(server: ServerProcess, postgres: boolean) {
  const read = () => ({
    server: serverPids(server).reduce((sum, pid) => sum + processCpuMs(pid), 0),
    postgres: postgres ? cpuMsByName('postgres') : 0,
  });
  return {
    start() {
      const before = read();
      return (requests: number) => {
        const after = read();
        const per = (ms: number) => Number((ms / Math.max(requests, 1)).toFixed(2));
        return {
          serverCpuMs: per(after.server - before.server),
          ...(postgres ? { postgresCpuMs: per(after.postgres - before.postgres) } : {}),
        };
      };
    },
  };
}

/** The server processes: the children of `npm start` (one per WORKERS), or the largest process if none. */
function serverPids(server: ServerProcess): number[] {
  try {
    const children = execFileSync('pgrep', ['-P', String(server.child.pid)], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(Number);
    if (children.length) return children;
  } catch {
    // pgrep found none
  }
  return [processTreeRss(server.child.pid!).largestPid];
}

function toRow(scenario: string, connections: number, results: autocannon.Result[], cpu: Pick<Row, 'serverCpuMs' | 'postgresCpuMs'>): Row {
  const seconds = results.reduce((sum, r) => sum + r.duration, 0);
  const total = results.reduce((sum, r) => sum + r.requests.total, 0);
  return {
    scenario,
    connections,
    requestsPerSecond: Math.round(total / seconds),
    // Rounds are short runs of one scenario: the median run's p50 and the worst run's p99.
    p50: results.map((r) => r.latency.p50).sort((a, b) => a - b)[Math.floor(results.length / 2)],
    p99: Math.max(...results.map((r) => r.latency.p99)),
    errors: results.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0),
    ...cpu,
  };
}

async function runScenario(scenario: Scenario, connections: number, seconds: number): Promise<autocannon.Result[]> {
  if (!scenario.rounds) return [await measure(await scenario.options(connections, seconds))];
  const results: autocannon.Result[] = [];
  let elapsed = 0;
  while (elapsed < seconds) {
    const result = await measure(await scenario.options(connections, seconds));
    results.push(result);
    elapsed += result.duration;
  }
  return results;
}

async function benchDatabase(label: string, env: Record<string, string>, load: () => Promise<void>): Promise<DatabaseResult> {
  const onPostgres = Boolean(env.DATABASE_URL);
  console.log(`\n== ${label} ==`);
  await load();
  const server = await startServer({ env, port: process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined });
  const rss = rssSampler(server);
  const base = server.baseUrl;
  try {
    const vendorToken = await getText(`${base}/testtools/api/GetEnterpriseToken?orgNo=991825827&scopes=${VENDOR_SCOPES}&ttl=7200`);
    const auth = { authorization: `Bearer ${vendorToken}` };
    const json = { ...auth, 'content-type': 'application/json' };

    // A request to read and to render, created once.
    const created = JSON.parse(
      await getText(`${base}${API}/systemuser/request/vendor`, {
        method: 'POST',
        headers: json,
        body: requestBody(`bench-read-${randomBytes(4).toString('hex')}`),
      }),
    ) as { id: string };

    // The deep page: follow links.next most of the way through the 100 000 system users.
    const firstPage = `${base}${API}/systemuser/vendor/bysystem/${BENCH_SYSTEM_ID}`;
    let deepPage = firstPage;
    const depth = Math.floor((SYSTEM_USERS * 0.9) / 50);
    for (let page = 0; page < depth; page++) {
      const body = JSON.parse(await getText(deepPage, { headers: auth })) as { links: { next?: string } };
      if (!body.links.next) break;
      deepPage = new URL(body.links.next, base).toString();
    }
    console.log(`deep page after ${depth} pages: ${deepPage.replace(base, '')}`);

    const cookie = await sessionCookie(base, '12858540036');

    const scenarios: Scenario[] = [
      { name: 'jwks (baseline)', options: async (c, d) => ({ url: `${base}/maskinporten/jwk`, connections: c, duration: d }) },
      {
        name: 'create request',
        options: async (c, d) => ({
          url: `${base}${API}/systemuser/request/vendor`,
          connections: c,
          duration: d,
          method: 'POST',
          headers: json,
          requests: [{ setupRequest: (request) => ({ ...request, body: requestBody(`bench-${randomUUID()}`) }) }],
        }),
      },
      {
        name: 'get request',
        options: async (c, d) => ({
          url: `${base}${API}/systemuser/request/vendor/${created.id}`,
          connections: c,
          duration: d,
          headers: auth,
        }),
      },
      { name: 'bysystem first page', options: async (c, d) => ({ url: firstPage, connections: c, duration: d, headers: auth }) },
      { name: 'bysystem deep page', options: async (c, d) => ({ url: deepPage, connections: c, duration: d, headers: auth }) },
      {
        name: 'token grant',
        rounds: true,
        options: async (c) => {
          const grants = await signGrants(base, Math.max(200, c * 20));
          let next = 0;
          return {
            url: `${base}/maskinporten/token`,
            connections: c,
            amount: grants.length,
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            requests: [
              {
                setupRequest: (request) => ({
                  ...request,
                  body: new URLSearchParams({
                    grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
                    assertion: grants[next++ % grants.length],
                  }).toString(),
                }),
              },
            ],
          };
        },
      },
      {
        name: 'confirm page',
        options: async (c, d) => ({
          url: `${base}/accessmanagement/ui/systemuser/request?id=${created.id}&DONTCHOOSEREPORTEE=true`,
          connections: c,
          duration: d,
          headers: { cookie },
        }),
      },
    ];

    const rows: Row[] = [];
    const meter = cpuMeter(server, onPostgres);
    for (const scenario of scenarios.filter((s) => !ONLY || s.name === 'jwks (baseline)' || ONLY.includes(s.name))) {
      await runScenario(scenario, 16, WARMUP);
      for (const connections of LEVELS) {
        const stop = meter.start();
        const results = await runScenario(scenario, connections, DURATION);
        const row = toRow(scenario.name, connections, results, stop(results.reduce((sum, r) => sum + r.requests.total, 0)));
        rows.push(row);
        const cpu = `cpu/req ${row.serverCpuMs} ms${row.postgresCpuMs === undefined ? '' : ` + postgres ${row.postgresCpuMs} ms`}`;
        console.log(
          `${scenario.name.padEnd(22)} c=${String(connections).padStart(2)}  ${String(row.requestsPerSecond).padStart(6)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  errors ${row.errors}  ${cpu}`,
        );
      }
    }
    for (const row of rows) {
      const baseline = rows.find((r) => r.scenario === 'jwks (baseline)' && r.connections === row.connections);
      if (baseline) row.ratioToBaseline = Number((row.requestsPerSecond / baseline.requestsPerSecond).toFixed(2));
    }

    const soak = SOAK_SECONDS > 0 ? await soakRun(server, base, json, auth, created.id, firstPage) : undefined;
    const peak = rss.peak();
    return { database: label, rows, peakRssMb: { server: megabytes(peak.server), tree: megabytes(peak.tree) }, soak };
  } finally {
    rss.stop();
    await server.stop();
  }
}

/** Mixed load for SOAK_SECONDS: creates, reads, lists and JWKS at once; counts 5xx and samples memory. */
async function soakRun(
  server: ServerProcess,
  base: string,
  json: Record<string, string>,
  auth: Record<string, string>,
  id: string,
  firstPage: string,
) {
  console.log(`soak: ${SOAK_SECONDS} s of mixed load`);
  let status5xx = 0;
  const onResponse = (status: number) => {
    if (status >= 500) status5xx++;
  };
  const rssMb: number[] = [];
  const sampler = setInterval(() => rssMb.push(megabytes(processTreeRss(server.child.pid!).largest)), 10_000);
  const common = { connections: 4, duration: SOAK_SECONDS };
  const results = await Promise.all([
    autocannon({
      ...common,
      url: `${base}${API}/systemuser/request/vendor`,
      method: 'POST',
      headers: json,
      requests: [{ setupRequest: (r) => ({ ...r, body: requestBody(`soak-${randomUUID()}`) }), onResponse }],
    }),
    autocannon({ ...common, url: `${base}${API}/systemuser/request/vendor/${id}`, headers: auth, requests: [{ onResponse }] }),
    autocannon({ ...common, url: firstPage, headers: auth, requests: [{ onResponse }] }),
    autocannon({ ...common, url: `${base}/maskinporten/jwk`, requests: [{ onResponse }] }),
  ]);
  clearInterval(sampler);
  const requests = results.reduce((sum, r) => sum + r.requests.total, 0);
  const errors = results.reduce((sum, r) => sum + r.errors + r.timeouts, 0);
  console.log(`soak: ${requests} requests, ${status5xx} 5xx, ${errors} errors, RSS MB every 10 s: ${rssMb.join(' ')}`);
  return { seconds: SOAK_SECONDS, requests, status5xx, errors, rssMb };
}

/** The issue's targets, read off one database's rows: each line says the measured value and whether it is met. */
function targets(result: DatabaseResult): string[] {
  const at = (scenario: string, c: number) => result.rows.find((r) => r.scenario === scenario && r.connections === c);
  const postgres = result.database.startsWith('PostgreSQL');
  const verdict = (ok: boolean) => (ok ? 'met' : 'missed');
  const lines: string[] = [];
  const create = at('create request', 16);
  if (create?.ratioToBaseline !== undefined) {
    lines.push(
      postgres
        ? `create at c=16: ${create.ratioToBaseline} × baseline (target ≥ 0.5 on PostgreSQL): ${verdict(create.ratioToBaseline >= 0.5)}`
        : `create at c=16: ${create.ratioToBaseline} × baseline (no target on PGlite)`,
    );
  }
  const slow = result.rows.filter((r) => r.connections === 16 && r.p99 >= 50).map((r) => `${r.scenario} ${r.p99} ms`);
  if (result.rows.some((r) => r.connections === 16)) {
    lines.push(`p99 at c=16 under 50 ms: ${slow.length ? `missed by ${slow.join(', ')}` : 'met by every scenario'}`);
  }
  const confirm = at('confirm page', 16);
  if (confirm)
    lines.push(`confirm page server CPU ${confirm.serverCpuMs} ms per render at c=16 (target ≤ 5): ${verdict(confirm.serverCpuMs <= 5)}`);
  const first = at('bysystem first page', 16);
  const get = at('get request', 16);
  if (first && get) {
    lines.push(
      `first page of ${SYSTEM_USERS} system users: ${first.serverCpuMs} ms server CPU vs get by id ${get.serverCpuMs} ms at c=16 (target ≤ get by id): ${verdict(first.serverCpuMs <= get.serverCpuMs)}`,
    );
  }
  const deep = at('bysystem deep page', 16);
  if (first && deep) {
    const cost = Number((first.requestsPerSecond / deep.requestsPerSecond).toFixed(2));
    lines.push(`deep page costs ${cost} × the first page at c=16 (target ≤ 1.5): ${verdict(cost <= 1.5)}`);
  }
  const rss = result.peakRssMb.server;
  const limit = postgres ? 250 : 300;
  lines.push(`peak server RSS ${rss} MB (target < ${limit} on ${postgres ? 'PostgreSQL' : 'PGlite'}): ${verdict(rss < limit)}`);
  return lines;
}

function printTable(result: DatabaseResult): string {
  const lines = [
    `### ${result.database}: peak RSS ${result.peakRssMb.server} MB (server), ${result.peakRssMb.tree} MB (with the npm start wrapper)`,
    '',
    '| scenario | c | req/s | p50 ms | p99 ms | errors | × baseline | server CPU ms/req | PostgreSQL CPU ms/req |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...result.rows.map(
      (r) =>
        `| ${r.scenario} | ${r.connections} | ${r.requestsPerSecond} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.ratioToBaseline ?? ''} | ${r.serverCpuMs} | ${r.postgresCpuMs ?? '–'} |`,
    ),
  ];
  lines.push('', ...targets(result).map((line) => `- ${line}`));
  if (result.soak) {
    lines.push(
      '',
      `Soak ${result.soak.seconds} s: ${result.soak.requests} requests, ${result.soak.status5xx} 5xx, server RSS (MB, every 10 s): ${result.soak.rssMb.join(' ')}`,
    );
  }
  return lines.join('\n');
}

async function main() {
  const { build } = (await import(path.join(root, 'scripts/build.mjs'))) as { build: () => Promise<void> };
  await build();
  const results: DatabaseResult[] = [];

  const dataDir = path.join(root, 'bench/.data');
  mkdirSync(dataDir, { recursive: true });
  results.push(
    await benchDatabase('PGlite (embedded)', { DATA_DIR: dataDir }, async () => {
      await loadSystemUsers({ dataDir, count: SYSTEM_USERS, progress: true });
    }),
  );

  const admin = process.env.BENCH_DATABASE_URL;
  if (admin) {
    const name = `sandbox_bench_${randomBytes(4).toString('hex')}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`CREATE DATABASE "${name}"`);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    try {
      results.push(
        await benchDatabase('PostgreSQL, WORKERS=1', { DATABASE_URL: url.toString() }, async () => {
          await loadSystemUsers({ url: url.toString(), count: SYSTEM_USERS, progress: true });
        }),
      );
      // The same database again, served by two server processes on one port.
      results.push(await benchDatabase('PostgreSQL, WORKERS=2', { DATABASE_URL: url.toString(), WORKERS: '2' }, async () => undefined));
    } finally {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    }
  }

  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  console.log(`\nMachine: ${machine}; ${DURATION} s per run after ${WARMUP} s warm-up; ${SYSTEM_USERS} system users\n`);
  for (const result of results) console.log(printTable(result) + '\n');
  writeFileSync(
    path.join(root, 'bench/results.json'),
    JSON.stringify({ date: new Date().toISOString(), machine, duration: DURATION, systemUsers: SYSTEM_USERS, results }, null, 2),
  );
}

await main();
process.exit(0);
