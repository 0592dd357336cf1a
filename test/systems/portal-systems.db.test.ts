import { beforeAll, describe, expect, it } from 'vitest';

import * as portalPackagesRoute from '@/app/authentication/api/v1/systemregister/[systemId]/accesspackages/route';
import * as portalRightsRoute from '@/app/authentication/api/v1/systemregister/[systemId]/rights/route';
import * as portalSystemRoute from '@/app/authentication/api/v1/systemregister/[systemId]/route';
import * as portalListRoute from '@/app/authentication/api/v1/systemregister/route';
import { db } from '@/lib/db';

import { useTestDatabase } from '../support/database';
import { personalToken, vendorToken } from '../support/tokens';
import { newSystemBody } from './factories';
import { registerCalls } from './register-calls';

const VENDOR = '991825827';

let token: string;
let portal: string;

const { call, create } = registerCalls(() => token);

describe('system register: portal API', { timeout: 60_000 }, () => {
  useTestDatabase();
  beforeAll(async () => {
    token = await vendorToken(VENDOR);
    portal = await personalToken('12858540036');
  }, 120_000);

  it('lists visible, non-deleted systems', async () => {
    const hidden = newSystemBody(VENDOR, { isVisible: false });
    expect((await create(hidden)).status).toBe(200);
    const response = await call(portalListRoute.GET, { token: portal });
    expect(response.status).toBe(200);
    const ids = ((await response.json()) as { systemId: string }[]).map((s) => s.systemId);
    expect(ids).toContain('991825827_smartcloud');
    expect(ids).not.toContain('312605031_SuperRegnskap');
    expect(ids).not.toContain(hidden.id);
  });

  it('gets one system as a DTO, 404 for an unknown one', async () => {
    const ok = await call(portalSystemRoute.GET, { token: portal, params: { systemId: '991825827_smartcloud' } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({
      systemId: '991825827_smartcloud',
      systemVendorOrgNumber: '991825827',
      accessPackages: [{ urn: 'urn:altinn:accesspackage:skattegrunnlag' }],
    });
    const missing = await call(portalSystemRoute.GET, { token: portal, params: { systemId: 'nope' } });
    expect(missing.status).toBe(404);
  });

  it('rights and packages of a system; empty lists for an unknown one; old app format on request', async () => {
    const rights = await call(portalRightsRoute.GET, { token: portal, params: { systemId: '991825827_smartcloud' } });
    expect(await rights.json()).toEqual([{ resource: [{ id: 'urn:altinn:resource', value: 'ske-krav-og-betalinger' }] }]);
    const none = await call(portalRightsRoute.GET, { token: portal, params: { systemId: 'nope' } });
    expect(await none.json()).toEqual([]);
    const packages = await call(portalPackagesRoute.GET, { token: portal, params: { systemId: 'nope' } });
    expect(await packages.json()).toEqual([]);

    const app = newSystemBody(VENDOR, { rights: [] });
    expect((await create(app)).status).toBe(200);
    await (
      await db()
    ).registeredSystem.update({
      where: { systemId: app.id },
      data: { rights: [{ resource: [{ id: 'urn:altinn:resource', value: 'app_ttd_demo-app' }] }] },
    });
    const old = await call(portalRightsRoute.GET, { path: '?useoldformatforapp=True', token: portal, params: { systemId: app.id } });
    expect(await old.json()).toEqual([
      {
        resource: [
          { id: 'urn:altinn:org', value: 'ttd' },
          { id: 'urn:altinn:app', value: 'demo-app' },
        ],
      },
    ]);
    const bad = await call(portalRightsRoute.GET, { path: '?useOldFormatForApp=maybe', token: portal, params: { systemId: app.id } });
    expect(bad.status).toBe(400);
  });
});
