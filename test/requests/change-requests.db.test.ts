import { describe, expect, it } from 'vitest';

import * as approve from '@/app/authentication/api/v1/systemuser/changerequest/[party]/[requestId]/approve/route';
import * as reject from '@/app/authentication/api/v1/systemuser/changerequest/[party]/[requestId]/reject/route';
import * as partyGet from '@/app/authentication/api/v1/systemuser/changerequest/[party]/[requestId]/route';
import * as internalGet from '@/app/authentication/api/v1/systemuser/changerequest/[party]/route';
import * as byId from '@/app/authentication/api/v1/systemuser/changerequest/vendor/[requestId]/route';
import * as byRef from '@/app/authentication/api/v1/systemuser/changerequest/vendor/byexternalref/[systemId]/[orgNo]/[externalRef]/route';
import * as create from '@/app/authentication/api/v1/systemuser/changerequest/vendor/route';
import { db } from '@/lib/db';

import { useTestDatabase } from '../support/database';
import { createCustomer, createOrganization, createPerson, createSystem, resourceRight, uniqueOrgNo } from '../support/factories';
import { call } from '../support/routes';
import { bearer, personalToken, vendorToken } from '../support/tokens';
import { expectProblem, PKG } from './helpers';

useTestDatabase();

/** A standard system user with one right and one package, whose system offers more. */
async function fixture(type: 'standard' | 'agent' = 'standard') {
  const { vendorOrgNo, system } = await createSystem({
    packages: [`${PKG}skattegrunnlag`, `${PKG}merverdiavgift`, `${PKG}ansvarlig-revisor`],
  });
  const { organization, manager } = await createCustomer();
  const user = await (
    await db()
  ).systemUser.create({
    data: {
      id: crypto.randomUUID(),
      type,
      integrationTitle: 'Integrasjon',
      systemInternalId: system.id,
      reporteeOrgNo: organization.orgNo,
      externalRef: 'kunde-7',
      rights: [resourceRight('ske-krav-og-betalinger')],
      accessPackages: [`${PKG}skattegrunnlag`],
    },
  });
  const body = {
    requiredRights: [resourceRight('ske-mva-melding')],
    unwantedRights: [resourceRight('ske-krav-og-betalinger')],
    requiredAccessPackages: [{ urn: `${PKG}merverdiavgift` }],
    unwantedAccessPackages: [],
    redirectUrl: 'https://vendor.example/receipt',
  };
  return { vendorOrgNo, system, organization, manager, user, body };
}

async function post(vendorOrgNo: string, query: string, body: unknown) {
  return call(create.POST, `/systemuser/changerequest/vendor?${query}`, { headers: bearer(await vendorToken(vendorOrgNo)), body });
}

