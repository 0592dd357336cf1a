import { describe, expect, it } from 'vitest';

import * as byId from '@/app/authentication/api/v1/systemuser/request/vendor/[requestId]/route';
import * as byRef from '@/app/authentication/api/v1/systemuser/request/vendor/byexternalref/[systemId]/[orgNo]/[externalRef]/route';
import * as create from '@/app/authentication/api/v1/systemuser/request/vendor/route';
import { db } from '@/lib/db';

import { useTestDatabase } from '../support/database';
import { createCustomer, createOrganization, createSystem, createSystemUser, resourceRight, uniqueOrgNo } from '../support/factories';
import { call } from '../support/routes';
import { bearer, personalToken, vendorToken } from '../support/tokens';
import { expectBearerChallenge, expectProblem, PKG, postStandard } from './helpers';

useTestDatabase();

async function fixture(systemOptions: Parameters<typeof createSystem>[0] = {}) {
  const { vendorOrgNo, system } = await createSystem(systemOptions);
  const { organization } = await createCustomer();
  const body = {
    systemId: system.systemId,
    partyOrgNo: organization.orgNo,
    rights: [resourceRight('ske-krav-og-betalinger')],
    accessPackages: [{ urn: `${PKG}skattegrunnlag` }],
    redirectUrl: 'https://vendor.example/receipt?state=1',
  };
  return { vendorOrgNo, system, organization, body };
}

