import { describe, expect, it } from 'vitest';

import * as standardById from '@/app/authentication/api/v1/systemuser/request/vendor/[requestId]/route';
import * as agentById from '@/app/authentication/api/v1/systemuser/request/vendor/agent/[requestId]/route';
import * as agentByRef from '@/app/authentication/api/v1/systemuser/request/vendor/agent/byexternalref/[systemId]/[orgNo]/[externalRef]/route';
import * as agentList from '@/app/authentication/api/v1/systemuser/request/vendor/agent/bysystem/[systemId]/route';
import * as agentCreate from '@/app/authentication/api/v1/systemuser/request/vendor/agent/route';
import * as standardList from '@/app/authentication/api/v1/systemuser/request/vendor/bysystem/[systemId]/route';
import { db } from '@/lib/db';

import { useTestDatabase } from '../support/database';
import { createCustomer, createSystem, createSystemUser, resourceRight, uniqueOrgNo } from '../support/factories';
import { call } from '../support/routes';
import { bearer, personalToken, vendorToken } from '../support/tokens';
import { expectProblem, PKG, postAgent, postStandard } from './helpers';

useTestDatabase();

async function fixture(systemOptions: Parameters<typeof createSystem>[0] = {}) {
  const { vendorOrgNo, system } = await createSystem({
    packages: [`${PKG}ansvarlig-revisor`, `${PKG}regnskapsforer-lonn`, `${PKG}skattegrunnlag`],
    ...systemOptions,
  });
  const { organization } = await createCustomer();
  const body = {
    systemId: system.systemId,
    partyOrgNo: organization.orgNo,
    accessPackages: [{ urn: `${PKG}ansvarlig-revisor` }],
    redirectUrl: 'https://vendor.example/receipt',
  };
  return { vendorOrgNo, system, organization, body };
}

