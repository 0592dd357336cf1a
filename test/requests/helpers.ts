import { afterAll, beforeAll, expect, vi } from 'vitest';
import { closeDatabase, useDatabase } from '@/lib/db';
import { forgetSigningKey } from '@/lib/auth/signing-keys';
import { forgetPublishedKeys } from '@/lib/auth/verify-token';
import * as standardCreate from '@/app/authentication/api/v1/systemuser/request/vendor/route';
import * as agentCreate from '@/app/authentication/api/v1/systemuser/request/vendor/agent/route';
import { createTestDatabase } from '../support/database';
import { call } from '../support/routes';
import { bearer, vendorToken } from '../support/tokens';

/** A fresh seeded database for the test file, with the token caches reset around it. */
export function useSeededDatabase(): void {
  // The vitest projects do not inherit the root's timeouts, and two cores are shared by several test runs.
  vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });
  beforeAll(async () => {
    forgetSigningKey();
    forgetPublishedKeys();
    useDatabase(await createTestDatabase({ seed: true }));
  }, 120_000);
  afterAll(async () => {
    forgetSigningKey();
    forgetPublishedKeys();
    await closeDatabase();
  });
}

export type Result = Awaited<ReturnType<typeof call>>;

export function expectProblem(result: Result, status: number, code?: string): void {
  expect({ status: result.status, code: result.json?.code }).toEqual({ status, code });
  expect(result.headers.get('content-type')).toContain('application/problem+json');
  if (code) expect(result.json).toMatchObject({ type: `urn:altinn:error:${code}`, status, code });
}

export async function postStandard(vendorOrgNo: string, body: unknown): Promise<Result> {
  return call(standardCreate.POST, '/systemuser/request/vendor', { headers: bearer(await vendorToken(vendorOrgNo)), body });
}

export async function postAgent(vendorOrgNo: string, body: unknown): Promise<Result> {
  return call(agentCreate.POST, '/systemuser/request/vendor/agent', { headers: bearer(await vendorToken(vendorOrgNo)), body });
}

export const PKG = 'urn:altinn:accesspackage:';