describe('POST systemuser/request/vendor', () => {
  it('creates a request: 201, Location, confirmUrl, defaults for externalRef and integrationTitle', async () => {
    const { vendorOrgNo, system, organization, body } = await fixture();
    const result = await postStandard(vendorOrgNo, body);
    expect(result.status).toBe(201);
    const id = result.json.id;
    expect(result.json).toEqual({
      id,
      integrationTitle: `System ${system.systemId}`,
      externalRef: organization.orgNo,
      systemId: system.systemId,
      partyOrgNo: organization.orgNo,
      rights: [resourceRight('ske-krav-og-betalinger')],
      accessPackages: [{ urn: `${PKG}skattegrunnlag` }],
      status: 'New',
      redirectUrl: 'https://vendor.example/receipt?state=1',
      confirmUrl: `http://localhost:3000/accessmanagement/ui/systemuser/request?id=${id}&DONTCHOOSEREPORTEE=true`,
      escalated: false,
      created: expect.stringMatching(/Z$/),
      timedOut: false,
    });
    expect(Object.keys(result.json)).toEqual([
      'id',
      'integrationTitle',
      'externalRef',
      'systemId',
      'partyOrgNo',
      'rights',
      'accessPackages',
      'status',
      'redirectUrl',
      'confirmUrl',
      'escalated',
      'created',
      'timedOut',
    ]);
    expect(result.headers.get('location')).toBe(`http://localhost:3000/authentication/api/v1/systemuser/request/${id}`);
  });

  it('returns the stored request with 200 when the same triple is posted again, ignoring the new body', async () => {
    const { vendorOrgNo, body } = await fixture();
    const first = await postStandard(vendorOrgNo, { ...body, externalRef: 'abc' });
    const second = await postStandard(vendorOrgNo, { ...body, externalRef: 'abc', integrationTitle: 'Other', rights: [] });
    expect(second.status).toBe(200);
    expect(second.json).toEqual(first.json);
    // Another externalRef is another request.
    expect((await postStandard(vendorOrgNo, { ...body, externalRef: 'def' })).status).toBe(201);
  });

  it('binds property names case-insensitively, trims strings, and treats an empty externalRef as the org number', async () => {
    const { vendorOrgNo, system, organization } = await fixture();
    const result = await postStandard(vendorOrgNo, {
      SYSTEMID: ` ${system.systemId} `,
      partyorgno: organization.orgNo,
      externalRef: '',
      IntegrationTitle: '  Min integrasjon ',
      Rights: [{ Resource: [{ ID: 'urn:altinn:resource', Value: 'ske-krav-og-betalinger' }] }],
    });
    expect(result.status).toBe(201);
    expect(result.json).toMatchObject({ systemId: system.systemId, externalRef: organization.orgNo, integrationTitle: 'Min integrasjon' });
    expect(result.json).not.toHaveProperty('redirectUrl');
  });

  it('answers AUTH-00004 when a system user already has the triple', async () => {
    const { vendorOrgNo, system, organization, body } = await fixture();
    await createSystemUser({ systemInternalId: system.id, orgNo: organization.orgNo, type: 'agent' });
    expectProblem(await postStandard(vendorOrgNo, body), 400, 'AUTH-00004');
  });

  const errorCases: {
    name: string;
    status: number;
    code: string;
    change: (f: Awaited<ReturnType<typeof fixture>>) => Promise<{ vendor?: string; body: Record<string, unknown> }>;
  }[] = [
    {
      name: 'unknown system',
      status: 404,
      code: 'AUTH-00011',
      change: async (f) => ({ body: { ...f.body, systemId: `${f.vendorOrgNo}_nope` } }),
    },
    { name: "another vendor's system", status: 404, code: 'AUTH-00011', change: async (f) => ({ vendor: uniqueOrgNo(), body: f.body }) },
    {
      name: 'deleted system',
      status: 404,
      code: 'AUTH-00011',
      change: async () => {
        const g = await fixture({ deleted: true });
        return { vendor: g.vendorOrgNo, body: g.body };
      },
    },
    {
      name: 'party org number failing mod-11',
      status: 400,
      code: 'AUTH-00000',
      change: async (f) => ({ body: { ...f.body, partyOrgNo: '123456789' } }),
    },
    {
      name: 'party unknown in ER',
      status: 400,
      code: 'AUTH-00000',
      change: async (f) => ({ body: { ...f.body, partyOrgNo: uniqueOrgNo() } }),
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
    {
      name: 'redirect URL not allowed',
      status: 400,
      code: 'AUTH-00021',
      change: async (f) => ({ body: { ...f.body, redirectUrl: 'https://vendor.example/other' } }),
    },
    {
      name: 'redirect URL not a URL',
      status: 400,
      code: 'AUTH-00021',
      change: async (f) => ({ body: { ...f.body, redirectUrl: 'not a url' } }),
    },
    {
      name: 'neither rights nor packages',
      status: 400,
      code: 'AUTH-00001',
      change: async (f) => ({ body: { systemId: f.body.systemId, partyOrgNo: f.body.partyOrgNo } }),
    },
    {
      name: 'empty rights and packages',
      status: 400,
      code: 'AUTH-00059',
      change: async (f) => ({ body: { ...f.body, rights: [], accessPackages: [] } }),
    },
    {
      name: 'a right the system lacks',
      status: 400,
      code: 'AUTH-00001',
      change: async (f) => ({ body: { ...f.body, rights: [resourceRight('nav-a-ordningen')] } }),
    },
    {
      name: 'more rights than the system has',
      status: 400,
      code: 'AUTH-00001',
      change: async (f) => ({
        body: {
          ...f.body,
          rights: [resourceRight('ske-krav-og-betalinger'), resourceRight('ske-mva-melding'), resourceRight('ske-krav-og-betalinger')],
        },
      }),
    },
    {
      name: 'a right with an empty resource',
      status: 400,
      code: 'AUTH-00001',
      change: async (f) => ({ body: { ...f.body, rights: [{ resource: [] }] } }),
    },
    {
      name: 'a package the system lacks',
      status: 400,
      code: 'AUTH-00063',
      change: async (f) => ({ body: { ...f.body, accessPackages: [{ urn: `${PKG}lonn` }] } }),
    },
    {
      name: 'a client-only package',
      status: 400,
      code: 'AUTH-00064',
      change: async () => {
        const g = await fixture({ packages: [`${PKG}skattegrunnlag`, `${PKG}ansvarlig-revisor`] });
        return { vendor: g.vendorOrgNo, body: { ...g.body, accessPackages: [{ urn: `${PKG}ansvarlig-revisor` }] } };
      },
    },
  ];

  it.each(errorCases)('$name → $status $code, and nothing is stored', async ({ status, code, change }) => {
    const f = await fixture();
    const { vendor, body } = await change(f);
    const before = await (await db()).request.count();
    expectProblem(await postStandard(vendor ?? f.vendorOrgNo, body), status, code);
    expect(await (await db()).request.count()).toBe(before);
  });

  it('names the packages it refuses', async () => {
    const f = await fixture();
    const result = await postStandard(f.vendorOrgNo, { ...f.body, accessPackages: [{ urn: `${PKG}lonn` }, { urn: `${PKG}a-ordning` }] });
    expectProblem(result, 400, 'AUTH-00063');
    expect(result.json.NotFoundPackages).toBe(`${PKG}lonn, ${PKG}a-ordning`);
    const g = await fixture({ packages: [`${PKG}regnskapsforer-lonn`] });
    const refused = await postStandard(g.vendorOrgNo, { ...g.body, rights: [], accessPackages: [{ urn: `${PKG}regnskapsforer-lonn` }] });
    expectProblem(refused, 400, 'AUTH-00064');
    expect(refused.json).toMatchObject({ code: 'AUTH-00064', NotDelegablePackages: `${PKG}regnskapsforer-lonn` });
  });

  it('answers AUTH-00023 to a token without a vendor (consumer)', async () => {
    const f = await fixture();
    const token = await personalToken('12858540036', ['altinn:authentication/systemuser.request.write']);
    expectProblem(await call(create.POST, '/systemuser/request/vendor', { headers: bearer(token), body: f.body }), 401, 'AUTH-00023');
  });

  it.each([
    { name: 'malformed JSON', body: '{"systemId": ', contentType: 'application/json' },
    { name: 'a JSON array', body: '[]', contentType: 'application/json' },
    { name: 'empty body', body: '', contentType: 'application/json' },
    { name: 'missing systemId', body: JSON.stringify({ partyOrgNo: '314248295', rights: [] }), contentType: 'application/json' },
    { name: 'missing partyOrgNo', body: JSON.stringify({ systemId: 'x', rights: [] }), contentType: 'application/json' },
    {
      name: 'rights not a list',
      body: JSON.stringify({ systemId: 'x', partyOrgNo: '314248295', rights: 'all' }),
      contentType: 'application/json',
    },
  ])('binding failure ($name) → 400 problem with errors', async ({ body, contentType }) => {
    const f = await fixture();
    const result = await call(create.POST, '/systemuser/request/vendor', {
      method: 'POST',
      headers: { ...bearer(await vendorToken(f.vendorOrgNo)), 'content-type': contentType },
      body: body === '' ? undefined : body,
      contentType,
    });
    expect(result.status).toBe(400);
    expect(result.headers.get('content-type')).toContain('application/problem+json');
    expect(result.json.errors).toBeTypeOf('object');
  });

  it('400 for a body that is not JSON', async () => {
    const f = await fixture();
    const result = await call(create.POST, '/systemuser/request/vendor', {
      headers: bearer(await vendorToken(f.vendorOrgNo)),
      body: JSON.stringify(f.body),
      contentType: 'text/plain',
    });
    expectProblem(result, 400);
  });

  it('401 without a token and 403 with a token lacking the write scope', async () => {
    const f = await fixture();
    expectBearerChallenge(await call(create.POST, '/systemuser/request/vendor', { body: f.body }), 401);
    const readOnly = await vendorToken(f.vendorOrgNo, ['altinn:authentication/systemuser.request.read']);
    expectBearerChallenge(await call(create.POST, '/systemuser/request/vendor', { headers: bearer(readOnly), body: f.body }), 403);
  });
});

describe('GET and DELETE systemuser/request/vendor/{requestId}, GET byexternalref', () => {
  it('reads a request by id and by external reference, with confirmUrl', async () => {
    const f = await fixture();
    const created = await postStandard(f.vendorOrgNo, { ...f.body, externalRef: 'kunde-1' });
    const headers = bearer(await vendorToken(f.vendorOrgNo));
    const got = await call(byId.GET, `/systemuser/request/vendor/${created.json.id}`, { headers, params: { requestId: created.json.id } });
    expect(got.status).toBe(200);
    expect(got.json).toEqual(created.json);
    const params = { systemId: f.system.systemId, orgNo: f.organization.orgNo, externalRef: 'kunde-1' };
    const byRefResult = await call(byRef.GET, `/systemuser/request/vendor/byexternalref/x`, { headers, params });
    expect(byRefResult.status).toBe(200);
    expect(byRefResult.json).toEqual(created.json);
  });

  it('GET errors: bad GUID 400, missing 404 AUTH-00010, another vendor 404 AUTH-00010, no vendor 401', async () => {
    const f = await fixture();
    const created = await postStandard(f.vendorOrgNo, f.body);
    const headers = bearer(await vendorToken(f.vendorOrgNo));
    const bad = await call(byId.GET, '/systemuser/request/vendor/abc', { headers, params: { requestId: 'abc' } });
    expect(bad.status).toBe(400);
    expect(bad.json.errors).toEqual({ requestId: ["The value 'abc' is not valid."] });
    const missing = crypto.randomUUID();
    expectProblem(await call(byId.GET, '/x', { headers, params: { requestId: missing } }), 404, 'AUTH-00010');
    const other = bearer(await vendorToken(uniqueOrgNo()));
    expectProblem(await call(byId.GET, '/x', { headers: other, params: { requestId: created.json.id } }), 404, 'AUTH-00010');
    const personal = bearer(await personalToken('12858540036', ['altinn:authentication/systemuser.request.read']));
    expectProblem(await call(byId.GET, '/x', { headers: personal, params: { requestId: created.json.id } }), 401);
  });

  it('byexternalref errors: AUTH-00011 for a foreign or unknown system, AUTH-00010 for no request', async () => {
    const f = await fixture();
    await postStandard(f.vendorOrgNo, f.body);
    const headers = bearer(await vendorToken(f.vendorOrgNo));
    const ref = { systemId: f.system.systemId, orgNo: f.organization.orgNo, externalRef: f.organization.orgNo };
    expectProblem(await call(byRef.GET, '/x', { headers, params: { ...ref, externalRef: 'other' } }), 404, 'AUTH-00010');
    expectProblem(await call(byRef.GET, '/x', { headers, params: { ...ref, systemId: 'nope' } }), 404, 'AUTH-00011');
    const other = bearer(await vendorToken(uniqueOrgNo()));
    expectProblem(await call(byRef.GET, '/x', { headers: other, params: ref }), 404, 'AUTH-00011');
  });

  it('DELETE: 202 empty, then 404 AUTH-00010; another vendor cannot; the triple can be requested again', async () => {
    const f = await fixture();
    const created = await postStandard(f.vendorOrgNo, f.body);
    const id = created.json.id;
    const other = bearer(await vendorToken((await createOrganization()).orgNo));
    expectProblem(await call(byId.DELETE, '/x', { method: 'DELETE', headers: other, params: { requestId: id } }), 404, 'AUTH-00010');
    const headers = bearer(await vendorToken(f.vendorOrgNo));
    const deleted = await call(byId.DELETE, '/x', { method: 'DELETE', headers, params: { requestId: id } });
    expect(deleted.status).toBe(202);
    expect(deleted.text).toBe('');
    expectProblem(await call(byId.DELETE, '/x', { method: 'DELETE', headers, params: { requestId: id } }), 404, 'AUTH-00010');
    expectProblem(await call(byId.GET, '/x', { headers, params: { requestId: id } }), 404, 'AUTH-00010');
    const again = await postStandard(f.vendorOrgNo, f.body);
    expect(again.status).toBe(201);
    expect(again.json.id).not.toBe(id);
  });
});
