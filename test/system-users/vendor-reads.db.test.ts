import { describe, expect, it } from 'vitest';

import * as byQuery from '@/app/authentication/api/v1/systemuser/vendor/byquery/route';
import * as bySystem from '@/app/authentication/api/v1/systemuser/vendor/bysystem/[systemId]/route';
import { db } from '@/lib/db';

import { expectBearerChallenge, expectProblem } from '../requests/helpers';
import { useTestDatabase } from '../support/database';
import { createOrganization, createSystem, uniqueOrgNo } from '../support/factories';
import { call } from '../support/routes';
import { bearer, personalToken, vendorToken } from '../support/tokens';

useTestDatabase();

async function fixture() {
  const { vendorOrgNo, system } = await createSystem();
  const customer = await createOrganization();
  const prisma = await db();
  const make = (externalRef: string, type: 'standard' | 'agent' = 'standard', isDeleted = false) =>
    prisma.systemUser.create({
      data: {
        id: crypto.randomUUID(),
        type,
        integrationTitle: `Tittel ${externalRef}`,
        systemInternalId: system.id,
        reporteeOrgNo: customer.orgNo,
        externalRef,
        isDeleted,
      },
    });
  const main = await make(customer.orgNo);
  const agent = await make('agent-ref', 'agent');
  const gone = await make('gone', 'standard', true);
  return { vendorOrgNo, system, customer, main, agent, gone };
}

const registerScope = ['altinn:authentication/systemregister.write'];

describe('GET systemuser/vendor/bysystem/{systemId}', () => {
  it('lists the active system users of the system as SystemUserExternalDTO', async () => {
    const f = await fixture();
    const result = await call(bySystem.GET, '/x', {
      headers: bearer(await vendorToken(f.vendorOrgNo, registerScope)),
      params: { systemId: f.system.systemId },
    });
    expect(result.status).toBe(200);
    expect(result.json.links).toEqual({});
    expect(result.json.data).toEqual([
      {
        id: f.main.id,
        integrationTitle: `Tittel ${f.customer.orgNo}`,
        systemId: f.system.systemId,
        productName: '',
        reporteeOrgNo: f.customer.orgNo,
        created: f.main.created.toISOString(),
        isDeleted: false,
        supplierName: '',
        supplierOrgno: f.vendorOrgNo,
        externalRef: f.customer.orgNo,
        userType: 'standard',
      },
      expect.objectContaining({ id: f.agent.id, userType: 'agent' }),
    ]);
  });

  it('an empty page for the vendor’s own system without active system users', async () => {
    const { vendorOrgNo, system } = await createSystem();
    const result = await call(bySystem.GET, '/x', {
      headers: bearer(await vendorToken(vendorOrgNo, registerScope)),
      params: { systemId: system.systemId },
    });
    expect(result.status).toBe(200);
    expect(result.json).toEqual({ links: {}, data: [] });
  });

  it('AUTH-00011 for an unknown or foreign system, 401 without a vendor, 403 without the register scope', async () => {
    const f = await fixture();
    const headers = bearer(await vendorToken(f.vendorOrgNo, ['altinn:authentication/systemregister.admin']));
    expectProblem(await call(bySystem.GET, '/x', { headers, params: { systemId: 'nope' } }), 404, 'AUTH-00011');
    const other = bearer(await vendorToken(uniqueOrgNo(), registerScope));
    expectProblem(await call(bySystem.GET, '/x', { headers: other, params: { systemId: f.system.systemId } }), 404, 'AUTH-00011');
    const personal = bearer(await personalToken('12858540036', registerScope));
    expectProblem(await call(bySystem.GET, '/x', { headers: personal, params: { systemId: f.system.systemId } }), 401);
    const wrongScope = bearer(await vendorToken(f.vendorOrgNo, ['altinn:authentication/systemuser.request.read']));
    expectBearerChallenge(await call(bySystem.GET, '/x', { headers: wrongScope, params: { systemId: f.system.systemId } }), 403);
  });
});

describe('GET systemuser/vendor/byquery', () => {
  it('finds the active system user by system, org and external-ref (default: the org number)', async () => {
    const f = await fixture();
    const headers = bearer(await vendorToken(f.vendorOrgNo));
    const q = (query: string) => call(byQuery.GET, `/systemuser/vendor/byquery?${query}`, { headers });
    expect((await q(`system-id=${f.system.systemId}&orgno=${f.customer.orgNo}`)).json.id).toBe(f.main.id);
    expect((await q(`system-id=${f.system.systemId}&orgno=${f.customer.orgNo}&external-ref=agent-ref`)).json).toMatchObject({
      id: f.agent.id,
      userType: 'agent',
    });
    // Query names bind case-insensitively.
    expect((await q(`System-Id=${f.system.systemId}&OrgNo=${f.customer.orgNo}`)).status).toBe(200);
    expectProblem(await q(`system-id=${f.system.systemId}&orgno=${f.customer.orgNo}&external-ref=gone`), 404);
    expectProblem(await q(`system-id=${f.system.systemId}&orgno=${uniqueOrgNo()}`), 404);
    const missing = await q(`orgno=${f.customer.orgNo}`);
    expect(missing.status).toBe(400);
    expect(missing.json.errors).toHaveProperty('system-id');
    expect((await q(`system-id=${f.system.systemId}`)).status).toBe(400);
  });

  it('another vendor gets 404; the route needs the request write scope', async () => {
    const f = await fixture();
    const path = `/systemuser/vendor/byquery?system-id=${f.system.systemId}&orgno=${f.customer.orgNo}`;
    expectProblem(await call(byQuery.GET, path, { headers: bearer(await vendorToken(uniqueOrgNo())) }), 404);
    const readOnly = bearer(await vendorToken(f.vendorOrgNo, ['altinn:authentication/systemuser.request.read']));
    expectBearerChallenge(await call(byQuery.GET, path, { headers: readOnly }), 403);
    expectBearerChallenge(await call(byQuery.GET, path), 401);
  });
});
