// systembruker-sandbox/playwright: the tester's steps through the sandbox's pages, ready-made.
//
// Every element is found by its role and accessible name, the way a person finds it, in any of the portal's
// languages (bokmål, nynorsk, English), so the steps keep working when the pages change their layout.
// Plain ESM with no dependency but the `page` you pass in: nothing to build, nothing to import from Playwright.

const LOGIN_PATH = '/accessmanagement/ui/login';
const REQUEST_PAGE = /\/accessmanagement\/ui\/systemuser\/(request|agentrequest|changerequest)(\?|$)/;

const NAMES = {
  pid: /^(Fødselsnummer|National identity number)$/,
  logIn: /^(Logg inn|Log in)$/,
  approve: /^(Godkjenn( oppdatert)? systemtilgang|Approve( updated)? system access)$/,
  reject: /^(Avvis|Reject)$/,
  forward: /^(Ja, send videre|Ja, send vidare|Yes, forward( request)?)$/,
  forwarded: /^(Forespørselen er videresendt|Førespurnaden er send vidare|The request has been forwarded)$/,
  finish: /^(Avslutt|Finish)$/,
  openClients: /^(Legg til (eller fjern )?klienter|Legg til (eller fjern )?klientar|Add (or remove )?clients)$/,
  searchClients: /^(Søk i klienter|Søk i klientar|Search (in )?clients)$/,
  confirmClients: /^(Bekreft og lukk|Stadfest og lukk|Confirm and close)$/,
};

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The path and query of a URL, so the page's `baseURL` decides the host (`rebase: true`). */
function target(url, rebase) {
  if (!rebase) return url;
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

async function waitFor(locator, timeout) {
  await locator.waitFor({ state: 'visible', timeout });
  return locator;
}

async function fillLogin(page, pid, timeout) {
  await (await waitFor(page.getByLabel(NAMES.pid), timeout)).fill(pid);
  await page.getByRole('button', { name: NAMES.logIn }).click();
  await page.waitForURL((url) => !url.pathname.startsWith(LOGIN_PATH), { timeout });
}

/**
 * Logs the browser in as the test person `pid` through the sandbox's login page, and returns to `returnTo`
 * (a path of the sandbox; the overview by default).
 */
export async function loginAs(page, pid, { returnTo = '/accessmanagement/ui/systemuser/overview', timeout = 30_000 } = {}) {
  await page.goto(`${LOGIN_PATH}?callbackUrl=${encodeURIComponent(returnTo)}`);
  await fillLogin(page, pid, timeout);
}

/** Opens a confirmUrl, logging in as `pid` when the sandbox asks for it; resolves on the request page. */
async function openRequest(page, confirmUrl, { pid, rebase = false, timeout = 30_000 } = {}) {
  await page.goto(target(confirmUrl, rebase));
  if (new URL(page.url()).pathname.startsWith(LOGIN_PATH)) {
    if (!pid) throw new Error('The sandbox asks for a login: pass { pid } (a test person) to log in on the way.');
    await fillLogin(page, pid, timeout);
  }
  await page.waitForURL(REQUEST_PAGE, { timeout });
}

/** The sandbox's own steps between a decision and its end: the request pages and the logout chain. */
function inChain(url, origin) {
  const u = new URL(url);
  return (
    u.origin === origin &&
    (REQUEST_PAGE.test(`${u.pathname}${u.search}`) ||
      /^\/accessmanagement\/api\/v1\/systemuser\/(request|agentrequest|changerequest)\/[^/]+\/logout$/.test(u.pathname) ||
      /^\/authentication\/api\/v1\/logout(\/handleloggedout)?$/.test(u.pathname))
  );
}

/**
 * Runs `act` and resolves to the URL the sandbox finally sends the browser to, once it has left the request
 * page and the logout chain. The vendor's page need not load (a test may have no vendor site running): the
 * address it was sent to is the answer. A page of the sandbox itself is waited for until it has loaded.
 */
async function endOf(page, act, timeout) {
  const origin = new URL(page.url()).origin;
  const ended = page.waitForRequest((r) => r.isNavigationRequest() && r.frame() === page.mainFrame() && !inChain(r.url(), origin), {
    timeout,
  });
  // The main frame's first commit outside the chain: the vendor's page, or Chromium's error page when the
  // vendor's host does not answer. Until then a later page.goto would be cut short by that navigation.
  const settled = page
    .waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() && !inChain(frame.url(), origin), timeout })
    .catch(() => undefined);
  await act();
  const url = (await ended).url();
  if (new URL(url).origin === origin) await page.waitForURL(url, { timeout });
  else await settled;
  return url;
}

