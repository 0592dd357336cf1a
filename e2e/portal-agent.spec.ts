import { expect, test } from '@playwright/test';
import { checkPage, createAgentRequest, logIn, OLA, pathOf, requestStatus } from './portal-support';

const FACILITATOR = { partyId: 50001004, id: '9a77c3c7-50e5-498d-a04d-3f993bead0bf' };

test('agent flow: approve the agent request, land on the redirectUrl, then delegate a client', async ({ page, request }, testInfo) => {
  await page.route('https://superregnskap.no/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<html lang="en"><title>Vendor</title><h1>SuperRegnskap</h1></html>' }),
  );
  const created = await createAgentRequest(request, 'https://superregnskap.no/');
  await logIn(page, OLA);
  await page.goto(pathOf(created.confirmUrl));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Godkjenn systemtilgang for klientene dine');
  await expect(page.getByText('SuperRegnskap får fullmakt til å handle på vegne av klientene til Revisjon og Regnskap AS.', { exact: false })).toBeVisible();
  await checkPage(page, testInfo, 'agentrequest');
  await page.getByRole('button', { name: 'Godkjenn systemtilgang' }).click();
  await page.waitForURL('https://superregnskap.no/');
  expect(await requestStatus(request, created.id, true)).toBe('Accepted');

  // The agent system user is listed for clients, and leads to client delegation.
  await page.goto('/accessmanagement/ui/systemuser/overview');
  await expect(page.getByRole('heading', { name: 'Systemtilganger for klienter' })).toBeVisible();
  await checkPage(page, testInfo, 'overview-agent');
  await page.goto(`/accessmanagement/ui/systemuser/${created.id}/agentdelegation`);
  await expect(page.getByRole('heading', { name: 'Fullmakt til 2 tilgangspakker' })).toBeVisible();
  await expect(page.getByText('Denne systemtilgangen har ingen klienter.')).toBeVisible();
  await checkPage(page, testInfo, 'agentdelegation');

  await page.getByRole('button', { name: 'Legg til Fjordkysten Rørlegger AS i systemtilgang' }).click();
  await expect(page.getByText('Fjordkysten Rørlegger AS er lagt til systemtilgangen.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Klienter tilknyttet systemtilgangen' })).toContainText('Fjordkysten Rørlegger AS');

  // The portal API sees the same delegation.
  const token = await (await request.get(`/testtools/api/GetPersonalToken?pid=${OLA}&scopes=altinn:portal/enduser`)).text();
  const delegations = await request.get(
    `/authentication/api/v1/systemuser/agent/${FACILITATOR.partyId}/${FACILITATOR.id}/${created.id}/delegations`,
    { headers: { authorization: `Bearer ${token}` } },
  );
  expect(delegations.status()).toBe(200);
  expect(await delegations.json()).toEqual([expect.objectContaining({ customerOrganizationNumber: '313469999', customerName: 'Fjordkysten Rørlegger AS' })]);

  // A client without the packages (AUTH-00080) and an organisation that is no client (AUTH-00079).
  await page.getByRole('button', { name: 'Prøv å legge til Nordlys Transport AS' }).click();
  await expect(page.locator('.ds-alert[role="alert"]')).toContainText('Klienten har ikke gitt Revisjon og Regnskap AS fullmakt til alle tilgangspakkene');
  await page.getByLabel('Organisasjonsnummer').fill('314248295');
  await page.getByRole('button', { name: 'Legg til klient', exact: true }).click();
  await expect(page.locator('.ds-alert[role="alert"]').filter({ hasText: 'ikke klient' })).toContainText('Virksomheten er ikke klient hos Revisjon og Regnskap AS');
  await checkPage(page, testInfo, 'agentdelegation-errors');

  await page.getByRole('button', { name: 'Fjern Fjordkysten Rørlegger AS fra systemtilgang' }).click();
  await expect(page.getByText('Fjordkysten Rørlegger AS er fjernet fra systemtilgangen.')).toBeVisible();
  await expect(page.getByText('Denne systemtilgangen har ingen klienter.')).toBeVisible();
});
