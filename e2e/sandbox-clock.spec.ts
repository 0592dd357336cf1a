import { expect, test } from '@playwright/test';

// The sandbox clock seen in the browser: a banner with the sandbox time while it is shifted, none after reset.

test('the front page shows the sandbox time while the clock is shifted (six hours: no request times out)', async ({ page, request }) => {
  const before = await request.get('/sandbox/api/v1/clock');
  expect(before.status()).toBe(200);
  expect(Math.abs(((await before.json()) as { offsetMs: number }).offsetMs)).toBeLessThan(1000);
  await page.goto('/');
  await expect(page.getByText('Sandkassens klokke er flyttet')).toHaveCount(0);
  try {
    const moved = await request.post('/sandbox/api/v1/clock', { data: { advance: 'PT6H' } });
    expect(moved.status()).toBe(200);
    const { now } = (await moved.json()) as { now: string };
    const year = new Date(now).getUTCFullYear();
    await page.goto('/');
    const banner = page.getByText('Sandkassens klokke er flyttet');
    await expect(banner).toBeVisible();
    await expect(banner).toContainText(String(year));
  } finally {
    expect((await request.post('/sandbox/api/v1/clock', { data: { reset: true } })).status()).toBe(200);
  }
  await page.goto('/');
  await expect(page.getByText('Sandkassens klokke er flyttet')).toHaveCount(0);
});
