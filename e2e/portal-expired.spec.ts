import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { expect, request as newRequest, test } from '@playwright/test';

import { checkPage, createStandardRequest, KARI, logIn, pathOf } from './portal-support';

// A request only expires after REQUEST_TIMEOUT_DAYS, so this test runs its own server of the same build with
// a timeout of about four seconds, on its own throw-away database.
const port = Number(process.env.E2E_PORT ?? 3210) + 7;
const baseURL = `http://localhost:${port}`;
let server: ChildProcess | undefined;

test.use({ baseURL });

test.beforeAll(async () => {
  server = spawn(process.execPath, ['scripts/start.mjs'], {
    env: {
      ...process.env,
      PORT: String(port),
      PUBLIC_URL: baseURL,
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'sandbox-e2e-expired-')),
      DATABASE_URL: '',
      REQUEST_TIMEOUT_DAYS: String(4 / 86_400),
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: 'ignore',
  });
  const deadline = Date.now() + 90_000;
  for (;;) {
    const ok = await fetch(`${baseURL}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error('the second server did not start');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
});

test.afterAll(() => {
  server?.kill('SIGTERM');
});

test('an expired request (Timedout) says so and cannot be approved', async ({ page }, testInfo) => {
  const api = await newRequest.newContext({ baseURL });
  const created = await createStandardRequest(api);
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  await logIn(page, KARI);
  await page.goto(pathOf(created.confirmUrl));
  await expect(page.getByText('Denne forespørselen har utløpt.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Godkjenn systemtilgang' })).toHaveCount(0);
  await checkPage(page, testInfo, 'request-expired');
  await api.dispose();
});
