// Types of systembruker-sandbox/playwright. `Page` is Playwright's page; the kit needs only its public API.
import type { Page } from '@playwright/test';

export interface LoginOptions {
  /** A path of the sandbox to land on after logging in. Default: the overview of system accesses. */
  returnTo?: string;
  /** Milliseconds to wait for each step. Default: 30 000. */
  timeout?: number;
}

export interface RequestOptions {
  /** The test person to log in as, when the sandbox asks for a login on the way. */
  pid?: string;
  /** Open only the confirmUrl's path and query, on the page's baseURL. Default: false (the URL as given). */
  rebase?: boolean;
  /** Milliseconds to wait for each step. Default: 30 000. */
  timeout?: number;
}

export interface ForwardOptions extends RequestOptions {
  /** End with "Avslutt" (which logs out). Default: true. */
  finish?: boolean;
}

export interface AddClientsOptions {
  /** Log in as this person first (the organisation's client administrator). */
  pid?: string;
  timeout?: number;
}

/** Logs the browser in as the test person `pid` through the sandbox's login page. */
export function loginAs(page: Page, pid: string, options?: LoginOptions): Promise<void>;
/** Opens the confirmUrl, logs in if asked, approves; resolves to the URL the browser ends on. */
export function approveRequest(page: Page, confirmUrl: string, options?: RequestOptions): Promise<string>;
/** Opens the confirmUrl, logs in if asked, rejects; resolves to the URL the browser ends on. */
export function rejectRequest(page: Page, confirmUrl: string, options?: RequestOptions): Promise<string>;
/** Forwards the request to the organisation's access manager; resolves to the URL the browser ends on. */
export function forwardRequest(page: Page, confirmUrl: string, options?: ForwardOptions): Promise<string>;
/** Adds clients by organisation number to an agent system user, through the client modal. */
export function addClients(page: Page, systemUserId: string, orgNumbers: string[], options?: AddClientsOptions): Promise<void>;
