import { expect, test } from '@playwright/test';

import { isSyntheticPid } from '../lib/identifiers';
import { checkPage, KARI } from './portal-support';

/** A synthetic number with valid check digits that no test person has (1 Jan 1980, month + 80). */
function unknownSyntheticPid(): string {
  for (let individual = 100; individual < 1000; individual++) {
    for (let check = 0; check < 100; check++) {
      const candidate = `018180${individual}${String(check).padStart(2, '0')}`;
      if (isSyntheticPid(candidate)) return candidate;
    }
  }
  throw new Error('no synthetic number found');
}

test('the login page lists the test persons, explains bad numbers and returns the person to where they came from', async ({
  page,
}, testInfo) => {
  await page.goto('/accessmanagement/ui/systemuser/overview');
  await expect(page).toHaveURL(/\/accessmanagement\/ui\/login\?callbackUrl=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logg inn med testbruker');
  await expect(page.getByRole('button', { name: 'Logg inn som Kari Nordmann' })).toBeVisible();
  await checkPage(page, testInfo, 'login');

  const field = page.getByLabel('Fødselsnummer');
  await field.fill('123');
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
  await expect(page.locator('.ds-alert[role="alert"]')).toContainText('Fødselsnummeret er ikke gyldig');

  await field.fill(unknownSyntheticPid());
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
  await expect(page.locator('.ds-alert[role="alert"]')).toContainText('Vi finner ingen testperson med dette fødselsnummeret');
  await checkPage(page, testInfo, 'login-error');

  await field.fill(KARI);
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
  await expect(page).toHaveURL(/\/accessmanagement\/ui\/systemuser\/overview$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Systemtilganger for Bakeri Smått og Godt AS');
  await expect(page.getByText('Logget inn som Kari Nordmann')).toBeVisible();

  await page.getByRole('button', { name: 'Logg ut' }).click();
  await expect(page).toHaveURL(/\/accessmanagement\/ui\/login/);
  await page.goto('/accessmanagement/ui/systemuser/overview');
  await expect(page).toHaveURL(/\/accessmanagement\/ui\/login\?callbackUrl=/);
});

test('a test person is logged in by one click on their name', async ({ page }) => {
  await page.goto('/accessmanagement/ui/login?callbackUrl=%2Faccessmanagement%2Fui%2Fsystemuser%2Fcreate');
  await page.getByRole('button', { name: 'Logg inn som Kari Nordmann' }).click();
  await expect(page).toHaveURL(/\/accessmanagement\/ui\/systemuser\/create$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Velg fagsystem');
});

test('the language switch shows bokmål, nynorsk and English and is remembered', async ({ page }, testInfo) => {
  await page.goto('/accessmanagement/ui/login');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log in with a test user');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByLabel('National identity number')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Log in', exact: true })).toBeVisible();
  await checkPage(page, testInfo, 'login-en');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log in with a test user');
  expect((await page.context().cookies()).find((c) => c.name === 'NEXT_LOCALE')?.value).toBe('en');

  await page.getByRole('button', { name: 'Norsk (nynorsk)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logg inn med testbrukar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  await checkPage(page, testInfo, 'login-nn');
  await page.getByRole('button', { name: 'Norsk (bokmål)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logg inn med testbruker');
});