describe('POST systemuser/request/vendor/agent', () => {
  it('creates an agent request without rights, with the agentrequest confirmUrl; a rights property is ignored', async () => {
    const f = await fixture();
    const result = await postAgent(f.vendorOrgNo, { ...f.body, rights: [resourceRight('ske-krav-og-betalinger')] });
    expect(result.status).toBe(201);
    const id = result.json.id;
    expect(Object.keys(result.json)).toEqual([
      'id',
      'integrationTitle',
      'externalRef',
      'systemId',
      'partyOrgNo',
      'accessPackages',
      'status',
      'redirectUrl',
      'confirmUrl',
      'escalated',
      'created',
      'timedOut',
    ]);
    expect(result.json.confirmUrl).toBe(
      `http://localhost:3000/accessmanagement/ui/systemuser/agentrequest?id=${id}&DONTCHOOSEREPORTEE=true`,
    );
    expect(result.headers.get('location')).toBe(`http://localhost:3000/authentication/api/v1/systemuser/request/${id}`);
    const stored = await (await db()).request.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ type: 'agent', rights: [] });
    const again = await postAgent(f.vendorOrgNo, f.body);
    expect(again.status).toBe(200);
    expect(again.json.id).toBe(id);
  });

  it('keeps standard and agent requests apart: both may share a triple, and each GET sees only its type', async () => {
    const f = await fixture();
    const agent = await postAgent(f.vendorOrgNo, f.body);
    const standard = await postStandard(f.vendorOrgNo, { ...f.body, accessPackages: [{ urn: `${PKG}skattegrunnlag` }] });
    expect([agent.status, standard.status]).toEqual([201, 201]);
    const headers = bearer(await vendorToken(f.vendorOrgNo));
    expectProblem(await call(agentById.GET, '/x', { headers, params: { requestId: standard.json.id } }), 404, 'AUTH-00010');
    expectProblem(await call(standardById.GET, '/x', { headers, params: { requestId: agent.json.id } }), 404, 'AUTH-00010');
    expect((await call(agentById.GET, '/x', { headers, params: { requestId: agent.json.id } })).json).toEqual(agent.json);
    const ref = { systemId: f.system.systemId, orgNo: f.organization.orgNo, externalRef: f.organization.orgNo };
    expect((await call(agentByRef.GET, '/x', { headers, params: ref })).json.id).toBe(agent.json.id);
    const agents = await call(agentList.GET, `/systemuser/request/vendor/agent/bysystem/${f.system.systemId}`, {
      headers,
      params: { systemId: f.system.systemId },
    });
    expect(agents.json).toEqual({ links: {}, data: [expect.objectContaining({ id: agent.json.id })] });
    expect(agents.json.data[0]).not.toHaveProperty('confirmUrl');
    const standards = await call(standardList.GET, `/systemuser/request/vendor/bysystem/${f.system.systemId}`, {
      headers,
      params: { systemId: f.system.systemId },
    });
    expect(standards.json.data.map((r: { id: string }) => r.id)).toEqual([standard.json.id]);
    // The standard DELETE route deletes agent requests too.
    const deleted = await call(standardById.DELETE, '/x', { method: 'DELETE', headers, params: { requestId: agent.json.id } });
    expect(deleted.status).toBe(202);
  });

  const errorCases: {
    name: string;
    status: number;
    code: string;
    change: (f: Awaited<ReturnType<typeof fixture>>) => Promise<{ vendor?: string; body: Record<string, unknown> }>;
  }[] = [
    { name: 'unknown system', status: 404, code: 'AUTH-00011', change: async (f) => ({ body: { ...f.body, systemId: 'nope' } }) },
    { name: "another vendor's system", status: 404, code: 'AUTH-00011', change: async (f) => ({ vendor: uniqueOrgNo(), body: f.body }) },
    { name: 'unknown party', status: 400, code: 'AUTH-00000', change: async (f) => ({ body: { ...f.body, partyOrgNo: uniqueOrgNo() } }) },
    {
      name: 'redirect URL not allowed',
      status: 400,
      code: 'AUTH-00021',
      change: async (f) => ({ body: { ...f.body, redirectUrl: 'https://evil.example/' } }),
    },
    {
      name: 'redirect URL while the system has none',
      status: 400,
      code: 'AUTH-00026',
      change: async () => {
        const g = await fixture({ redirectUrls: [] });
        return { vendor: g.vendorOrgNo, body: g.body };
      },
    },
    { name: 'no packages', status: 400, code: 'AUTH-00058', change: async (f) => ({ body: { ...f.body, accessPackages: [] } }) },
    {
      name: 'a package the system lacks',
      status: 400,
      code: 'AUTH-00063',
      change: async (f) => ({ body: { ...f.body, accessPackages: [{ urn: `${PKG}revisormedarbeider` }] } }),
    },
    {
      name: 'a package not for clients',
      status: 400,
      code: 'AUTH-00065',
      change: async (f) => ({ body: { ...f.body, accessPackages: [{ urn: `${PKG}skattegrunnlag` }] } }),
    },
  ];

  it.each(errorCases)('$name → $status $code, and nothing is stored', async ({ status, code, change }) => {
    const f = await fixture();
    const { vendor, body } = await change(f);
    const before = await (await db()).request.count();
    const result = await postAgent(vendor ?? f.vendorOrgNo, body);
    expectProblem(result, status, code);
    expect(await (await db()).request.count()).toBe(before);
  });

  it('AUTH-00004 when a system user has the triple, AUTH-00023 without a vendor, 400 without accessPackages', async () => {
    const f = await fixture();
    await createSystemUser({ systemInternalId: f.system.id, orgNo: f.organization.orgNo });
    expectProblem(await postAgent(f.vendorOrgNo, f.body), 400, 'AUTH-00004');
    const personal = bearer(await personalToken('12858540036', ['altinn:authentication/systemuser.request.write']));
    expectProblem(await call(agentCreate.POST, '/x', { headers: personal, body: f.body }), 401, 'AUTH-00023');
    const missing = await postAgent(f.vendorOrgNo, { systemId: f.body.systemId, partyOrgNo: f.body.partyOrgNo });
    expect(missing.status).toBe(400);
    expect(missing.json.errors).toHaveProperty('accessPackages');
  });

  it('agent GET errors: bad GUID 400, missing AUTH-00010, byexternalref AUTH-00011 and AUTH-00010', async () => {
    const f = await fixture();
    const headers = bearer(await vendorToken(f.vendorOrgNo));
    expect((await call(agentById.GET, '/x', { headers, params: { requestId: '1' } })).status).toBe(400);
    expectProblem(await call(agentById.GET, '/x', { headers, params: { requestId: crypto.randomUUID() } }), 404, 'AUTH-00010');
    const ref = { systemId: f.system.systemId, orgNo: f.organization.orgNo, externalRef: 'x' };
    expectProblem(await call(agentByRef.GET, '/x', { headers, params: ref }), 404, 'AUTH-00010');
    expectProblem(await call(agentByRef.GET, '/x', { headers, params: { ...ref, systemId: 'nope' } }), 404, 'AUTH-00011');
    expectProblem(await call(agentList.GET, '/x', { headers, params: { systemId: 'nope' } }), 404, 'AUTH-00011');
    expect((await call(agentList.GET, '/x?token=!!', { headers, params: { systemId: f.system.systemId } })).status).toBe(400);
  });
});
