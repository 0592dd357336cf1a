import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

// Starts the production server (`node scripts/start.mjs`) as a separate process, the way a user does, for
// the restart and crash tests and the benchmark.

const root = path.resolve(import.meta.dirname, '../..');

export interface ServerProcess {
  port: number;
  baseUrl: string;
  child: ChildProcess;
  output(): string;
  /** Stops it as Ctrl-C would: the server closes its database. */
  stop(): Promise<void>;
  /** Kills the whole process group at once (kill -9), as a crash or power cut would. */
  crash(): Promise<void>;
}

/** A port nobody listens on, so an old server can never answer in place of the one under test. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startServer(options: { env: Record<string, string>; port?: number; timeoutMs?: number }): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', ...options.env, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const server: ServerProcess = {
    port,
    baseUrl: `http://localhost:${port}`,
    child,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
    async crash() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(-child.pid!, 'SIGKILL');
      await exited;
      // The group's other members (the Next.js server) die with it; wait until the port is free again.
      await waitUntil(async () => !(await answers(`${server.baseUrl}/health`)), 10_000);
    },
  };
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    if (await answers(`${server.baseUrl}/health`)) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await server.crash();
  throw new Error(`server did not become healthy:\n${output}`);
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The ids of the running processes (Linux /proc). */
function processIds(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number);
}

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces): state, ppid, … */
function statFields(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/**
 * Resident memory of a process tree (Linux /proc), in bytes: the whole tree, and its largest process, which
 * for `npm start` is the Next.js server itself (the tree adds the small wrapper that built and started it).
 */
export function processTreeRss(pid: number): { total: number; largest: number; largestPid: number } {
  const children = new Map<number, number[]>();
  for (const entry of processIds()) {
    try {
      const ppid = Number(statFields(entry)[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), entry]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  let largest = 0;
  let largestPid = pid;
  const stack = [pid];
  while (stack.length) {
    const current = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      const match = /VmRSS:\s+(\d+) kB/.exec(status);
      if (match) {
        const bytes = Number(match[1]) * 1024;
        total += bytes;
        if (bytes > largest) [largest, largestPid] = [bytes, current];
      }
    } catch {
      // gone
    }
    stack.push(...(children.get(current) ?? []));
  }
  return { total, largest, largestPid };
}

/** Linux counts CPU time in ticks of 1/100 s (USER_HZ) in /proc/<pid>/stat. */
const TICK_MS = 10;

function cpuMsOf(pid: number): number {
  const fields = statFields(pid);
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** CPU time (user + system, ms) used so far by the processes whose name is `name`, e.g. PostgreSQL's. */
export function cpuMsByName(name: string): number {
  let total = 0;
  for (const entry of processIds()) {
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === name) total += cpuMsOf(entry);
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}

/** CPU time (user + system, ms) used so far by one process, all its threads included. */
export function processCpuMs(pid: number): number {
  try {
    return cpuMsOf(pid);
  } catch {
    return 0;
  }
}
