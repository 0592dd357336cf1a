import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { createPostgresDatabase } from '../test/support/postgres';
import type { ServerProcess } from '../test/support/server-process';

// What the specs that start their own server process share (reliability, webhooks, amplification): a fresh
// database of each kind, the test tokens, and waiting for a condition.

export interface Store {
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

/** A fresh embedded data folder, and a fresh PostgreSQL database when TEST_DATABASE_URL is set. */
export function freshStores(prefix: string): Record<string, () => Promise<Store>> {
  return {
    PGlite: async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
      return { env: { DATA_DIR: dataDir }, cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) };
    },
    ...(process.env.TEST_DATABASE_URL
      ? {
          PostgreSQL: async () => {
            const { url, drop } = await createPostgresDatabase();
            return { env: { DATABASE_URL: url }, cleanup: drop };
          },
        }
      : {}),
  };
}

/** The body of a successful answer; any other status fails with the start of the body. */
export async function text(response: Response): Promise<string> {
  const body = await response.text();
  if (!response.ok) throw new Error(`${response.url}: ${response.status} ${body.slice(0, 300)}`);
  return body;
}

/** A vendor's (991825827) token with these scopes and the access manager's portal token, as headers. */
export async function tokens(server: ServerProcess, vendorScopes: string) {
  const base = `${server.baseUrl}/testtools/api`;
  const vendor = await text(await fetch(`${base}/GetEnterpriseToken?orgNo=991825827&scopes=${vendorScopes}&ttl=3600`));
  const person = await text(await fetch(`${base}/GetPersonalToken?pid=12858540036&scopes=altinn:portal/enduser&ttl=3600`));
  return { vendor: { authorization: `Bearer ${vendor}` }, person: { authorization: `Bearer ${person}` } };
}

/** Polls `condition` every `intervalMs` until it holds; fails naming `what` after `timeoutMs`. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 60_000, intervalMs = 10): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
