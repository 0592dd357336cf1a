import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { checkPage, createStandardRequest, KARI, logIn, OLA, PER, pathOf, requestStatus, vendorToken } from './portal-support';

const VENDOR_RECEIPT = 'https://smartcloudxxxx/receipt';

test.beforeEach(async ({ page }) => {
  // The vendor's page is not reachable from the test machine: answer it here and record the visit.
  await page.route('https://smartcloudxxxx/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<html lang="en"><title>Vendor</title><h1>Vendor receipt</h1></html>' }),
  );
});

test('approve: confirmUrl → log in → approve → the stored redirectUrl; the API says Accepted and the system user exists', async ({ page, request }, testInfo) => {
  const redirectUrl = `${VENDOR_RECEIPT}?case=${randomUUID()}&lang=nb`;
  const created = await createStandardRequest(request, redirectUrl);
  expect(created.status).toBe('New');

  // Not logged in yet: the login page, and back to the request afterwards.
  await page.goto(pathOf(created.confirmUrl));
  await expect(page).toHaveURL(/\/accessmanagement\/ui\/login/);
  await page.getByLabel('Fødselsnummer').fill(KARI);
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/accessmanagement/ui/systemuser/request\\?id=${created.id}`));

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gi tilgang til system');
  await expect(page.getByRole('heading', { level: 2, name: 'SmartCloud ber om godkjenning til å lage en systemtilgang' })).toBeVisible();
  await expect(page.getByText('Gjennom systemtilgangen kan SmartCloud løse oppgaver på vegne av Bakeri Smått og Godt AS.')).toBeVisible();
  await expect(page.getByText('SmartCloud blir levert av SmartCloud AS, org.nr. 991 825 827')).toBeVisible();
  await expect(page.getByRole('heading', { name: '1 tilgangspakke' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '1 enkelttjeneste' })).toBeVisible();
  await checkPage(page, testInfo, 'request');

  await page.getByRole('button', { name: /^Vis innholdet i / }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Tjenester i tilgangspakken' })).toBeVisible();
  await checkPage(page, testInfo, 'request-package-dialog');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Godkjenn systemtilgang' }).dblclick();
  await page.waitForURL(redirectUrl);
  expect(page.url()).toBe(redirectUrl);
  await expect(page.getByRole('heading', { name: 'Vendor receipt' })).toBeVisible();

  expect(await requestStatus(request, created.id)).toBe('Accepted');
  const token = await vendorToken(request, '991825827');
  const lookup = await request.get(
    `/authentication/api/v1/systemuser/vendor/byquery?system-id=991825827_smartcloud&orgno=314248295&external-ref=${created.externalRef}`,
    { headers: { authorization: `Bearer ${token}` } },
  );
  expect(lookup.status()).toBe(200);
  expect(await lookup.json()).toMatchObject({ id: created.id, systemId: '991825827_smartcloud', reporteeOrgNo: '314248295' });

  // Opened again: already handled, with its status, and no buttons.
  await page.goto(pathOf(created.confirmUrl));
  await expect(page.getByText('Denne forespørselen er allerede godkjent.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Godkjenn systemtilgang' })).toHaveCount(0);
  await checkPage(page, testInfo, 'request-already-accepted');
});

test('reject: the request is Rejected and the person lands on the redirectUrl', async ({ page, request }) => {
  const redirectUrl = `${VENDOR_RECEIPT}?rejected=${randomUUID()}`;
  const created = await createStandardRequest(request, redirectUrl);
  await logIn(page, KARI);
  await page.goto(pathOf(created.confirmUrl));
  await page.getByRole('button', { name: 'Avvis' }).click();
  await page.waitForURL(redirectUrl);
  expect(await requestStatus(request, created.id)).toBe('Rejected');
  await page.goto(pathOf(created.confirmUrl));
  await expect(page.getByText('Denne forespørselen er allerede avvist.')).toBeVisible();
});

test('without a redirectUrl the person gets a receipt', async ({ page, request }, testInfo) => {
  const created = await createStandardRequest(request);
  await logIn(page, KARI);
  await page.goto(pathOf(created.confirmUrl));
  await page.getByRole('button', { name: 'Godkjenn systemtilgang' }).click();
  await expect(page).toHaveURL(new RegExp(`/accessmanagement/ui/systemuser/receipt\\?id=${created.id}`));
  await expect(page.getByRole('heading', { name: 'Systemtilgangen er godkjent' })).toBeVisible();
  await checkPage(page, testInfo, 'receipt');
  expect(await requestStatus(request, created.id)).toBe('Accepted');
});

test('a request that does not exist, and a link without id, are explained inline', async ({ page }, testInfo) => {
  await logIn(page, KARI);
  await page.goto(`/accessmanagement/ui/systemuser/request?id=${randomUUID()}`);
  await expect(page.getByText('Systemtilgang-forespørsel for valgt aktør finnes ikke.')).toBeVisible();
  await checkPage(page, testInfo, 'request-not-found');
  await page.goto('/accessmanagement/ui/systemuser/request');
  await expect(page.getByText('id må være med som query-parameter i url')).toBeVisible();
});

test('a person who may act for the organisation but is not its access manager can forward the request, and nothing is approved', async ({ page, request }, testInfo) => {
  const created = await createStandardRequest(request, `${VENDOR_RECEIPT}?x=1`);
  await logIn(page, PER);
  await page.goto(pathOf(created.confirmUrl));
  await expect(page.getByRole('heading', { name: 'Du mangler nødvendig fullmakt' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Godkjenn systemtilgang' })).toHaveCount(0);
  await checkPage(page, testInfo, 'request-escalate');
  await page.getByRole('button', { name: 'Ja, send videre' }).click();
  await expect(page.getByText('Forespørselen er videresendt')).toBeVisible();
  await page.goto(pathOf(created.confirmUrl));
  await expect(page.getByText('Denne forespørselen er allerede videresendt.')).toBeVisible();
  expect(await requestStatus(request, created.id)).toBe('New');

  // The access manager finds it among the pending requests of the overview.
  await logIn(page, KARI);
  await page.goto('/accessmanagement/ui/systemuser/overview');
  const pending = page.getByRole('link', { name: new RegExp(`\\(ref: ${created.id.slice(-5)}\\)`) });
  await expect(pending).toBeVisible();
  await checkPage(page, testInfo, 'overview-pending');
  await pending.click();
  await expect(page.getByRole('button', { name: 'Godkjenn systemtilgang' })).toBeVisible();
});

test('a person who may not act for the request’s organisation sees Altinn’s “could not switch actor” page', async ({ page, request }, testInfo) => {
  const created = await createStandardRequest(request);
  await logIn(page, OLA);
  await page.goto(pathOf(created.confirmUrl));
  await expect(page).toHaveURL(/\/accessmanagement\/ui\/errorpage\/reportee$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vi klarte ikke å bytte aktør');
  await checkPage(page, testInfo, 'reportee-error');
  expect(await requestStatus(request, created.id)).toBe('New');
});
