import { expect, test } from '@playwright/test';
import { addClients, approveRequest } from 'systembruker-sandbox/playwright';

import { checkPage, createAgentRequest, logIn, OLA, pathOf } from './portal-support';

const FACILITATOR = { partyId: 50001004, id: '9a77c3c7-50e5-498d-a04d-3f993bead0bf' };

async function delegatedOrgNumbers(request: import('@playwright/test').APIRequestContext, systemUserId: string) {
  const token = await (await request.get(`/testtools/api/GetPersonalToken?pid=${OLA}&scopes=altinn:portal/enduser`)).text();
  const response = await request.get(
    `/authentication/api/v1/systemuser/agent/${FACILITATOR.partyId}/${FACILITATOR.id}/${systemUserId}/delegations`,
    { headers: { authorization: `Bearer ${token}` } },
  );
  expect(response.status()).toBe(200);
  return ((await response.json()) as { customerOrganizationNumber: string }[]).map((d) => d.customerOrganizationNumber).sort();
}

test('agent flow: approve (kit), then clients in Altinn’s modal: search, hide added, add all, remove, and the kit’s addClients', async ({
  page,
  request,
}, testInfo) => {
  const created = await createAgentRequest(request, 'https://superregnskap.no/');
  await logIn(page, OLA);
  await page.goto(pathOf(created.confirmUrl));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Godkjenn systemtilgang for klientene dine');
  await expect(
    page.getByText('SuperRegnskap får fullmakt til å handle på vegne av klientene til Revisjon og Regnskap AS.', { exact: false }),
  ).toBeVisible();
  await checkPage(page, testInfo, 'agentrequest');
  expect(await approveRequest(page, created.confirmUrl, { pid: OLA, rebase: true })).toBe('https://superregnskap.no/');

  // Logged out on the way to the vendor: log in again to add clients.
  await logIn(page, OLA);
  await page.goto('/accessmanagement/ui/systemuser/overview');
  await expect(page.getByRole('heading', { name: 'Systemtilganger for klienter' })).toBeVisible();
  await checkPage(page, testInfo, 'overview-agent');
  await page.goto(`/accessmanagement/ui/systemuser/${created.id}/agentdelegation`);
  await expect(page.getByRole('heading', { name: 'Fullmakt til 2 tilgangspakker' })).toBeVisible();
  await expect(page.getByText('Denne systemtilgangen har ingen klienter.')).toBeVisible();
  await checkPage(page, testInfo, 'agentdelegation');

  await page.getByRole('button', { name: 'Legg til klienter' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Hvilke klienter skal knyttes til systemtilgangen SuperRegnskap?' })).toBeVisible();
  // A client without all the packages has no add button, only the reason.
  const nordlys = dialog.getByRole('listitem').filter({ hasText: 'Nordlys Transport AS' });
  await expect(nordlys).toContainText('Kan ikke legges til');
  await expect(nordlys.getByRole('button')).toHaveCount(0);
  await expect(dialog.getByText('Org.nr. 313 469 999')).toBeVisible();
  await checkPage(page, testInfo, 'agentdelegation-modal');

  // Search by a part of the number keeps what was typed and narrows the list; spaces are ignored.
  const search = dialog.getByRole('searchbox', { name: 'Søk i klienter' });
  await search.fill('313');
  await expect(search).toHaveValue('313');
  await expect(dialog.getByRole('listitem')).toHaveCount(1);
  await search.fill('313 469 999');
  await dialog.getByRole('button', { name: 'Legg til Fjordkysten Rørlegger AS i systemtilgang' }).click();
  await expect(dialog.getByText('Fjordkysten Rørlegger AS er lagt til systemtilgangen.')).toBeVisible();
  await search.fill('');
  await dialog.getByLabel('Skjul klienter som er lagt til').check();
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Fjordkysten Rørlegger AS' })).toHaveCount(0);
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Solsiden Eiendom AS' })).toHaveCount(1);
  await dialog.getByLabel('Skjul klienter som er lagt til').uncheck();

  await dialog.getByRole('button', { name: 'Legg til alle klienter' }).click();
  await expect(dialog.getByText('Alle klienter er lagt til.')).toBeVisible();
  await checkPage(page, testInfo, 'agentdelegation-modal-all-added');
  await dialog.getByRole('button', { name: 'Bekreft og lukk' }).click();
  await expect(dialog).toBeHidden();
  const list = page.getByRole('list', { name: 'Klienter tilknyttet systemtilgangen' });
  await expect(list).toContainText('Fjordkysten Rørlegger AS');
  await expect(list).toContainText('Solsiden Eiendom AS');
  expect(await delegatedOrgNumbers(request, created.id)).toEqual(['310365882', '313469999']);
  // No success banner lingers in the page or its address.
  expect(page.url()).not.toContain('added=');

  // Remove both again, then add one back with the kit.
  await page.getByRole('button', { name: 'Legg til eller fjern klienter' }).click();
  await dialog.getByRole('button', { name: 'Fjern Fjordkysten Rørlegger AS fra systemtilgang' }).click();
  await expect(dialog.getByText('Fjordkysten Rørlegger AS er fjernet fra systemtilgangen.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Fjern Solsiden Eiendom AS fra systemtilgang' }).click();
  await expect(dialog.getByText('Solsiden Eiendom AS er fjernet fra systemtilgangen.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Bekreft og lukk' }).click();
  await expect(page.getByText('Denne systemtilgangen har ingen klienter.')).toBeVisible();
  expect(await delegatedOrgNumbers(request, created.id)).toEqual([]);

  await addClients(page, created.id, ['313469999']);
  await expect(page.getByRole('list', { name: 'Klienter tilknyttet systemtilgangen' })).toContainText('Fjordkysten Rørlegger AS');
  expect(await delegatedOrgNumbers(request, created.id)).toEqual(['313469999']);
  await expect(addClients(page, created.id, ['310178217'], { timeout: 5_000 })).rejects.toThrow(/310178217/);
});
