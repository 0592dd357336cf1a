import { randomUUID } from 'node:crypto';

import { type APIRequestContext, expect, type Page, test, type TestInfo } from '@playwright/test';

import { checkPage, createAgentRequest, logIn, OLA, PKG, vendorToken } from './portal-support';

// The facilitator's own organisation on its agent system user (Altinn's addOwnOrg and addOwnOrgEdgeCases
// specs) and the client modal's pages of 5. The data is a test-data document with a facilitator of seven
// clients whose relations carry `motorvognavgift`, a package that can be both assigned and given to clients;
// each test approves a new agent system user for it, so the tests share nothing they change.

const FACILITATOR = { id: 'e2e00000-0000-4000-8000-000000000000', orgNo: '315000009', name: 'Klokkeverk Regnskap AS', partyId: 50090000 };
const MANAGER = '14907840027'; // daglig leder, access manager and client administrator of the facilitator
const CLIENTS = [
  { orgNo: '315001374', name: 'Aurora Bakeri AS' },
  { orgNo: '315002745', name: 'Bølgen Fiske AS' },
  { orgNo: '315005485', name: 'Cirkel Design AS' },
  { orgNo: '315006856', name: 'Dugnad Bygg AS' },
  { orgNo: '315008220', name: 'Elvebredden Gård AS' },
  { orgNo: '315009596', name: 'Fjellstua Turisme AS' },
  { orgNo: '315010969', name: 'Granskog Tre AS' },
].map((c, i) => ({ ...c, id: `e2e00000-0000-4000-8000-00000000000${i + 1}`, partyId: 50090001 + i }));
const SYSTEM_ID = '312605031_e2e_motorvogn';
const MOTORVOGN = `${PKG}motorvognavgift`;

const testData = {
  organizations: [FACILITATOR, ...CLIENTS].map(({ id, orgNo, name, partyId }) => ({ id, orgNo, name, partyId })),
  persons: [
    {
      pid: MANAGER,
      name: 'Mette Klokkeverk',
      access: [{ orgNo: FACILITATOR.orgNo, roles: ['DAGL', 'TILGANGSSTYRER', 'KLIENTADMINISTRATOR'], packages: [MOTORVOGN] }],
    },
  ],
  clientRelations: CLIENTS.map((c) => ({
    facilitatorOrgNo: FACILITATOR.orgNo,
    clientOrgNo: c.orgNo,
    roleCode: 'REGN',
    accessPackages: [MOTORVOGN],
  })),
  systems: [
    {
      systemId: SYSTEM_ID,
      vendorOrgNo: '312605031',
      name: { nb: 'Motorvogn e2e', nn: 'Motorvogn e2e', en: 'Motorvogn e2e' },
      description: { nb: 'Testsystem', nn: 'Testsystem', en: 'Test system' },
      accessPackages: [MOTORVOGN],
      allowedRedirectUrls: ['https://superregnskap.no'],
    },
  ],
};