describe('POST systemuser/changerequest/vendor', () => {
  it('creates a change request (201), returns it again for the same correlation-id (200), and the owner approves it', async () => {
    const f = await fixture();
    const correlationId = crypto.randomUUID();
    const query = `correlation-id=${correlationId}&system-user-id=${f.user.id}`;
    const created = await post(f.vendorOrgNo, query, f.body);
    expect(created.status).toBe(201);
    expect(created.json).toEqual({
      id: correlationId,
      externalRef: 'kunde-7',
      systemId: f.system.systemId,
      systemUserId: f.user.id,
      partyOrgNo: f.organization.orgNo,
      requiredRights: [resourceRight('ske-mva-melding')],
      unwantedRights: [resourceRight('ske-krav-og-betalinger')],
      requiredAccessPackages: [{ urn: `${PKG}merverdiavgift` }],
      unwantedAccessPackages: [],
      status: 'New',
      redirectUrl: 'https://vendor.example/receipt',
      confirmUrl: `http://localhost:3000/accessmanagement/ui/systemuser/changerequest?id=${correlationId}&DONTCHOOSEREPORTEE=true`,
      created: expect.any(String),
      timedOut: false,
    });
    expect(created.headers.get('location')).toBe(`http://localhost:3000/authentication/api/v1/systemuser/changerequest/${correlationId}`);
    const again = await post(f.vendorOrgNo, query, { requiredRights: [resourceRight('ske-krav-og-betalinger')] });
    expect(again.status).toBe(200);
    expect(again.json).toEqual(created.json);

    const headers = bearer(await vendorToken(f.vendorOrgNo));
    expect((await call(byId.GET, '/x', { headers, params: { requestId: correlationId } })).json).toEqual(created.json);
    const ref = { systemId: f.system.systemId, orgNo: f.organization.orgNo, externalRef: 'kunde-7' };
    expect((await call(byRef.GET, '/x', { headers, params: ref })).json).toEqual(created.json);

    const manager = bearer(await personalToken(f.manager.pid));
    const internal = await call(internalGet.GET, '/x', { headers: manager, params: { party: correlationId } });
    expect(internal.json).toMatchObject({ id: correlationId, partyId: f.organization.partyId, partyUuid: f.organization.id });
    expect(internal.json).not.toHaveProperty('created');
    const params = { party: String(f.organization.partyId), requestId: correlationId };
    expect((await call(partyGet.GET, '/x', { headers: manager, params })).json).toMatchObject({ id: correlationId, status: 'New' });
    const approved = await call(approve.POST, '/x', { method: 'POST', headers: manager, params });
    expect(approved.json).toBe(true);
    const user = await (await db()).systemUser.findUniqueOrThrow({ where: { id: f.user.id } });
    expect(user.rights).toEqual([resourceRight('ske-mva-melding')]);
    expect([...user.accessPackages].sort()).toEqual([`${PKG}merverdiavgift`, `${PKG}skattegrunnlag`]);
    expectProblem(await call(approve.POST, '/x', { method: 'POST', headers: manager, params }), 409, 'AUTH-00013');
    expect((await call(byId.GET, '/x', { headers, params: { requestId: correlationId } })).json.status).toBe('Accepted');
  });

  it('answers NoChangeNeeded without storing anything when all four lists are empty', async () => {
    const f = await fixture();
    const correlationId = crypto.randomUUID();
    const result = await post(f.vendorOrgNo, `correlation-id=${correlationId}&system-user-id=${f.user.id}`, {});
    expect(result.status).toBe(200);
    expect(result.json).toMatchObject({ id: correlationId, status: 'NoChangeNeeded', confirmUrl: '' });
    expect(await (await db()).request.findUnique({ where: { id: correlationId } })).toBeNull();
  });

  it.each([
    { name: 'missing correlation-id', query: (f: F) => `system-user-id=${f.user.id}`, status: 400, plain: true },
    {
      name: 'empty correlation-id',
      query: (f: F) => `correlation-id=00000000-0000-0000-0000-000000000000&system-user-id=${f.user.id}`,
      status: 400,
      plain: true,
    },
    {
      name: 'correlation-id = system user id',
      query: (f: F) => `correlation-id=${f.user.id}&system-user-id=${f.user.id}`,
      status: 400,
      plain: true,
    },
    { name: 'bad system-user-id', query: () => `correlation-id=${crypto.randomUUID()}&system-user-id=x`, status: 400 },
    {
      name: 'unknown system user',
      query: () => `correlation-id=${crypto.randomUUID()}&system-user-id=${crypto.randomUUID()}`,
      status: 404,
      code: 'AUTH-00015',
    },
    {
      name: "another vendor's system user",
      query: (f: F) => `correlation-id=${crypto.randomUUID()}&system-user-id=${f.user.id}`,
      vendor: uniqueOrgNo,
      status: 401,
    },
    { name: 'a right the system lacks', body: { requiredRights: [resourceRight('nav-a-ordningen')] }, status: 400, code: 'AUTH-00001' },
    { name: 'a package the system lacks', body: { requiredAccessPackages: [{ urn: `${PKG}lonn` }] }, status: 400, code: 'AUTH-00063' },
    {
      name: 'a client-only package',
      body: { requiredAccessPackages: [{ urn: `${PKG}ansvarlig-revisor` }] },
      status: 400,
      code: 'AUTH-00064',
    },
    {
      name: 'redirect URL not allowed',
      body: { unwantedAccessPackages: [{ urn: `${PKG}skattegrunnlag` }], redirectUrl: 'https://evil.example' },
      status: 400,
      code: 'AUTH-00021',
    },
  ])(
    '$name → $status $code',
    async (c: { query?: (f: F) => string; body?: unknown; status: number; code?: string; plain?: boolean; vendor?: () => string }) => {
      const f = await fixture();
      const query = c.query ? c.query(f) : `correlation-id=${crypto.randomUUID()}&system-user-id=${f.user.id}`;
      const before = await (await db()).request.count();
      const result = await post(c.vendor ? c.vendor() : f.vendorOrgNo, query, c.body ?? f.body);
      expect(result.status).toBe(c.status);
      if (c.plain) expect(result.headers.get('content-type')).toContain('text/plain');
      else expectProblem(result, c.status, c.code);
      expect(await (await db()).request.count()).toBe(before);
    },
  );

  it('AUTH-00015 for an agent system user, AUTH-00011 for a deleted system, 401 without a vendor', async () => {
    const agent = await fixture('agent');
    expectProblem(
      await post(agent.vendorOrgNo, `correlation-id=${crypto.randomUUID()}&system-user-id=${agent.user.id}`, agent.body),
      404,
      'AUTH-00015',
    );
    const f = await fixture();
    await (await db()).registeredSystem.update({ where: { id: f.system.id }, data: { isDeleted: true } });
    expectProblem(
      await post(f.vendorOrgNo, `correlation-id=${crypto.randomUUID()}&system-user-id=${f.user.id}`, f.body),
      404,
      'AUTH-00011',
    );
    const personal = bearer(await personalToken('12858540036', ['altinn:authentication/systemuser.request.write']));
    const noVendor = await call(create.POST, `/x?correlation-id=${crypto.randomUUID()}&system-user-id=${f.user.id}`, {
      headers: personal,
      body: f.body,
    });
    expectProblem(noVendor, 401);
  });
});

