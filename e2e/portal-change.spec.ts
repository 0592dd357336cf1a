import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { checkPage, createStandardRequest, KARI, logIn, pathOf, PKG, vendorToken } from './portal-support';

test('change request: the owner approves removing a package, lands on the redirectUrl, and the system user changes', async ({ page, request }, testInfo) => {
  await page.route('https://smartcloudxxxx/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<html lang="en"><title>Vendor</title><h1>Changed</h1></html>' }),
  );
  // A standard system user first, approved through the portal API with Kari's personal token.
  const created = await createStandardRequest(request);
  const personal = await (await request.get(`/testtools/api/GetPersonalToken?pid=${KARI}&scopes=altinn:portal/enduser`)).text();
  const approved = await request.post(`/authentication/api/v1/systemuser/request/50001003/${created.id}/approve`, {
    headers: { authorization: `Bearer ${personal}` },
  });
  expect(approved.status(), await approved.text()).toBe(200);

  const token = await vendorToken(request, '991825827');
  const correlationId = randomUUID();
  const redirectUrl = `https://smartcloudxxxx/receipt?change=${correlationId}`;
  const change = await request.post(
    `/authentication/api/v1/systemuser/changerequest/vendor?correlation-id=${correlationId}&system-user-id=${created.id}`,
    { headers: { authorization: `Bearer ${token}` }, data: { unwantedAccessPackages: [{ urn: `${PKG}skattegrunnlag` }], redirectUrl } },
  );
  expect(change.status(), await change.text()).toBe(201);
  const { confirmUrl } = (await change.json()) as { confirmUrl: string };

  await logIn(page, KARI);
  await page.goto(pathOf(confirmUrl));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oppdatering av systemtilgang');
  await expect(page.getByRole('heading', { name: 'Denne tilgangspakken vil fjernes' })).toBeVisible();
  await checkPage(page, testInfo, 'changerequest');
  await page.getByRole('button', { name: 'Godkjenn oppdatert systemtilgang' }).click();
  await page.waitForURL(redirectUrl);

  const status = await request.get(`/authentication/api/v1/systemuser/changerequest/vendor/${correlationId}`, {
    headers: { authorization: `Bearer ${await vendorToken(request, '991825827')}` },
  });
  expect(((await status.json()) as { status: string }).status).toBe('Accepted');
  const user = await request.get(`/authentication/api/v1/systemuser/50001003/${created.id}`, { headers: { authorization: `Bearer ${personal}` } });
  expect(((await user.json()) as { accessPackages: unknown[] }).accessPackages).toEqual([]);
});
