// `npm start`: build if needed, then serve, and keep serving. The server itself creates or migrates the
// database and loads the default data (instrumentation.ts), then prints where it listens and which database
// it uses.
//
// This script supervises the server processes (node:cluster, all on one port): when one dies it says why and
// starts another after a growing pause. It gives up, exiting non-zero, only when the server cannot stay up:
// RESTART_LIMIT crashes within RESTART_WINDOW_S seconds. WORKERS=n runs n server processes (PostgreSQL only:
// an embedded PGlite database belongs to one process).
import cluster from 'node:cluster';
import path from 'node:path';
import { build } from './build.mjs';
import { root } from './lib.mjs';

// V8 sizes its heap from the machine's memory (4 GB here) and lets it grow long before it collects; the
// sandbox's live heap stays far below this limit, so a cap keeps its memory flat (benchmark: peak RSS 511 MB
// uncapped, 300 MB at 200 MB, the same throughput). NODE_OPTIONS with its own limit wins.
const DEFAULT_MAX_HEAP_MB = 256;

function fail(message) {
  console.error(message);
  process.exit(1);
}

function wholeNumber(name, fallback, min) {
  const raw = process.env[name] ?? String(fallback);
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) fail(`${name} must be a whole number, at least ${min} (got "${raw}")`);
  return value;
}

function nodeOptions() {
  const options = process.env.NODE_OPTIONS ?? '';
  if (/--max-old-space-size\b/.test(options)) return options;
  const megabytes = wholeNumber('MAX_HEAP_MB', DEFAULT_MAX_HEAP_MB, 64);
  return `${options} --max-old-space-size=${megabytes}`.trim();
}

const NODE_OPTIONS = nodeOptions();
const WORKERS = wholeNumber('WORKERS', 1, 1);
const RESTART_LIMIT = wholeNumber('RESTART_LIMIT', 5, 1);
const RESTART_WINDOW_MS = wholeNumber('RESTART_WINDOW_S', 60, 1) * 1000;
const FIRST_PAUSE_MS = 250;
const LONGEST_PAUSE_MS = 10_000;
if (WORKERS > 1 && !process.env.DATABASE_URL) {
  fail(`WORKERS=${WORKERS} needs PostgreSQL (DATABASE_URL): the embedded database in DATA_DIR belongs to one process.`);
}

await build().catch((error) => fail(error.message));

const port = process.env.PORT ?? '3000';
const env = { NODE_OPTIONS, PORT: port, NEXT_TELEMETRY_DISABLED: '1' };
cluster.setupPrimary({ exec: path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), args: ['start', '--port', port] });

let stopping = false;
let crashes = []; // times of recent crashes
let pause = FIRST_PAUSE_MS;
const started = new Map(); // worker id → start time

function startWorker() {
  const worker = cluster.fork(env);
  started.set(worker.id, Date.now());
}

/** Why a server process ended, in words. */
function reason(code, signal) {
  if (signal === 'SIGKILL') return 'killed by SIGKILL (from outside, or by the kernel when memory ran out)';
  if (signal) return `killed by ${signal}`;
  if (code === 134) return 'aborted (exit 134; "Reached heap limit" above means it ran out of memory, see MAX_HEAP_MB)';
  return `exit code ${code}`;
}

cluster.on('exit', (worker, code, signal) => {
  const lived = Date.now() - (started.get(worker.id) ?? Date.now());
  started.delete(worker.id);
  if (stopping) {
    if (started.size === 0) process.exit(process.exitCode ?? 0);
    return;
  }
  const now = Date.now();
  if (lived > RESTART_WINDOW_MS) pause = FIRST_PAUSE_MS; // it had been up a while: start over quickly
  crashes = [...crashes.filter((time) => now - time < RESTART_WINDOW_MS), now];
  if (crashes.length >= RESTART_LIMIT) {
    console.error(
      `Server process ${worker.process.pid} ended: ${reason(code, signal)}. It cannot stay up (${crashes.length} crashes within ${RESTART_WINDOW_MS / 1000} s); giving up.`,
    );
    stopping = true;
    for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM');
    process.exitCode = 1;
    if (started.size === 0) process.exit(1);
    setTimeout(() => process.exit(1), 10_000).unref();
    return;
  }
  console.error(`Server process ${worker.process.pid} ended: ${reason(code, signal)}. Restarting it in ${pause} ms.`);
  setTimeout(() => {
    if (!stopping) startWorker();
  }, pause);
  pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
});

// A stop asked of this script is passed on, so the servers close their databases and nothing lingers.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    if (started.size === 0) process.exit(0);
  });
}

for (let i = 0; i < WORKERS; i++) startWorker();
