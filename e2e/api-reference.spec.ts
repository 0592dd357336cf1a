import { expect, test } from '@playwright/test';

test('the API reference renders the system register operations from the OpenAPI document', async ({ page }, testInfo) => {
  const external: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && url.protocol.startsWith('http')) external.push(request.url());
  });
  const documentResponse = page.waitForResponse((r) => r.url().endsWith('/authentication/api/v1/openapi.json'));
  await page.goto('/docs/api');
  expect((await documentResponse).status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'Systembruker sandbox API' })).toBeVisible({ timeout: 30_000 });
  // Scalar renders a tag's operations when its group is opened or scrolled into view.
  await page.getByText('System register', { exact: true }).first().click();
  await expect(page.getByText('Register a new system for the calling vendor').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Replace the access packages of a system').first()).toBeVisible();
  await expect(page.getByText('/authentication/api/v1/systemregister/vendor/{systemId}/accesspackages').first()).toBeAttached();
  await page.screenshot({ path: testInfo.outputPath('api-reference.png'), fullPage: false });
  // The page must work offline: nothing it needs may come from another host.
  expect(external.filter((u) => !/fonts|telemetry|posthog/i.test(u))).toEqual([]);
});

test('the front page links to the API reference', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /API-referanse/ }).click();
  await expect(page).toHaveURL(/\/docs\/api$/);
});
