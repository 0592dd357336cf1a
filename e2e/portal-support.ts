import { randomUUID } from 'node:crypto';

import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Page, type TestInfo } from '@playwright/test';

// Shared steps of the portal's browser tests: log in through next-auth's API, talk to the vendor API with
// test tokens, and check a page (axe, screenshots at desktop and phone width).

export const KARI = '12858540036';
export const OLA = '03917940028';
export const PER = '24829040049';
export const LISE = '01889000089';
export const PKG = 'urn:altinn:accesspackage:';

/** Logs the browser context in as the person, the way the login form does, without clicking. */
export async function logIn(page: Page, pid: string): Promise<void> {
  const request = page.context().request;
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await request.post('/api/auth/callback/testid', {
    form: { csrfToken, pid, callbackUrl: '/accessmanagement/ui/systemuser/overview', json: 'true' },
    maxRedirects: 0,
  });
  expect([200, 302]).toContain(response.status());
  const cookies = await page.context().cookies();
  expect(cookies.some((c) => c.name.includes('next-auth.session-token'))).toBe(true);
}

export async function vendorToken(request: APIRequestContext, orgNo: string): Promise<string> {
  const scopes = 'altinn:authentication/systemuser.request.write,altinn:authentication/systemuser.request.read';
  const response = await request.get(`/testtools/api/GetEnterpriseToken?orgNo=${orgNo}&scopes=${scopes}`);
  expect(response.status()).toBe(200);
  return response.text();
}

export interface CreatedRequest {
  id: string;
  confirmUrl: string;
  status: string;
  externalRef: string;
}

/** A standard request from SmartCloud for Bakeri Smått og Godt AS, with a unique externalRef. */
export async function createStandardRequest(request: APIRequestContext, redirectUrl?: string): Promise<CreatedRequest> {
  const token = await vendorToken(request, '991825827');
  const response = await request.post('/authentication/api/v1/systemuser/request/vendor', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      externalRef: `e2e-${randomUUID()}`,
      systemId: '991825827_smartcloud',
      partyOrgNo: '314248295',
      rights: [{ resource: [{ id: 'urn:altinn:resource', value: 'ske-krav-og-betalinger' }] }],
      accessPackages: [{ urn: `${PKG}skattegrunnlag` }],
      ...(redirectUrl ? { redirectUrl } : {}),
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

/** An agent request from SuperRegnskap for Revisjon og Regnskap AS, for the accountant's packages. */
export async function createAgentRequest(request: APIRequestContext, redirectUrl?: string): Promise<CreatedRequest> {
  const token = await vendorToken(request, '312605031');
  const response = await request.post('/authentication/api/v1/systemuser/request/vendor/agent', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      externalRef: `e2e-${randomUUID()}`,
      systemId: '312605031_SuperRegnskap',
      partyOrgNo: '310495670',
      accessPackages: [{ urn: `${PKG}regnskapsforer-med-signeringsrettighet` }, { urn: `${PKG}regnskapsforer-lonn` }],
      ...(redirectUrl ? { redirectUrl } : {}),
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

export async function requestStatus(request: APIRequestContext, id: string, agent = false): Promise<string> {
  const token = await vendorToken(request, agent ? '312605031' : '991825827');
  const response = await request.get(`/authentication/api/v1/systemuser/request/vendor/${agent ? 'agent/' : ''}${id}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { status: string }).status;
}

/** The confirmUrl's path and query, so the test follows it on whatever port the server runs. */
export const pathOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

/**
 * No serious or critical axe violation, and screenshots at desktop (1280) and phone (390) width, saved as
 * test artifacts.
 */
async function expectAccessible(page: Page, width: number): Promise<void> {
  // A dialog or a resize may still be fading in; axe would judge the contrast of half-transparent text.
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))));
  // After a client-side refresh (the language switch) Next puts the new <title> in a moment later; axe would
  // read a document without one.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${width}px ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

export async function checkPage(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  // No raw JSON or message keys on the page.
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/\{"|\b(request|overview|common|agent|create|details)\.[a-zA-Z]+\b/);
  // Norwegian pages carry no English words of the interface (names of systems and languages aside).
  const lang = await page.locator('html').getAttribute('lang');
  if (lang === 'nb' || lang === 'nn') {
    const withoutLanguageNames = text.replace(/English/g, '');
    expect(withoutLanguageNames).not.toMatch(
      /\b(the|and|you|Log in|Log out|Approve|Reject|Delete|Cancel|Back|Search|Client|Loading|Error)\b/,
    );
  }
  const size = page.viewportSize() ?? { width: 1280, height: 900 };
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectAccessible(page, 1280);
  await page.screenshot({ path: testInfo.outputPath(`${name}-desktop.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page, 390);
  await page.screenshot({ path: testInfo.outputPath(`${name}-phone.png`), fullPage: true });
  await page.setViewportSize(size);
}

/**
 * Resolves to the vendor URL the browser is sent to, once the main frame has committed there (Chromium's error
 * page, as the vendor's host does not exist here). Waiting only for the request races a following page.goto,
 * which the late commit would cut short. Call before the click that leaves the site.
 */
export function vendorLanding(page: Page, prefix = 'https://smartcloudxxxx/'): Promise<string> {
  const sent = page.waitForRequest((r) => r.isNavigationRequest() && r.frame() === page.mainFrame() && r.url().startsWith(prefix));
  const committed = page.waitForEvent('framenavigated', {
    predicate: (frame) => frame === page.mainFrame() && (frame.url().startsWith(prefix) || frame.url().startsWith('chrome-error:')),
  });
  return Promise.all([sent, committed]).then(([r]) => r.url());
}