/** Clicks a request page's button and resolves to where the browser ends (see endOf). */
async function decide(page, name, timeout) {
  const button = await waitFor(page.getByRole('button', { name }), timeout);
  return endOf(page, () => button.click(), timeout);
}

/**
 * Opens `confirmUrl` (a standard, agent or change request), logs in as `pid` if asked, approves, and waits
 * for where the sandbox sends the browser: the vendor's redirectUrl after logging out, the receipt without
 * one, or the overview for a request opened with `skiplogout`. Resolves to that URL (the vendor's page itself
 * need not load: Playwright's page.route cannot answer the end of a redirect chain).
 * Options: `pid`, `rebase` (open the confirmUrl's path on the page's baseURL), `timeout` (ms).
 */
export async function approveRequest(page, confirmUrl, options = {}) {
  await openRequest(page, confirmUrl, options);
  return decide(page, NAMES.approve, options.timeout ?? 30_000);
}

/** Like approveRequest, but rejects ("Avvis"). Resolves to the URL the browser ends on. */
export async function rejectRequest(page, confirmUrl, options = {}) {
  await openRequest(page, confirmUrl, options);
  return decide(page, NAMES.reject, options.timeout ?? 30_000);
}

/**
 * For a person who may act for the organisation but not approve: forwards the request to its access manager
 * ("Ja, send videre"), waits for "Forespørselen er videresendt", then (unless `finish: false`) ends with
 * "Avslutt", which logs out. Resolves to the URL the browser ends on.
 */
export async function forwardRequest(page, confirmUrl, options = {}) {
  const timeout = options.timeout ?? 30_000;
  await openRequest(page, confirmUrl, options);
  await (await waitFor(page.getByRole('button', { name: NAMES.forward }), timeout)).click();
  await waitFor(page.getByRole('heading', { name: NAMES.forwarded }), timeout);
  if (options.finish === false) return page.url();
  return endOf(page, () => page.getByRole('button', { name: NAMES.finish }).click(), timeout);
}

/**
 * Adds clients, by organisation number, to the agent system user `systemUserId`, in the client modal of its
 * page: search by number, "Legg til … i systemtilgang", then "Bekreft og lukk". The browser must be logged in
 * as the organisation's client administrator with it chosen (loginAs does both for a person with one
 * organisation; pass `pid` to log in first). Throws, naming the number, when a client cannot be added.
 */
export async function addClients(page, systemUserId, orgNumbers, { pid, timeout = 30_000 } = {}) {
  const path = `/accessmanagement/ui/systemuser/${encodeURIComponent(systemUserId)}/agentdelegation`;
  if (pid) await loginAs(page, pid, { returnTo: path, timeout });
  else await page.goto(path);
  await (await waitFor(page.getByRole('button', { name: NAMES.openClients }), timeout)).click();
  const dialog = page.getByRole('dialog');
  await waitFor(dialog, timeout);
  for (const orgNo of orgNumbers) {
    const digits = String(orgNo).replace(/\s+/g, '');
    await dialog.getByRole('searchbox', { name: NAMES.searchClients }).fill(digits);
    const add = dialog.getByRole('button', { name: /^(Legg til .+ i systemtilgang|Add .+ to system access)$/ });
    const remove = dialog.getByRole('button', { name: /^(Fjern .+ (fra|frå) systemtilgang|Remove .+ from system access)$/ });
    // Wait for the filter: exactly one row, either still to add or already added.
    await waitFor(add.or(remove).first(), timeout).catch(() => {
      throw new Error(`No client with organisation number ${digits} can be added to this system access.`);
    });
    if ((await add.count()) === 0) continue;
    if ((await add.count()) > 1) throw new Error(`More than one client matches ${digits}.`);
    const name = ((await add.getAttribute('aria-label')) ?? '')
      .replace(/^(Legg til|Add) /, '')
      .replace(/ (i systemtilgang|to system access)$/, '');
    await add.click();
    await waitFor(dialog.getByRole('button', { name: new RegExp(`^(Fjern|Remove) ${escape(name)} `) }), timeout).catch(async () => {
      throw new Error(`Could not add the client ${digits} (${name}).`);
    });
  }
  await dialog.getByRole('button', { name: NAMES.confirmClients }).click();
  await dialog.waitFor({ state: 'hidden', timeout });
}
