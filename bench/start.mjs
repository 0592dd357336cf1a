// `npm run bench:start`: how long until the sandbox answers /health, three ways, each against its target.
//   1. clean clone → ready: `git clone` of this checkout's HEAD, `npm ci`, `npm start` (build, migrate, seed);
//   2. a built sandbox on a new data folder (migrate and seed);
//   3. a built sandbox on an existing data folder.
// `--no-clone` leaves out the first (it takes minutes). Times are wall clock, on whatever else the machine does.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const TARGETS = { existing: 2000, fresh: 4000 };

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function answers(url, timeoutMs = 1000) {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })).ok;
  } catch {
    return false;
  }
}

/** CPU milliseconds (user + system, all threads) used so far by a process and its children (Linux /proc). */
function treeCpuMs(pid) {
  let children = [];
  try {
    children = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    // no children
  }
  let ticks = 0;
  for (const id of [pid, ...children]) {
    try {
      const fields = readFileSync(`/proc/${id}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    } catch {
      // gone
    }
  }
  return ticks * 10; // USER_HZ is 100
}

/** Runs `npm start` in `cwd` until /health answers; returns the milliseconds it took, then stops it. */
async function timeStart(cwd, env) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd,
    env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start ended early:\n${output}`);
      if (await answers(`http://127.0.0.1:${port}/health`)) {
        const wall = performance.now() - started;
        cpu.push(treeCpuMs(child.pid));
        // /health needs no Prisma; the first request that does starts its query engine (lib/db.ts). Reported,
        // so that a start made faster by leaving work to the first request shows it.
        if (!(await answers(`http://127.0.0.1:${port}/sandbox/api/v1/clock`, 60_000)))
          throw new Error(`GET /sandbox/api/v1/clock failed:\n${output}`);
        firstQuery.push(performance.now() - started);
        return wall;
      }
      if (performance.now() - started > 600_000) throw new Error(`not ready after 10 minutes:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

function line(name, ms, target, cpuMs) {
  const verdict =
    target === undefined
      ? 'reported (no target)'
      : ms <= target
        ? `met (target ≤ ${target / 1000} s)`
        : `MISSED (target ≤ ${target / 1000} s)`;
  const cpuText = cpuMs === undefined ? '' : `   (CPU ${(cpuMs / 1000).toFixed(2)} s)`;
  console.log(`${name.padEnd(38)} ${(ms / 1000).toFixed(2).padStart(7)} s   ${verdict}${cpuText}`);
}

const results = [];
const cleanups = [];
const cpu = []; // CPU ms of the npm start processes until /health answered, one per timeStart
const firstQuery = []; // ms from the start until GET /sandbox/api/v1/clock (a Prisma query) answered, after /health
try {
  if (!process.argv.includes('--no-clone')) {
    const clone = mkdtempSync(path.join(tmpdir(), 'sandbox-bench-clone-'));
    cleanups.push(() => rmSync(clone, { recursive: true, force: true }));
    const started = performance.now();
    execFileSync('git', ['clone', '--quiet', root, clone], { stdio: 'inherit' });
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: clone, stdio: 'inherit' });
    const installed = performance.now() - started;
    const ready = await timeStart(clone, { DATA_DIR: path.join(clone, '.data') });
    results.push(['clean clone: git clone + npm ci', installed]);
    results.push(['clean clone: first npm start (build)', ready]);
    results.push(['clean clone → ready', installed + ready]);
  }
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sandbox-bench-start-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  results.push(['built, new data folder', await timeStart(root, { DATA_DIR: dataDir }), TARGETS.fresh, cpu.at(-1)]);
  results.push(['  then a first Prisma query answered', firstQuery.at(-1)]);
  results.push(['built, existing data folder', await timeStart(root, { DATA_DIR: dataDir }), TARGETS.existing, cpu.at(-1)]);
  results.push(['  then a first Prisma query answered', firstQuery.at(-1)]);
} finally {
  for (const cleanup of cleanups) cleanup();
}
console.log('\nStartup (wall clock until GET /health answers 200; CPU of the npm start processes until then):');
for (const [name, ms, target, cpuMs] of results) line(name, ms, target, cpuMs);