/** Loads the document (entries are only added, so a second load changes nothing) and approves a new agent system user. */
async function newAgentSystemUser(request: APIRequestContext): Promise<string> {
  const loaded = await request.post('/sandbox/api/v1/testdata', { data: testData });
  expect(loaded.status(), await loaded.text()).toBe(200);
  const token = await vendorToken(request, '312605031');
  const created = await request.post('/authentication/api/v1/systemuser/request/vendor/agent', {
    headers: { authorization: `Bearer ${token}` },
    data: { externalRef: `e2e-${randomUUID()}`, systemId: SYSTEM_ID, partyOrgNo: FACILITATOR.orgNo, accessPackages: [{ urn: MOTORVOGN }] },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const approved = await request.post(`/authentication/api/v1/systemuser/request/agent/${FACILITATOR.partyId}/${id}/approve`, {
    headers: { authorization: `Bearer ${await personalToken(request, MANAGER)}` },
  });
  expect(approved.status(), await approved.text()).toBe(200);
  return id;
}

async function personalToken(request: APIRequestContext, pid: string): Promise<string> {
  return (await request.get(`/testtools/api/GetPersonalToken?pid=${pid}&scopes=altinn:portal/enduser`)).text();
}

/** A new agent system user of the facilitator, opened on its client page by the facilitator's manager. */
async function openNewAgent(page: Page, request: APIRequestContext): Promise<string> {
  const id = await newAgentSystemUser(request);
  await logIn(page, MANAGER);
  await page.goto(`/accessmanagement/ui/systemuser/${id}/agentdelegation`);
  return id;
}

/** The self route's answer: is the facilitator itself on the agent system user? */
async function selfAdded(request: APIRequestContext, id: string): Promise<boolean> {
  const response = await request.get(`/authentication/api/v1/systemuser/agent/${FACILITATOR.partyId}/${id}/self`, {
    headers: { authorization: `Bearer ${await personalToken(request, MANAGER)}` },
  });
  expect(response.status()).toBe(200);
  return (await response.json()) as boolean;
}

/** Altinn's locators (ClientDelegationPage), in nb unless texts are given. */
function own(
  page: Page,
  texts = { add: 'Legg til din virksomhet', badge: 'Din virksomhet', remove: 'Fjern din virksomhet fra systemtilgang' },
) {
  const row = page.getByRole('listitem').filter({ hasText: FACILITATOR.name });
  return {
    add: page.getByRole('button', { name: texts.add }),
    badge: page.getByText(texts.badge, { exact: true }),
    remove: page.getByRole('button', { name: texts.remove }),
    row,
    orgNo: row.getByText('Org.nr. 315 000 009'),
  };
}

/** checkPage (axe, screenshots at 1280 and 390 px), and at 390 px nothing scrolls sideways. */
async function checkState(page: Page, testInfo: TestInfo, name: string) {
  await checkPage(page, testInfo, name);
  const size = page.viewportSize() ?? { width: 1280, height: 900 };
  await page.setViewportSize({ width: 390, height: 844 });
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `${name}: ${scrollWidth} px wide in a ${clientWidth} px window`).toBeLessThanOrEqual(clientWidth);
  await page.setViewportSize(size);
}

async function setLanguage(page: Page, locale: 'nb' | 'nn' | 'en') {
  const url = new URL(page.url());
  await page.context().addCookies([{ name: 'NEXT_LOCALE', value: locale, domain: url.hostname, path: '/' }]);
  await page.reload();
  // The buttons work once the page is interactive.
  await page.waitForLoadState('networkidle');
}

test('self-delegation: "Legg til din virksomhet" adds the own organisation with the badge, removing it brings the button back, and it lasts a reload', async ({
  page,
  request,
}, testInfo) => {
  // Six page states, each checked with axe at two widths: more than the default minute on two busy cores.
  test.setTimeout(180_000);
  const id = await openNewAgent(page, request);
  const o = own(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Klienter tilknyttet systemtilgangen' })).toBeVisible();
  await expect(page.getByText('Denne systemtilgangen har ingen klienter.')).toBeVisible();
  await expect(o.badge).toHaveCount(0);
  await checkState(page, testInfo, 'agentdelegation-own-empty');

  // Adding: the button goes, the organisation is listed first with its number, the badge and the remove button.
  await o.add.click();
  await expect(o.badge).toBeVisible();
  await expect(o.add).toHaveCount(0);
  await expect(o.remove).toBeVisible();
  await expect(o.row).toBeVisible();
  await expect(o.orgNo).toBeVisible();
  expect(await selfAdded(request, id)).toBe(true);
  // The locators of Altinn's earlier edge-case spec: the name as a level-3 heading, badge and number as subtle spans.
  await expect(page.getByRole('heading', { name: FACILITATOR.name, level: 3 })).toBeVisible();
  await expect(page.locator('span[data-variant="subtle"]', { hasText: 'Din virksomhet' })).toBeVisible();
  await expect(page.locator('span[data-variant="subtle"]', { hasText: 'Org.nr. 315 000 009' })).toBeVisible();
  await checkState(page, testInfo, 'agentdelegation-own-added');

  await page.reload();
  await expect(o.badge).toBeVisible();
  await expect(o.remove).toBeVisible();
  await expect(o.orgNo).toBeVisible();
  await expect(o.add).toHaveCount(0);

  // Removing: with no clients the row goes too, and "Legg til din virksomhet" is back.
  await o.remove.click();
  await expect(o.badge).toHaveCount(0);
  await expect(o.remove).toHaveCount(0);
  await expect(o.row).toHaveCount(0);
  await expect(o.add).toBeVisible();
  expect(await selfAdded(request, id)).toBe(false);

  // Re-adding works.
  await o.add.click();
  await expect(o.badge).toBeVisible();
  await expect(o.remove).toBeVisible();
  await expect(o.orgNo).toBeVisible();

  // With clients the own organisation stays listed after removal, with Altinn's "Legg til i systemtilgang".
  await page.getByRole('button', { name: 'Legg til eller fjern klienter' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Legg til alle klienter' }).click();
  await expect(dialog.getByText('Alle klienter er lagt til.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Bekreft og lukk' }).click();
  await expect(dialog).toBeHidden();
  const list = page.getByRole('list', { name: 'Klienter tilknyttet systemtilgangen' });
  for (const c of CLIENTS) await expect(list.getByRole('listitem').filter({ hasText: c.name })).toBeVisible();
  await expect(list.getByRole('listitem').first()).toContainText(FACILITATOR.name);
  await o.remove.click();
  await expect(o.badge).toBeVisible();
  await expect(o.remove).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Legg til din virksomhet i systemtilgang' })).toBeVisible();
  await expect(o.add).toBeVisible(); // Altinn's locator matches the row's button by its name
  expect(await selfAdded(request, id)).toBe(false);
  await checkState(page, testInfo, 'agentdelegation-own-with-clients');

  // nynorsk and English, as Altinn's texts.
  await setLanguage(page, 'nn');
  await page.getByRole('button', { name: 'Legg til verksemda di i systemtilgangen' }).click();
  await expect(page.getByText('Verksemda di', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Fjern verksemda di frå systemtilgangen' })).toBeVisible();
  await checkState(page, testInfo, 'agentdelegation-own-nn');
  await setLanguage(page, 'en');
  await expect(page.getByText('Your organization', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Remove your organization from system access' }).click();
  await expect(page.getByRole('button', { name: 'Add your organization to system access' })).toBeVisible();
  await checkState(page, testInfo, 'agentdelegation-own-en');
  await setLanguage(page, 'nb');
});

test('self-delegation is offered only where Altinn offers it, and a refusal is said as Altinn says it', async ({
  page,
  request,
}, testInfo) => {
  // Client-only packages (the seeded SuperRegnskap agent of Revisjon og Regnskap AS) cannot be assigned: no button.
  await logIn(page, OLA);
  const { id: revisorAgent } = await createAgentRequest(request);
  const approved = await request.post(`/authentication/api/v1/systemuser/request/agent/50001004/${revisorAgent}/approve`, {
    headers: { authorization: `Bearer ${await personalToken(request, OLA)}` },
  });
  expect(approved.status()).toBe(200);
  await page.goto(`/accessmanagement/ui/systemuser/${revisorAgent}/agentdelegation`);
  await expect(page.getByRole('heading', { level: 2, name: 'Klienter tilknyttet systemtilgangen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Legg til klienter' })).toBeVisible();
  await expect(page.getByRole('button', { name: /din virksomhet/ })).toHaveCount(0);
  // The API refuses it too, with Altinn's code.
  const refused = await request.post(`/authentication/api/v1/systemuser/agent/50001004/${revisorAgent}/self`, {
    headers: { authorization: `Bearer ${await personalToken(request, OLA)}` },
  });
  expect(refused.status()).toBe(400);
  expect(((await refused.json()) as { code: string }).code).toBe('AUTH-00064');

  // A page left open while the system access is deleted elsewhere: the click fails with Altinn's sentence, and
  // the button is spent.
  const id = await openNewAgent(page, request);
  const o = own(page);
  await expect(o.add).toBeVisible();
  const deleted = await request.delete(
    `/authentication/api/v1/systemuser/agent/${FACILITATOR.partyId}/${id}?facilitatorId=${FACILITATOR.id}`,
    {
      headers: { authorization: `Bearer ${await personalToken(request, MANAGER)}` },
    },
  );
  expect(deleted.ok(), await deleted.text()).toBe(true);
  await o.add.click();
  await expect(page.locator('.ds-alert[role="alert"]')).toContainText('Kunne ikke legge til din virksomhet');
  await expect(o.add).toHaveAttribute('aria-disabled', 'true');
  await checkState(page, testInfo, 'agentdelegation-own-refused');
});

test('client modal with seven clients: pages of 5, next page, search narrows and resets the page, add on page 2, hide added', async ({
  page,
  request,
}, testInfo) => {
  await openNewAgent(page, request);
  await page.getByRole('button', { name: 'Legg til klienter' }).click();
  const dialog = page.getByRole('dialog');
  const rows = dialog.getByRole('listitem');
  const pages = dialog.getByRole('navigation', { name: 'Sider' });
  await expect(rows).toHaveCount(5);
  await expect(rows.first()).toContainText(CLIENTS[0].name);
  await expect(pages.getByRole('button', { name: 'Side 1' })).toHaveAttribute('aria-current', 'page');

  await pages.getByRole('button', { name: /Neste/ }).click();
  await expect(rows).toHaveCount(2);
  await expect(pages.getByRole('button', { name: 'Side 2' })).toHaveAttribute('aria-current', 'page');
  await expect(rows.nth(0)).toContainText(CLIENTS[5].name);
  await expect(rows.nth(1)).toContainText(CLIENTS[6].name);
  await checkState(page, testInfo, 'agentdelegation-modal-page-2');

  // Adding on page 2 keeps the page.
  await dialog.getByRole('button', { name: `Legg til ${CLIENTS[6].name} i systemtilgang` }).click();
  await expect(dialog.getByText(`${CLIENTS[6].name} er lagt til systemtilgangen.`)).toBeVisible();
  await expect(dialog.getByRole('button', { name: `Fjern ${CLIENTS[6].name} fra systemtilgang` })).toBeVisible();
  await expect(pages.getByRole('button', { name: 'Side 2' })).toHaveAttribute('aria-current', 'page');

  // A search narrows to one row on one page (no pager), by name or by number with spaces.
  const search = dialog.getByRole('searchbox', { name: 'Søk i klienter' });
  await search.fill('bølgen');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(CLIENTS[1].name);
  await expect(pages).toHaveCount(0);
  await search.fill('315 009');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(CLIENTS[5].name);
  // Clearing it starts again on page 1.
  await search.fill('');
  await expect(rows).toHaveCount(5);
  await expect(pages.getByRole('button', { name: 'Side 1' })).toHaveAttribute('aria-current', 'page');

  // Hiding the added client leaves six: still two pages, the second with one row.
  await dialog.getByLabel('Skjul klienter som er lagt til').check();
  await pages.getByRole('button', { name: 'Side 2' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(CLIENTS[5].name);
  await dialog.getByRole('button', { name: 'Bekreft og lukk' }).click();
  await expect(dialog).toBeHidden();
  // Listed: the own organisation (offered, as the packages can be assigned), then the one client.
  const list = page.getByRole('list', { name: 'Klienter tilknyttet systemtilgangen' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').nth(0)).toContainText(FACILITATOR.name);
  await expect(list.getByRole('button', { name: 'Legg til din virksomhet i systemtilgang' })).toBeVisible();
  await expect(list.getByRole('listitem').nth(1)).toContainText(CLIENTS[6].name);
});

test('account menu: after login at the portal’s front door the account menu is open; choosing an organisation switches to it', async ({
  page,
}, testInfo) => {
  // Lise Lønn may act for two organisations.
  await page.goto('/accessmanagement/ui');
  await expect(page).toHaveURL(/\/accessmanagement\/ui\/login\?callbackUrl=/);
  await page.getByLabel('Fødselsnummer').fill('01889000089');
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Velg aktør' })).toBeVisible();
  await expect(dialog.getByRole('menuitem')).toHaveCount(2);
  await expect(dialog.getByRole('menuitem', { name: 'Grønn Hage Lise Lønn' })).toContainText('Org.nr. 312 888 882');
  await checkState(page, testInfo, 'account-menu');

  // Altinn's test searches with the page's only searchbox, then picks the menu item.
  const search = page.getByRole('searchbox');
  await expect(search).toHaveAccessibleName('Søk i aktører');
  await search.fill('Grønn');
  await expect(dialog.getByRole('menuitem')).toHaveCount(1);
  await dialog.getByRole('menuitem', { name: 'Grønn Hage Lise Lønn' }).first().click();
  await expect(page.getByRole('menuitem', { name: 'Grønn Hage Lise Lønn' })).toBeHidden();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/accessmanagement\/ui\/systemuser\/overview$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Systemtilganger for Grønn Hage Lise Lønn');

  // The header's account button names the chosen party and opens the menu again (once the page is interactive);
  // the other party switches back.
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: 'Grønn Hage Lise Lønn' }).click();
  await expect(dialog.getByRole('menuitem', { name: 'Grønn Hage Lise Lønn' })).toHaveAttribute('aria-current', 'true');
  await dialog.getByRole('menuitem', { name: 'Havbris Kafé AS' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Systemtilganger for Havbris Kafé AS');

  for (const [locale, heading, searchName] of [
    ['nn', 'Vel aktør', 'Søk i aktørar'],
    ['en', 'Choose party', 'Search parties'],
  ] as const) {
    await setLanguage(page, locale);
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: 'Havbris Kafé AS' }).click();
    await expect(dialog.getByRole('heading', { name: heading })).toBeVisible();
    await expect(dialog.getByRole('searchbox', { name: searchName })).toBeVisible();
    await checkState(page, testInfo, `account-menu-${locale}`);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
  await setLanguage(page, 'nb');
});
