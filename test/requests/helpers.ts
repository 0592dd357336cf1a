import { expect } from 'vitest';

import * as agentCreate from '@/app/authentication/api/v1/systemuser/request/vendor/agent/route';
import * as standardCreate from '@/app/authentication/api/v1/systemuser/request/vendor/route';

import { call } from '../support/routes';
import { bearer, vendorToken } from '../support/tokens';

export type Result = Awaited<ReturnType<typeof call>>;

export function expectProblem(result: Result, status: number, code?: string): void {
  expect({ status: result.status, code: result.json?.code }).toEqual({ status, code });
  expect(result.headers.get('content-type')).toContain('application/problem+json');
  if (code) expect(result.json).toMatchObject({ type: `urn:altinn:error:${code}`, status, code });
}

/** The token check's refusal (CONTRACT.md): empty body, `WWW-Authenticate: Bearer error=…` naming the reason. */
export function expectBearerChallenge(result: Result, status: 401 | 403): void {
  expect(result.status).toBe(status);
  expect(result.text).toBe('');
  expect(result.headers.get('www-authenticate')).toMatch(
    status === 401
      ? /^Bearer error="invalid_token", error_description="[^"]+"/
      : /^Bearer error="insufficient_scope", error_description="[^"]+"/,
  );
}

export async function postStandard(vendorOrgNo: string, body: unknown): Promise<Result> {
  return call(standardCreate.POST, '/systemuser/request/vendor', { headers: bearer(await vendorToken(vendorOrgNo)), body });
}

export async function postAgent(vendorOrgNo: string, body: unknown): Promise<Result> {
  return call(agentCreate.POST, '/systemuser/request/vendor/agent', { headers: bearer(await vendorToken(vendorOrgNo)), body });
}

export const PKG = 'urn:altinn:accesspackage:';
