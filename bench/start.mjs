// `npm run bench:start`: how long until the sandbox answers /health, three ways, each against its target.
//   1. clean clone → ready: `git clone` of this checkout's HEAD, `npm ci`, `npm start` (build, migrate, seed);
//   2. a built sandbox on a new data folder (migrate and seed);
//   3. a built sandbox on an existing data folder.
// `--no-clone` leaves out the first (it takes minutes). Times are wall clock, on whatever else the machine does.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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

async function answers(url) {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
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
      if (await answers(`http://127.0.0.1:${port}/health`)) return performance.now() - started;
      if (performance.now() - started > 600_000) throw new Error(`not ready after 10 minutes:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

function line(name, ms, target) {
  const verdict =
    target === undefined
      ? 'reported (no target)'
      : ms <= target
        ? `met (target ≤ ${target / 1000} s)`
        : `MISSED (target ≤ ${target / 1000} s)`;
  console.log(`${name.padEnd(38)} ${(ms / 1000).toFixed(2).padStart(7)} s   ${verdict}`);
}

const results = [];
const cleanups = [];
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
  results.push(['built, new data folder', await timeStart(root, { DATA_DIR: dataDir }), TARGETS.fresh]);
  results.push(['built, existing data folder', await timeStart(root, { DATA_DIR: dataDir }), TARGETS.existing]);
} finally {
  for (const cleanup of cleanups) cleanup();
}
console.log('\nStartup (wall clock until GET /health answers 200):');
for (const [name, ms, target] of results) line(name, ms, target);
