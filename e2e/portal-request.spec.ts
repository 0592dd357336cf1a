import { randomUUID } from 'node:crypto';

import { expect, test } from '@playwright/test';
import { approveRequest, forwardRequest, rejectRequest } from 'systembruker-sandbox/playwright';

import {
  checkPage,
  createStandardRequest,
  KARI,
  logIn,
  OLA,
  pathOf,
  PER,
  requestStatus,
  vendorLanding,
  vendorToken,
} from './portal-support';

const VENDOR_RECEIPT = 'https://smartcloudxxxx/receipt';

// The vendor's site does not exist here; Playwright cannot answer the end of a redirect chain, so the tests
// assert where the browser was sent (the navigation request), not the vendor's page.

test('approve: confirmUrl → log in → approve → the stored redirectUrl; the API says Accepted and the system user exists', async ({
  page,
  request,
}, testInfo) => {
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

  // A single service is a button named by its title, opening its details, as Altinn's rights list.
  await page.getByRole('button', { name: 'Krav og betalinger', exact: true }).click();
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2, name: 'Krav og betalinger' })).toBeVisible();
  await page.keyboard.press('Escape');

  // Altinn's sequence: the request's logout, AUTHN's logout, handleloggedout, then the redirectUrl verbatim.
  const visited: string[] = [];
  page.on('request', (r) => {
    if (r.isNavigationRequest()) visited.push(new URL(r.url()).pathname);
  });
  const vendor = vendorLanding(page);
  await page.getByRole('button', { name: 'Godkjenn systemtilgang' }).dblclick();
  expect(await vendor).toBe(redirectUrl);
  const logout = visited.indexOf(`/accessmanagement/api/v1/systemuser/request/${created.id}/logout`);
  expect(logout, visited.join(' → ')).toBeGreaterThanOrEqual(0);
  expect(visited.slice(logout, logout + 4)).toEqual([
    `/accessmanagement/api/v1/systemuser/request/${created.id}/logout`,
    '/authentication/api/v1/logout',
    '/authentication/api/v1/logout/handleloggedout',
    '/receipt',
  ]);
  expect((await page.context().cookies()).some((c) => c.name.includes('next-auth.session-token'))).toBe(false);

  // The session has ended: a new confirmUrl in the same browser asks for login again, as in TT02.
  const next = await createStandardRequest(request, redirectUrl);
  await page.goto(pathOf(next.confirmUrl));
  await expect(page).toHaveURL(/\/accessmanagement\/ui\/login\?callbackUrl=/);
  await expect(page.getByText('Logget inn som Kari Nordmann')).toHaveCount(0);
  await logIn(page, KARI);

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

test('reject (with the kit): the request is Rejected and the person lands, logged out, on the redirectUrl', async ({ page, request }) => {
  const redirectUrl = `${VENDOR_RECEIPT}?rejected=${randomUUID()}`;
  const created = await createStandardRequest(request, redirectUrl);
  expect(await rejectRequest(page, created.confirmUrl, { pid: KARI, rebase: true })).toBe(redirectUrl);
  expect(await requestStatus(request, created.id)).toBe('Rejected');
  await page.goto(pathOf(created.confirmUrl));
  await expect(page).toHaveURL(/\/accessmanagement\/ui\/login/);
  await logIn(page, KARI);
  await page.goto(pathOf(created.confirmUrl));
  await expect(page.getByText('Denne forespørselen er allerede avvist.')).toBeVisible();
});