type F = Awaited<ReturnType<typeof fixture>>;

describe('change request reads, delete, reject', () => {
  it('vendor GET errors, DELETE, and reject', async () => {
    const f = await fixture();
    const id = crypto.randomUUID();
    expect((await post(f.vendorOrgNo, `correlation-id=${id}&system-user-id=${f.user.id}`, f.body)).status).toBe(201);
    const headers = bearer(await vendorToken(f.vendorOrgNo));
    const other = bearer(await vendorToken(uniqueOrgNo()));
    expectProblem(await call(byId.GET, '/x', { headers: other, params: { requestId: id } }), 404, 'AUTH-00010');
    expect((await call(byId.GET, '/x', { headers, params: { requestId: 'nope' } })).status).toBe(400);
    const ref = { systemId: f.system.systemId, orgNo: f.organization.orgNo, externalRef: 'kunde-7' };
    expectProblem(await call(byRef.GET, '/x', { headers: other, params: ref }), 404, 'AUTH-00011');
    expectProblem(await call(byRef.GET, '/x', { headers, params: { ...ref, externalRef: 'other' } }), 404, 'AUTH-00010');

    const representative = await createPerson({ orgId: f.organization.id, roles: ['REPRESENTANT'] });
    const params = { party: String(f.organization.partyId), requestId: id };
    expectProblem(await call(reject.POST, '/x', { method: 'POST', headers: bearer(await personalToken(representative.pid)), params }), 403);
    const stranger = await createPerson({ orgId: (await createOrganization()).id, roles: ['DAGL'] });
    expectProblem(
      await call(internalGet.GET, '/x', { headers: bearer(await personalToken(stranger.pid)), params: { party: id } }),
      403,
      'AUTH-00066',
    );
    expectProblem(await call(partyGet.GET, '/x', { headers: bearer(await personalToken(stranger.pid)), params }), 403);
    const manager = bearer(await personalToken(f.manager.pid));
    expect((await call(reject.POST, '/x', { method: 'POST', headers: manager, params })).json).toBe(true);
    expectProblem(await call(approve.POST, '/x', { method: 'POST', headers: manager, params }), 409, 'AUTH-00013');
    const user = await (await db()).systemUser.findUniqueOrThrow({ where: { id: f.user.id } });
    expect(user.rights).toEqual([resourceRight('ske-krav-og-betalinger')]);

    expectProblem(await call(byId.DELETE, '/x', { method: 'DELETE', headers: other, params: { requestId: id } }), 404, 'AUTH-00010');
    expect((await call(byId.DELETE, '/x', { method: 'DELETE', headers, params: { requestId: id } })).status).toBe(202);
    expectProblem(await call(byId.GET, '/x', { headers, params: { requestId: id } }), 404, 'AUTH-00010');
    expectProblem(await call(byId.DELETE, '/x', { method: 'DELETE', headers, params: { requestId: id } }), 404, 'AUTH-00010');
  });

  it('approval needs the required rights and packages (AUTH-00016 / AUTH-00053); the system user must still exist (AUTH-00015)', async () => {
    const f = await fixture();
    const id = crypto.randomUUID();
    await post(f.vendorOrgNo, `correlation-id=${id}&system-user-id=${f.user.id}`, f.body);
    const weak = await createPerson({
      orgId: f.organization.id,
      roles: ['TILGANGSSTYRER'],
      packages: [`${PKG}skattegrunnlag`] /* merverdiavgift would give ske-mva-melding through the package */,
    });
    const params = { party: String(f.organization.partyId), requestId: id };
    expectProblem(
      await call(approve.POST, '/x', { method: 'POST', headers: bearer(await personalToken(weak.pid)), params }),
      403,
      'AUTH-00016',
    );
    const weak2 = await createPerson({ orgId: f.organization.id, roles: ['TILGANGSSTYRER'], rights: ['ske-mva-melding'] });
    expectProblem(
      await call(approve.POST, '/x', { method: 'POST', headers: bearer(await personalToken(weak2.pid)), params }),
      400,
      'AUTH-00053',
    );
    await (await db()).systemUser.update({ where: { id: f.user.id }, data: { isDeleted: true } });
    expectProblem(
      await call(approve.POST, '/x', { method: 'POST', headers: bearer(await personalToken(f.manager.pid)), params }),
      404,
      'AUTH-00015',
    );
    expect((await (await db()).request.findUniqueOrThrow({ where: { id } })).status).toBe('New');
  });
});
