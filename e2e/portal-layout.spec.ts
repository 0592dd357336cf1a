import { randomUUID } from 'node:crypto';

import { expect, type Page, test } from '@playwright/test';

import { checkPage, createAgentRequest, createStandardRequest, KARI, logIn, OLA, pathOf, PER, PKG, vendorToken } from './portal-support';

async function personalToken(request: import('@playwright/test').APIRequestContext, pid: string) {
  return (await request.get(`/testtools/api/GetPersonalToken?pid=${pid}&scopes=altinn:portal/enduser`)).text();
}

/** The page is no wider than the window: nothing scrolls sideways. */
async function expectNoSidewaysScroll(page: Page, label: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect.soft(scrollWidth, `${label}: ${scrollWidth} px wide in a ${clientWidth} px window`).toBeLessThanOrEqual(clientWidth);
}

test('at 390 px no page scrolls sideways', async ({ page, request }) => {
  test.setTimeout(180_000);
  // One of everything: a standard system user, an agent one, a change request, a new request of each kind.
  const standard = await createStandardRequest(request);
  const approved = await request.post(`/authentication/api/v1/systemuser/request/50001003/${standard.id}/approve`, {
    headers: { authorization: `Bearer ${await personalToken(request, KARI)}` },
  });
  expect(approved.status(), await approved.text()).toBe(200);
  const agent = await createAgentRequest(request);
  const agentApproved = await request.post(`/authentication/api/v1/systemuser/request/agent/50001004/${agent.id}/approve`, {
    headers: { authorization: `Bearer ${await personalToken(request, OLA)}` },
  });
  expect(agentApproved.status(), await agentApproved.text()).toBe(200);
  const correlationId = randomUUID();
  const change = await request.post(
    `/authentication/api/v1/systemuser/changerequest/vendor?correlation-id=${correlationId}&system-user-id=${standard.id}`,
    {
      headers: { authorization: `Bearer ${await vendorToken(request, '991825827')}` },
      data: { unwantedAccessPackages: [{ urn: `${PKG}skattegrunnlag` }] },
    },
  );
  expect(change.status(), await change.text()).toBe(201);
  const changeUrl = ((await change.json()) as { confirmUrl: string }).confirmUrl;
  const newStandard = await createStandardRequest(request);
  const newAgent = await createAgentRequest(request);

  await page.setViewportSize({ width: 390, height: 844 });
  const visit = async (path: string) => {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await expectNoSidewaysScroll(page, path);
  };
  // Logged out.
  await visit('/');
  await visit('/accessmanagement/ui/login');
  await visit('/accessmanagement/ui/no-such-page');
  await visit(`/accessmanagement/ui/systemuser/receipt?id=${standard.id}`);

  await logIn(page, KARI);
  for (const path of [
    '/accessmanagement/ui/systemuser/overview',
    '/accessmanagement/ui/requests',
    '/accessmanagement/ui/systemuser/create',
    '/accessmanagement/ui/systemuser/create?system=991825827_smartcloud',
    `/accessmanagement/ui/systemuser/${standard.id}`,
    pathOf(newStandard.confirmUrl),
    pathOf(changeUrl),
    '/accessmanagement/ui/errorpage/reportee',
    '/accessmanagement/ui/no-such-page',
  ]) {
    await visit(path);
  }

  await logIn(page, OLA);
  for (const path of [
    '/accessmanagement/ui/systemuser/overview',
    `/accessmanagement/ui/systemuser/${agent.id}/agentdelegation`,
    pathOf(newAgent.confirmUrl),
  ]) {
    await visit(path);
  }
  await page.goto(`/accessmanagement/ui/systemuser/${agent.id}/agentdelegation`);
  await page.getByRole('button', { name: 'Legg til klienter' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoSidewaysScroll(page, 'client modal');

  await logIn(page, PER);
  await visit(pathOf(newStandard.confirmUrl));
});

test('an unknown page is Altinn’s “Oida” page, with the header, the language menu and links onward', async ({ page }, testInfo) => {
  const response = await page.goto('/accessmanagement/ui/systemuser/finnes-ikke/mer');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oida, denne siden kjenner vi ikke til...');
  await expect(page).toHaveTitle('Fant ikke siden - Altinn');
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Systemtilganger' })).toHaveAttribute('href', '/accessmanagement/ui/systemuser/overview');
  await expect(page.getByRole('link', { name: 'Startsiden til sandkassen' })).toBeVisible();
  await checkPage(page, testInfo, 'not-found');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oops, we do not know this page...');
  await page.getByRole('button', { name: 'Norsk (bokmål)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oida, denne siden kjenner vi ikke til...');
});

test('links look like links, the grey background reaches the bottom, and the favicon is served from public/', async ({ page, request }) => {
  await page.goto('/accessmanagement/ui/errorpage/reportee');
  const link = page.getByRole('link', { name: 'Systemtilganger' });
  const style = await link.evaluate((a) => {
    const s = getComputedStyle(a);
    return { line: s.textDecorationLine, color: s.color, body: getComputedStyle(a.closest('p, li, div') ?? document.body).color };
  });
  expect(style.line).toContain('underline');
  expect(style.color).not.toBe(style.body);

  await page.setViewportSize({ width: 1280, height: 1400 });
  const bottom = await page.evaluate(() => {
    const html = getComputedStyle(document.documentElement).backgroundColor;
    return { html, short: document.body.scrollHeight < window.innerHeight };
  });
  expect(bottom.short).toBe(true);
  expect(bottom.html).not.toMatch(/^rgba\(0, 0, 0, 0\)$|^rgb\(255, 255, 255\)$/);

  const icon = await request.get('/favicon.ico');
  expect(icon.status()).toBe(200);
  expect((await icon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  await expect(page.locator('link[rel="icon"][href^="/favicon.ico"]')).toHaveCount(1);
});

test('nynorsk and English texts: Altinn’s “Egne systemtilgangar”, and “Org. no.” in English client rows', async ({ page, request }) => {
  await logIn(page, KARI);
  await page.goto('/accessmanagement/ui/systemuser/overview');
  await page.getByRole('button', { name: 'Norsk (nynorsk)' }).click();
  await expect(page.getByRole('heading', { name: 'Egne systemtilgangar' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sidebar' }).getByLabel('Systemtilgangar')).toBeVisible();

  const agent = await createAgentRequest(request);
  const approved = await request.post(`/authentication/api/v1/systemuser/request/agent/50001004/${agent.id}/approve`, {
    headers: { authorization: `Bearer ${await personalToken(request, OLA)}` },
  });
  expect(approved.status()).toBe(200);
  await logIn(page, OLA);
  await page.goto(`/accessmanagement/ui/systemuser/${agent.id}/agentdelegation`);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Add clients' }).click();
  await expect(page.getByRole('dialog').getByText('Org. no. 313 469 999')).toBeVisible();
  await page.getByRole('button', { name: 'Confirm and close' }).click();
  await page.getByRole('button', { name: 'Norsk (bokmål)' }).click();
});
