import { beforeAll, describe, expect, it } from 'vitest';

import * as vendorPackagesRoute from '@/app/authentication/api/v1/systemregister/vendor/[systemId]/accesspackages/route';
import * as changeLogRoute from '@/app/authentication/api/v1/systemregister/vendor/[systemId]/changelog/route';
import * as vendorRightsRoute from '@/app/authentication/api/v1/systemregister/vendor/[systemId]/rights/route';
import * as vendorSystemRoute from '@/app/authentication/api/v1/systemregister/vendor/[systemId]/route';
import { SCOPES } from '@/lib/auth/scopes';

import { useTestDatabase } from '../support/database';
import { personalToken, vendorToken } from '../support/tokens';
import { newSystemBody } from './factories';
import { registerCalls } from './register-calls';

// GET systemregister/vendor/{systemId}/changelog (issue 12, item 3).

const VENDOR = '991825827';
let token: string;
const { call, create } = registerCalls(() => token);

describe('the system register’s change log', { timeout: 60_000 }, () => {
  useTestDatabase();
  beforeAll(async () => {
    token = await vendorToken(VENDOR);
  }, 120_000);

  const log = (systemId: string, as?: string) =>
    call(changeLogRoute.GET, { path: `/vendor/${systemId}/changelog`, params: { systemId }, token: as });

  it('records create, update, rights, packages and delete, with who and when, oldest first', async () => {
    const body = newSystemBody(VENDOR);
    const systemId = body.id as string;
    const internalId = await (await create(body)).json();
    const params = { systemId };
    expect(
      (await call(vendorSystemRoute.PUT, { path: `/vendor/${systemId}`, method: 'PUT', body: { ...body, isVisible: false }, params }))
        .status,
    ).toBe(200);
    const rights = [{ resource: [{ id: 'urn:altinn:resource', value: 'ske-krav-og-betalinger' }] }];
    expect((await call(vendorRightsRoute.PUT, { path: `/vendor/${systemId}/rights`, method: 'PUT', body: rights, params })).status).toBe(
      200,
    );
    const packages = [{ urn: 'urn:altinn:accesspackage:skattegrunnlag' }];
    expect(
      (await call(vendorPackagesRoute.PUT, { path: `/vendor/${systemId}/accesspackages`, method: 'PUT', body: packages, params })).status,
    ).toBe(200);
    await call(vendorSystemRoute.DELETE, { path: `/vendor/${systemId}`, method: 'DELETE', params });

    const response = await log(systemId);
    expect(response.status).toBe(200);
    const entries = await response.json();
    expect(entries.map((e: { changeType: string }) => e.changeType)).toEqual([
      'create',
      'update',
      'rightsupdate',
      'accesspackageupdate',
      'delete',
    ]);
    for (const entry of entries) {
      expect(entry).toMatchObject({ systemInternalId: internalId, changedByOrgNumber: VENDOR, clientId: `test-client-${VENDOR}` });
      expect(Date.parse(entry.created)).not.toBeNaN();
    }
    expect(entries[2].changedData).toEqual(rights);
    expect(entries[3].changedData).toEqual(packages);
  });

  it.each([
    ['another vendor', async () => vendorToken('312605031'), 403],
    ['an admin of another organisation', async () => vendorToken('312605031', [SCOPES.registerAdmin]), 200],
    ['a token without the register scopes', async () => personalToken('12858540036'), 403],
  ] as const)('%s → $2', async (_name, tokenFor, status) => {
    const body = newSystemBody(VENDOR);
    expect((await create(body)).status).toBe(200);
    expect((await log(body.id as string, await tokenFor())).status).toBe(status);
  });

  it('answers 404 in plain text for an unknown system, 401 without a token', async () => {
    const unknown = await log(`${VENDOR}_does_not_exist`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toBe(`System with ID '${VENDOR}_does_not_exist' not found.`);
    const anonymous = await changeLogRoute.GET(new Request('http://localhost/x'), { params: Promise.resolve({ systemId: 'x' }) });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer /);
  });
});
