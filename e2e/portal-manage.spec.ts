import { expect, test } from '@playwright/test';

import { checkPage, KARI, LISE, logIn } from './portal-support';

const GRONN_HAGE = { orgNo: '312888882', partyId: 50001010 };

async function portalList(request: import('@playwright/test').APIRequestContext, pid: string, partyId: number) {
  const token = await (await request.get(`/testtools/api/GetPersonalToken?pid=${pid}&scopes=altinn:portal/enduser`)).text();
  const response = await request.get(`/authentication/api/v1/systemuser/${partyId}`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status()).toBe(200);
  return (await response.json()) as { id: string; systemId: string; accessPackages: { urn: string }[] }[];
}

test('party picker, user-driven creation (once, however often clicked), details and delete', async ({ page, request }, testInfo) => {
  await logIn(page, LISE);
  await page.goto('/accessmanagement/ui/systemuser/overview');
  const picker = page.getByLabel('Du handler på vegne av');
  await expect(picker.locator('option')).toHaveText(['Grønn Hage Lise Lønn (312 888 882)', 'Havbris Kafé AS (311 000 012)']);
  await picker.selectOption(GRONN_HAGE.orgNo);
  await page.getByRole('button', { name: 'Bytt aktør' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Systemtilganger for Grønn Hage Lise Lønn');
  await checkPage(page, testInfo, 'overview');

  await page.getByRole('link', { name: 'Lag ny systemtilgang' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Velg fagsystem');
  // Altinn's combobox: "Gå videre" does nothing until a system is chosen; the options filter on name or vendor.
  const next = page.getByRole('button', { name: 'Gå videre' });
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  const combobox = page.getByRole('combobox', { name: 'Velg fagsystem' });
  await expect(combobox).toHaveAttribute('placeholder', 'Velg ...');
  await page.getByPlaceholder('Velg').fill('SmartClou');
  await expect(page.getByRole('listbox', { name: 'Velg fagsystem' }).getByRole('option')).toHaveCount(1);
  await checkPage(page, testInfo, 'create-choose');
  await page.getByLabel('SmartCloud', { exact: true }).click();
  await expect(combobox).toHaveValue('SmartCloud');
  await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Systemtilgangen SmartCloud vil få disse fullmaktene for Grønn Hage Lise Lønn',
  );
  await checkPage(page, testInfo, 'create-confirm');
  await page.getByRole('button', { name: 'Opprett systemtilgang' }).dblclick();
  await expect(page).toHaveURL(/\/systemuser\/overview\?created=/);
  await expect(page.getByText('NY', { exact: true })).toBeVisible();

  const users = await portalList(request, LISE, GRONN_HAGE.partyId);
  expect(users).toHaveLength(1);
  expect(users[0]).toMatchObject({
    systemId: '991825827_smartcloud',
    accessPackages: [{ urn: 'urn:altinn:accesspackage:skattegrunnlag' }],
  });

  await page.getByRole('link', { name: /SmartCloud/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SmartCloud');
  await expect(page.getByText('for Grønn Hage Lise Lønn')).toBeVisible();
  await checkPage(page, testInfo, 'details');

  await page.getByRole('button', { name: 'Slett systemtilgang' }).click();
  await expect(page.getByText('Er du sikker på at du vil slette systemtilgangen «SmartCloud»?')).toBeVisible();
  await checkPage(page, testInfo, 'details-confirm-delete');
  await page.getByRole('group', { name: 'Slett systemtilgang' }).getByRole('button', { name: 'Slett systemtilgang' }).click();
  await expect(page).toHaveURL(/\/systemuser\/overview\?deleted=/);
  await expect(page.getByText('Systemtilgangen «SmartCloud» er slettet.')).toBeVisible();
  expect(await portalList(request, LISE, GRONN_HAGE.partyId)).toEqual([]);
});

test('a system user that does not exist for the chosen organisation is explained', async ({ page }, testInfo) => {
  await logIn(page, KARI);
  await page.goto('/accessmanagement/ui/systemuser/00000000-0000-4000-8000-000000000000');
  await expect(page.getByText('Kunne ikke laste systemtilgang.')).toBeVisible();
  await checkPage(page, testInfo, 'details-not-found');
});

test('a person without the access-manager role sees why the overview offers nothing', async ({ page }, testInfo) => {
  await logIn(page, '24829040049');
  await page.goto('/accessmanagement/ui/systemuser/overview');
  await expect(page.getByText('Du mangler fullmakter for å kunne opprette systemtilgang')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lag ny systemtilgang' })).toHaveCount(0);
  await checkPage(page, testInfo, 'overview-no-role');
  await page.goto('/accessmanagement/ui/systemuser/create');
  await expect(page.getByText('Du mangler nødvendige fullmakter for å opprette systemtilgang for Bakeri Smått og Godt AS.')).toBeVisible();
  await checkPage(page, testInfo, 'create-no-role');
});
