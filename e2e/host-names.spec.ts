import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { chromiumLaunch } from '../playwright.config';
import { type ServerProcess, startServer } from '../test/support/server-process';
import { createStandardRequest, pathOf, requestStatus } from './portal-support';

// The browser may reach the sandbox by another name than PUBLIC_URL (127.0.0.1, a CI service name): the login
// completes on that name, while confirmUrl and the token issuer keep PUBLIC_URL. "sandbox-ci" is resolved to
// this machine by Chromium itself, as a CI service name would be by the container network.

const SERVICE = 'sandbox-ci';
test.use({ launchOptions: { ...chromiumLaunch, args: [...chromiumLaunch.args, `--host-resolver-rules=MAP ${SERVICE} 127.0.0.1`] } });

for (const host of ['127.0.0.1', SERVICE]) {
  test(`a person logs in and approves at ${host} while PUBLIC_URL says localhost`, async ({ page, request, baseURL }) => {
    const created = await createStandardRequest(request);
    const publicUrl = new URL(baseURL!);
    expect(new URL(created.confirmUrl).origin).toBe(publicUrl.origin);
    const origin = `http://${host}:${publicUrl.port}`;

    await page.goto(`${origin}${pathOf(created.confirmUrl)}`);
    await expect(page).toHaveURL(new RegExp(`^${origin.replace(/\./g, '\\.')}/accessmanagement/ui/login`));
    await page.getByRole('button', { name: 'Logg inn som Kari Nordmann' }).click();
    await expect(page).toHaveURL(new RegExp(`^${origin.replace(/\./g, '\\.')}/accessmanagement/ui/systemuser/request\\?id=${created.id}`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gi tilgang til system');

    // The session holds on this host: the overview opens without another login. (Approving logs the person out
    // before the vendor's redirect, as Altinn does, so this is checked first.)
    await page.goto(`${origin}/accessmanagement/ui/systemuser/overview`);
    await expect(page).toHaveURL(`${origin}/accessmanagement/ui/systemuser/overview`);

    await page.goto(`${origin}${pathOf(created.confirmUrl)}`);
    await page.getByRole('button', { name: 'Godkjenn systemtilgang' }).click();
    await expect.poll(() => requestStatus(request, created.id)).toBe('Accepted');
  });
}

test.describe('PUBLIC_URL on https', () => {
  let server: ServerProcess;
  let dataDir: string;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    dataDir = mkdtempSync(path.join(tmpdir(), 'sandbox-https-'));
    server = await startServer({ env: { DATA_DIR: dataDir, PUBLIC_URL: 'https://sandbox.example.test' } });
  });
  test.afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('plain http to another host name says on the login page why logging in cannot complete, naming PUBLIC_URL', async ({ page }) => {
    await page.goto(`http://${SERVICE}:${server.port}/accessmanagement/ui/login`);
    await expect(page.getByRole('alert').filter({ hasText: 'PUBLIC_URL https://sandbox.example.test' })).toBeVisible();
    // On the machine itself the browser keeps Secure cookies over http, so there is nothing to warn about.
    await page.goto(`http://localhost:${server.port}/accessmanagement/ui/login`);
    await expect(page.getByText('PUBLIC_URL https://sandbox.example.test')).toHaveCount(0);
  });
});
