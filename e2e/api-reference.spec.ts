import { expect, test } from '@playwright/test';

test('the API reference shows the operations on its first screen, offline, without AI or MCP offers', async ({ page }, testInfo) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  const documentResponse = page.waitForResponse((r) => r.url().endsWith('/authentication/api/v1/openapi.json'));
  await page.goto('/docs/api');
  expect((await documentResponse).status()).toBe(200);
  await expect(page.getByRole('heading', { name: /Systembruker sandbox API/ })).toBeVisible({ timeout: 30_000 });
  // The first screen is the reference itself: operations are listed without scrolling or clicking.
  await expect(page.locator('.opblock-summary').first()).toBeInViewport();
  const register = page.locator('.opblock', { hasText: 'Register a new system for the calling vendor' }).first();
  await expect(register).toBeAttached();
  await expect(page.getByText('Replace the access packages of a system').first()).toBeAttached();
  await expect(
    page.locator('.opblock-summary-path', { hasText: '/authentication/api/v1/systemregister/vendor/{systemId}/accesspackages' }).first(),
  ).toBeAttached();
  await register.locator('.opblock-summary').click();
  await expect(register.locator('.opblock-body')).toBeVisible();
  await expect(page.getByText(/Ask AI|Generate MCP/i)).toHaveCount(0);
  await expect(page.locator('.errors-wrapper')).toHaveCount(0); // no warnings about the document
  await page.screenshot({ path: testInfo.outputPath('api-reference.png'), fullPage: false });
  // Offline: every request the page made went to the sandbox itself (fonts included).
  const origin = new URL(page.url()).origin;
  expect(requested.filter((url) => url.startsWith('http') && new URL(url).origin !== origin)).toEqual([]);
});

test('the front page links to the API reference', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /API-referanse/ }).click();
  await expect(page).toHaveURL(/\/docs\/api$/);
});
