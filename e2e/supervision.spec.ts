import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { freePort, startServer } from '../test/support/server-process';

// `npm start` supervises the server: a server process that dies is logged and started again; only a server
// that cannot stay up makes `npm start` exit non-zero.

const root = path.resolve(import.meta.dirname, '..');

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

test('a server process killed with kill -9 is logged and restarted, and /health answers again', async () => {
  test.setTimeout(180_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sandbox-supervise-'));
  const server = await startServer({ env: { DATA_DIR: dataDir } });
  try {
    const [child] = execFileSync('pgrep', ['-P', String(server.child.pid)], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map(Number);
    expect(child).toBeGreaterThan(0);
    process.kill(child, 'SIGKILL');
    await expect.poll(() => server.output(), { timeout: 10_000 }).toContain(`Server process ${child} ended: killed by SIGKILL`);
    await expect.poll(() => healthy(`${server.baseUrl}/health`), { timeout: 60_000, intervals: [250] }).toBe(true);
    const [again] = execFileSync('pgrep', ['-P', String(server.child.pid)], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map(Number);
    expect(again).not.toBe(child);
    expect(server.child.exitCode).toBeNull();
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('npm start exits non-zero, saying why, when the server cannot stay up', async () => {
  test.setTimeout(180_000);
  // The port is taken by someone else, so every server process ends at once.
  const port = await freePort();
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(port, resolve));
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sandbox-supervise-'));
  try {
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, PORT: String(port), RESTART_LIMIT: '3', RESTART_WINDOW_S: '120' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
    expect(code, output).toBe(1);
    expect(output).toContain('Restarting it in 250 ms');
    expect(output).toContain('Restarting it in 500 ms');
    expect(output).toMatch(/It cannot stay up \(3 crashes within 120 s\); giving up\./);
  } finally {
    blocker.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
