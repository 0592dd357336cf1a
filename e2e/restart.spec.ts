import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import { expect, test } from '@playwright/test';

import { freePort, startServer } from '../test/support/server-process';

// `npm start` twice on the same DATA_DIR: the second start keeps what the first one stored.
test('a second start on the same data folder keeps the data and migrates nothing again', async ({ page }) => {
  test.setTimeout(180_000);
  const port = await freePort();
  const env = { DATA_DIR: '', LOG_LEVEL: 'info' };
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sandbox-restart-'));
  try {
    env.DATA_DIR = dataDir;
    const first = await startServer({ env, port });
    expect(first.output()).toContain(`Sandbox listening on http://localhost:${port} (port ${port}), database: PGlite at ${dataDir}`);
    await first.stop();

    // Between the runs, store something the seed does not have, straight into the folder.
    const pglite = await PGlite.create(dataDir);
    await pglite.exec(
      `INSERT INTO "Organization" ("id", "orgNo", "name") VALUES ('5e0b9a3c-8a51-4d2e-9d3f-1b2c3d4e5f60', '311000047', 'Mellomlagret AS')`,
    );
    await pglite.close();

    const second = await startServer({ env, port });
    try {
      expect(second.output()).toMatch(/"applied":\[\]/);
      await page.goto(`http://localhost:${port}/`);
      await expect(page.getByRole('row', { name: /Mellomlagret AS/ })).toContainText('311000047');
      await expect(page.getByRole('row', { name: /Kari Nordmann/ })).toHaveCount(1);
    } finally {
      await second.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