test('without a redirectUrl the person ends logged out on the receipt', async ({ page, request }, testInfo) => {
  const created = await createStandardRequest(request);
  const end = await approveRequest(page, created.confirmUrl, { pid: KARI, rebase: true });
  expect(new URL(end).pathname + new URL(end).search).toBe(`/accessmanagement/ui/systemuser/receipt?id=${created.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du er logget ut');
  await expect(page.getByRole('heading', { name: 'Systemtilgangen er godkjent' })).toBeVisible();
  await expect(page.getByText('Logget inn som')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Logg inn på nytt' })).toBeVisible();
  await checkPage(page, testInfo, 'receipt-logged-out');
  expect(await requestStatus(request, created.id)).toBe('Accepted');
});

test('a second tab that approves a handled request shows the refusal below both buttons, and both are spent', async ({
  page,
  request,
}, testInfo) => {
  const created = await createStandardRequest(request);
  await logIn(page, KARI);
  await page.goto(pathOf(created.confirmUrl));
  // Meanwhile the request is rejected elsewhere (another tab, another access manager).
  const personal = await (await request.get(`/testtools/api/GetPersonalToken?pid=${KARI}&scopes=altinn:portal/enduser`)).text();
  const rejected = await request.post(`/authentication/api/v1/systemuser/request/50001003/${created.id}/reject`, {
    headers: { authorization: `Bearer ${personal}` },
  });
  expect(rejected.status(), await rejected.text()).toBe(200);

  // The first tab still shows the buttons: its click is refused, and the pair stays together.
  await page.getByRole('button', { name: 'Godkjenn systemtilgang' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Kunne ikke opprette systemtilgang' });
  await expect(alert).toContainText('Forespørselen er allerede behandlet.');
  const approve = page.getByRole('button', { name: 'Godkjenn systemtilgang' });
  const reject = page.getByRole('button', { name: 'Avvis' });
  await expect(approve).toHaveAttribute('aria-disabled', 'true');
  await expect(reject).toHaveAttribute('aria-disabled', 'true');
  const [a, r, e] = await Promise.all([approve.boundingBox(), reject.boundingBox(), alert.boundingBox()]);
  expect(e!.y).toBeGreaterThan(Math.max(a!.y + a!.height, r!.y + r!.height));
  await checkPage(page, testInfo, 'request-stale-tab');
  expect(await requestStatus(request, created.id)).toBe('Rejected');
});

test('a request that does not exist, and a link without id, are explained inline', async ({ page }, testInfo) => {
  await logIn(page, KARI);
  await page.goto(`/accessmanagement/ui/systemuser/request?id=${randomUUID()}`);
  await expect(page.getByText('Systemtilgang-forespørsel for valgt aktør finnes ikke.')).toBeVisible();
  await checkPage(page, testInfo, 'request-not-found');
  await page.goto('/accessmanagement/ui/systemuser/request');
  await expect(page.getByText('id må være med som query-parameter i url')).toBeVisible();
});

test('forwarding: step 2 replaces the box, Avslutt logs out; the access manager finds it under Forespørsler and returns to the overview', async ({
  page,
  request,
}, testInfo) => {
  const redirectUrl = `${VENDOR_RECEIPT}?forwarded=${randomUUID()}`;
  const created = await createStandardRequest(request, redirectUrl);
  await logIn(page, PER);
  await page.goto(pathOf(created.confirmUrl));
  await expect(page.getByRole('heading', { level: 3, name: 'Du mangler nødvendig fullmakt' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lukk og logg ut' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Godkjenn systemtilgang' })).toHaveCount(0);
  await checkPage(page, testInfo, 'request-escalate');

  // The kit forwards; step 2 stands alone: no warning heading, no forward button, one way out.
  await forwardRequest(page, created.confirmUrl, { rebase: true, finish: false });
  await expect(page.getByRole('heading', { level: 3, name: 'Forespørselen er videresendt' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Du mangler nødvendig fullmakt' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ja, send videre' })).toHaveCount(0);
  await checkPage(page, testInfo, 'request-escalated');
  const vendor = vendorLanding(page);
  await page.getByRole('button', { name: 'Avslutt' }).click();
  expect(await vendor).toBe(redirectUrl);
  expect(await requestStatus(request, created.id)).toBe('New');
  await page.goto(pathOf(created.confirmUrl));
  await expect(page).toHaveURL(/\/accessmanagement\/ui\/login/);

  // The access manager finds it under Forespørsler (left navigation), opens it with skiplogout, approves, and
  // is back on the overview with the new system access marked, still logged in.
  await logIn(page, KARI);
  await page.goto('/accessmanagement/ui/systemuser/overview');
  await page.getByRole('navigation', { name: 'Sidebar' }).getByLabel('Forespørsler').click();
  await expect(page).toHaveURL(/\/accessmanagement\/ui\/requests$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forespørsler for Bakeri Smått og Godt AS');
  const pending = page.locator(`a[href*="${created.id}"]`);
  await expect(pending).toHaveAccessibleName(new RegExp(`\\(ref: ${created.id.slice(-5)}\\)`));
  await checkPage(page, testInfo, 'requests');
  await pending.click();
  await expect(page.getByRole('link', { name: '‹ Tilbake' })).toHaveAttribute('href', '/accessmanagement/ui/requests');
  await page.getByRole('button', { name: 'Godkjenn systemtilgang' }).click();
  await expect(page).toHaveURL(new RegExp(`/accessmanagement/ui/systemuser/overview\\?created=${created.id}$`));
  await expect(page.getByText('Logget inn som Kari Nordmann')).toBeVisible();
  await expect(page.getByRole('link', { name: /SmartCloud/ }).filter({ hasText: 'NY' })).toBeVisible();
  expect(await requestStatus(request, created.id)).toBe('Accepted');
});

test('“Lukk og logg ut” ends the session without forwarding', async ({ page, request }) => {
  const created = await createStandardRequest(request);
  await logIn(page, PER);
  await page.goto(pathOf(created.confirmUrl));
  await page.getByRole('button', { name: 'Lukk og logg ut' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du er logget ut');
  await page.goto(pathOf(created.confirmUrl));
  await expect(page).toHaveURL(/\/accessmanagement\/ui\/login/);
  expect(await requestStatus(request, created.id)).toBe('New');
});

test('a person who may not act for the request’s organisation sees Altinn’s “could not switch actor” page', async ({
  page,
  request,
}, testInfo) => {
  const created = await createStandardRequest(request);
  await logIn(page, OLA);
  await page.goto(pathOf(created.confirmUrl));
  await expect(page).toHaveURL(/\/accessmanagement\/ui\/errorpage\/reportee$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vi klarte ikke å bytte aktør');
  await checkPage(page, testInfo, 'reportee-error');
  expect(await requestStatus(request, created.id)).toBe('New');
});
