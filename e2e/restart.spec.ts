import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { expect, test } from '@playwright/test';

// `npm start` twice on the same DATA_DIR: the second start keeps what the first one stored.
let port = 0;

/** A port nobody listens on, so an old server can never answer in place of the one under test. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port: free } = server.address() as { port: number };
      server.close(() => resolve(free));
    });
  });
}

async function startServer(dataDir: string): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      const response = await fetch(`http://localhost:${port}/health`);
      if (response.ok) return { child, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not become healthy:\n${output}`);
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

test('a second start on the same data folder keeps the data and migrates nothing again', async ({ page }) => {
  test.setTimeout(180_000);
  port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sandbox-restart-'));
  try {
    const first = await startServer(dataDir);
    expect(first.output()).toContain(`Sandbox listening on http://localhost:${port} (port ${port}), database: PGlite at ${dataDir}`);
    await stopServer(first.child);

    // Between the runs, store something the seed does not have, straight into the folder.
    const pglite = await PGlite.create(dataDir);
    await pglite.exec(
      `INSERT INTO "Organization" ("id", "orgNo", "name") VALUES ('5e0b9a3c-8a51-4d2e-9d3f-1b2c3d4e5f60', '311000047', 'Mellomlagret AS')`,
    );
    await pglite.close();

    const second = await startServer(dataDir);
    try {
      expect(second.output()).toMatch(/"applied":\[\]/);
      await page.goto(`http://localhost:${port}/`);
      await expect(page.getByRole('row', { name: /Mellomlagret AS/ })).toContainText('311000047');
      await expect(page.getByRole('row', { name: /Kari Nordmann/ })).toHaveCount(1);
    } finally {
      await stopServer(second.child);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
