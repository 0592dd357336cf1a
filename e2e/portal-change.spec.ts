import { randomUUID } from 'node:crypto';

import { expect, test } from '@playwright/test';

import { checkPage, createStandardRequest, KARI, logIn, pathOf, PKG, vendorLanding, vendorToken } from './portal-support';

test('change request: the owner approves removing a package, lands on the redirectUrl, and the system user changes', async ({
  page,
  request,
}, testInfo) => {
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
  // Logged out on the way (a change request always logs out), then to the vendor's redirectUrl verbatim.
  const vendor = vendorLanding(page);
  await page.getByRole('button', { name: 'Godkjenn oppdatert systemtilgang' }).click();
  expect(await vendor).toBe(redirectUrl);
  expect((await page.context().cookies()).some((c) => c.name.includes('next-auth.session-token'))).toBe(false);

  const status = await request.get(`/authentication/api/v1/systemuser/changerequest/vendor/${correlationId}`, {
    headers: { authorization: `Bearer ${await vendorToken(request, '991825827')}` },
  });
  expect(((await status.json()) as { status: string }).status).toBe('Accepted');
  const user = await request.get(`/authentication/api/v1/systemuser/50001003/${created.id}`, {
    headers: { authorization: `Bearer ${personal}` },
  });
  expect(((await user.json()) as { accessPackages: unknown[] }).accessPackages).toEqual([]);
});
