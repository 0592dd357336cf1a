import { expect, test } from '@playwright/test';

test('the front page explains the sandbox and lists the test persons and organisations', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sandkasse for systembruker');
  const persons = page.getByRole('table').filter({ hasText: 'Fødselsnummer' });
  await expect(persons.getByRole('row', { name: /Kari Nordmann/ })).toContainText('12858540036');
  await expect(persons.getByRole('row', { name: /Kari Nordmann/ })).toContainText('Tilgangsstyrer for Bakeri Smått og Godt AS');
  await expect(persons.getByRole('row', { name: /Ola Revisor/ })).toContainText('Klientadministrator');
  const orgs = page.getByRole('table').filter({ hasText: 'Organisasjonsnummer' });
  await expect(orgs.getByRole('row', { name: /SmartCloud AS/ })).toContainText('991825827_smartcloud');
  await expect(orgs.getByRole('row', { name: /Revisjon og Regnskap AS/ })).toContainText('revisor for Nordlys Transport AS');
  await page.screenshot({ path: testInfo.outputPath('front-page.png'), fullPage: true });
});

test('/health reports the embedded database', async ({ request }) => {
  const response = await request.get('/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'Healthy', database: { kind: 'pglite', ok: true } });
});
