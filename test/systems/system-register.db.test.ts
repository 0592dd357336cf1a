import { beforeAll, describe, expect, it } from 'vitest';

import * as portalPackagesRoute from '@/app/authentication/api/v1/systemregister/[systemId]/accesspackages/route';
import * as portalRightsRoute from '@/app/authentication/api/v1/systemregister/[systemId]/rights/route';
import * as vendorPackagesRoute from '@/app/authentication/api/v1/systemregister/vendor/[systemId]/accesspackages/route';
import * as vendorRightsRoute from '@/app/authentication/api/v1/systemregister/vendor/[systemId]/rights/route';
import * as vendorSystemRoute from '@/app/authentication/api/v1/systemregister/vendor/[systemId]/route';
import * as vendorRoute from '@/app/authentication/api/v1/systemregister/vendor/route';
import { SCOPES } from '@/lib/auth/scopes';
import { db } from '@/lib/db';

import { useTestDatabase } from '../support/database';
import { personalToken, vendorToken } from '../support/tokens';
import { newSystemBody, unique } from './factories';
import { registerCalls } from './register-calls';

const VENDOR = '991825827';
const OTHER_VENDOR = '312605031';

let token: string;
let otherToken: string;
let adminToken: string;
let portal: string;

const { call, create } = registerCalls(() => token);

async function createOk(overrides: Record<string, unknown> = {}) {
  const body = newSystemBody(VENDOR, overrides);
  const response = await create(body);
  expect(response.status, await response.clone().text()).toBe(200);
  return body;
}

async function problemCodes(response: Response): Promise<string[]> {
  const body = await response.json();
  return (body.validationErrors ?? []).map((e: { code: string }) => e.code);
}

async function counts() {
  const prisma = await db();
  const rows = await prisma.registeredSystem.findMany({ orderBy: { id: 'asc' } });
  return JSON.stringify(rows);
}

describe('system register: vendor API', { timeout: 60_000 }, () => {
  useTestDatabase();
  beforeAll(async () => {
    token = await vendorToken(VENDOR);
    otherToken = await vendorToken(OTHER_VENDOR);
    adminToken = await vendorToken(OTHER_VENDOR, [SCOPES.registerAdmin]);
    portal = await personalToken('12858540036');
  }, 120_000);

  it('registers a system and returns its internal id; the vendor reads it back in full', async () => {
    const body = newSystemBody(VENDOR, { id: `  ${VENDOR}_trimmed_${unique()}  ` });
    const response = await create(body);
    expect(response.status).toBe(200);
    const internalId = await response.json();
    expect(internalId).toMatch(/^[0-9a-f-]{36}$/);
    const systemId = (body.id as string).trim();
    const stored = await (await db()).registeredSystem.findUniqueOrThrow({ where: { systemId } });
    expect(stored.id).toBe(internalId);

    const get = await call(vendorSystemRoute.GET, { path: `/vendor/${systemId}`, params: { systemId } });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({
      id: systemId,
      vendor: { ID: `0192:${VENDOR}` },
      name: body.name,
      description: body.description,
      rights: body.rights,
      accessPackages: body.accessPackages,
      clientId: body.clientId,
      isVisible: true,
      allowedRedirectUrls: body.allowedRedirectUrls,
      isDeleted: false,
    });
  });

  it('lists only the calling vendor’s systems that are not deleted, as DTOs', async () => {
    const body = await createOk();
    const response = await call(vendorRoute.GET, { path: '/vendor' });
    expect(response.status).toBe(200);
    const list = (await response.json()) as { systemId: string; systemVendorOrgNumber: string }[];
    expect(list.map((s) => s.systemId)).toContain(body.id);
    expect(list.map((s) => s.systemId)).toContain('991825827_smartcloud');
    expect(list.every((s) => s.systemVendorOrgNumber === VENDOR)).toBe(true);
    expect(list.find((s) => s.systemId === body.id)).toEqual({
      systemId: body.id,
      systemVendorOrgNumber: VENDOR,
      systemVendorOrgName: '',
      name: body.name,
      description: body.description,
      rights: body.rights,
      accessPackages: body.accessPackages,
      isVisible: true,
    });
  });

  // Each case: a body change, and the AUTH.VLD codes (in order) the create answers with.
  const createCases: [string, (orgNo: string) => Record<string, unknown>, string[]][] = [
    ['vendor not ISO 6523', () => ({ vendor: { ID: '991825827' } }), ['AUTH.VLD-00000']],
    ['space in id', (o) => ({ id: `${o}_with space${unique()}` }), ['AUTH.VLD-00013']],
    ['id not prefixed by the vendor', () => ({ id: `123456789_x${unique()}` }), ['AUTH.VLD-00001']],
    ['id exists', () => ({ id: '991825827_smartcloud' }), ['AUTH.VLD-00002']],
    ['redirect URL not https', () => ({ allowedRedirectUrls: ['http://example.test/'] }), ['AUTH.VLD-00005']],
    ['redirect URL relative', () => ({ allowedRedirectUrls: ['/receipt'] }), ['AUTH.VLD-00005']],
    ['resource id format', () => ({ rights: [{ resource: [{ id: 'urn:altinn:app', value: 'x' }] }] }), ['AUTH.VLD-00009']],
    [
      'resource not found',
      () => ({ rights: [{ resource: [{ id: 'urn:altinn:resource', value: 'no-such-resource' }] }] }),
      ['AUTH.VLD-00003'],
    ],
    [
      'resource type not delegable',
      () => ({ rights: [{ resource: [{ id: 'urn:altinn:resource', value: 'ske-maskinporten-skattegrunnlag' }] }] }),
      ['AUTH.VLD-00017'],
    ],
    [
      'duplicate rights',
      () => ({
        rights: [
          { resource: [{ id: 'urn:altinn:resource', value: 'ske-krav-og-betalinger' }] },
          { resource: [{ id: 'urn:altinn:resource', value: 'ske-krav-og-betalinger' }] },
        ],
      }),
      ['AUTH.VLD-00006'],
    ],
    ['package URN too short', () => ({ accessPackages: [{ urn: 'urn:altinn:skattegrunnlag' }] }), ['AUTH.VLD-00008']],
    ['package not found', () => ({ accessPackages: [{ urn: 'urn:altinn:accesspackage:nope' }] }), ['AUTH.VLD-00008']],
    [
      'duplicate packages',
      () => ({ accessPackages: [{ urn: 'urn:altinn:accesspackage:skattegrunnlag' }, { urn: 'urn:altinn:accesspackage:skattegrunnlag' }] }),
      ['AUTH.VLD-00007'],
    ],
    [
      'visible with a client-only package',
      () => ({ accessPackages: [{ urn: 'urn:altinn:accesspackage:ansvarlig-revisor' }] }),
      ['AUTH.VLD-00018'],
    ],
    [
      'several problems at once',
      (o) => ({
        id: `${o}_two words${unique()}`,
        allowedRedirectUrls: ['ftp://x'],
        accessPackages: [{ urn: 'urn:altinn:accesspackage:ansvarlig-revisor' }],
      }),
      ['AUTH.VLD-00013', 'AUTH.VLD-00005', 'AUTH.VLD-00018'],
    ],
  ];

  it.each(createCases)('create rejects %s with STD-00000 and writes nothing', async (_name, change, codes) => {
    const before = await counts();
    const response = await create(newSystemBody(VENDOR, change(VENDOR)));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const body = await response.clone().json();
    expect(body).toMatchObject({
      type: 'urn:altinn:error:STD-00000',
      code: 'STD-00000',
      status: 400,
      title: 'One or more validation errors occurred.',
    });
    expect(await problemCodes(response)).toEqual(codes);
    expect(await counts()).toBe(before);
  });

  it('create reports a client id already tagged to another system (AUTH.VLD-00004) with its path', async () => {
    const smartcloud = await (await db()).registeredSystem.findUniqueOrThrow({ where: { systemId: '991825827_smartcloud' } });
    const response = await create(newSystemBody(VENDOR, { clientId: smartcloud.clientIds }));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.validationErrors).toEqual([
      { code: 'AUTH.VLD-00004', title: expect.any(String), paths: ['/registersystemrequest/clientid'] },
    ]);
  });

  it('create gives extension details for resources and packages', async () => {
    const response = await create(
      newSystemBody(VENDOR, {
        rights: [{ resource: [{ id: 'urn:altinn:resource', value: 'nope-1' }] }],
        accessPackages: [{ urn: 'urn:altinn:accesspackage:nope-2' }],
      }),
    );
    const body = await response.json();
    expect(body.validationErrors).toEqual([
      expect.objectContaining({
        code: 'AUTH.VLD-00003',
        paths: ['/registersystemrequest/rights/resource'],
        'ResourceIds Not Found : ': 'nope-1',
      }),
      expect.objectContaining({
        code: 'AUTH.VLD-00008',
        paths: ['/registersystemrequest/accesspackages'],
        'Invalid Urn Details : ': 'Not found: urn:altinn:accesspackage:nope-2',
      }),
    ]);
  });

  it('create for another vendor is 403, even with validation problems; admin scope may do it', async () => {
    const foreign = newSystemBody(OTHER_VENDOR);
    expect((await create(foreign)).status).toBe(403);
    expect((await create({ ...foreign, allowedRedirectUrls: ['http://x'] })).status).toBe(403);
    const asAdmin = await create(newSystemBody(VENDOR), adminToken);
    expect(asAdmin.status).toBe(200);
  });

  it('create answers binding problems for malformed bodies', async () => {
    const post = (rawBody: string, contentType?: string) =>
      call(vendorRoute.POST, { path: '/vendor', method: 'POST', rawBody, contentType });
    expect((await post('{not json')).status).toBe(400);
    expect((await post('')).status).toBe(400);
    expect((await post(JSON.stringify(newSystemBody()), 'text/plain')).status).toBe(400);
    const missing = await post(JSON.stringify({ id: `${VENDOR}_x` }));
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ status: 400, errors: expect.objectContaining({ vendor: expect.any(Array) }) });
  });

  it('GET vendor/{systemId}: 404 when missing, 403 for another vendor’s system', async () => {
    const missing = await call(vendorSystemRoute.GET, { params: { systemId: `${VENDOR}_missing_${unique()}` } });
    expect(missing.status).toBe(404);
    const foreign = await call(vendorSystemRoute.GET, { params: { systemId: '312605031_SuperRegnskap' } });
    expect(foreign.status).toBe(403);
  });

  it('PUT vendor/{systemId} replaces the system', async () => {
    const body = await createOk();
    const updated = { ...body, name: { nb: 'Nytt navn', nn: 'Nytt namn', en: 'New name' }, isVisible: false, clientId: [`c-${unique()}`] };
    const response = await call(vendorSystemRoute.PUT, { method: 'PUT', body: updated, params: { systemId: body.id } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ succeeded: true });
    const stored = await (await db()).registeredSystem.findUniqueOrThrow({ where: { systemId: body.id } });
    expect(stored).toMatchObject({ name: updated.name, isVisible: false, clientIds: updated.clientId });
  });

  it('PUT vendor/{systemId} error cases', async () => {
    const body = await createOk();
    const put = (systemId: string, b: unknown, as = token) =>
      call(vendorSystemRoute.PUT, { method: 'PUT', body: b, params: { systemId }, token: as });

    const missingId = `${VENDOR}_missing_${unique()}`;
    const missing = await put(missingId, { ...body, id: missingId });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe(`System with ID '${missingId}' not found.`);

    expect((await put(body.id, body, otherToken)).status).toBe(403);
    expect((await put(body.id, { ...body, vendor: { ID: `0192:${OTHER_VENDOR}` } })).status).toBe(404);

    const mismatch = await put(body.id, { ...body, id: `${VENDOR}_other` });
    expect(mismatch.status).toBe(400);
    expect(await problemCodes(mismatch)).toEqual(['AUTH.VLD-00012']);

    const dupClients = await put(body.id, { ...body, clientId: ['a-x', 'A-X'] });
    expect(await problemCodes(dupClients)).toEqual(['AUTH.VLD-00011']);

    const taken = await put(body.id, {
      ...body,
      clientId: (await (await db()).registeredSystem.findUniqueOrThrow({ where: { systemId: '991825827_smartcloud' } })).clientIds,
    });
    expect(await problemCodes(taken)).toEqual(['AUTH.VLD-00004']);

    const badRights = await put(body.id, {
      ...body,
      rights: [{ resource: [{ id: 'urn:altinn:resource', value: 'nope' }] }],
      accessPackages: [{ urn: 'urn:altinn:accesspackage:ansvarlig-revisor' }],
    });
    expect(await problemCodes(badRights)).toEqual(['AUTH.VLD-00003', 'AUTH.VLD-00018']);

    await call(vendorSystemRoute.DELETE, { method: 'DELETE', params: { systemId: body.id } });
    const deleted = await put(body.id, body);
    expect(deleted.status).toBe(400);
    expect(await deleted.text()).toBe('Cannot update a system marked as deleted.');
  });

  it('PUT vendor/{systemId}/rights replaces the rights, and validates them', async () => {
    const body = await createOk();
    const rights = [{ action: 'read', resource: [{ id: 'urn:altinn:resource', value: 'ske-mva-melding' }] }];
    const ok = await call(vendorRightsRoute.PUT, { method: 'PUT', body: rights, params: { systemId: body.id } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ succeeded: true });
    const portalRights = await call(portalRightsRoute.GET, { token: portal, params: { systemId: body.id } });
    expect(await portalRights.json()).toEqual(rights);

    const cases: [unknown, number, string[] | string][] = [
      [[{ resource: [{ id: 'urn:altinn:resource', value: 'nope' }] }], 400, ['AUTH.VLD-00003']],
      [[{ resource: [{ id: 'bad', value: 'x' }] }], 400, ['AUTH.VLD-00009']],
      [[{ resource: [{ id: 'urn:altinn:resource', value: 'ske-maskinporten-skattegrunnlag' }] }], 400, ['AUTH.VLD-00017']],
      [[rights[0], rights[0]], 400, ['AUTH.VLD-00006']],
    ];
    for (const [b, status, codes] of cases) {
      const response = await call(vendorRightsRoute.PUT, { method: 'PUT', body: b, params: { systemId: body.id } });
      expect(response.status).toBe(status);
      expect(await problemCodes(response)).toEqual(codes);
    }
    const missing = await call(vendorRightsRoute.PUT, { method: 'PUT', body: rights, params: { systemId: `${VENDOR}_nope_${unique()}` } });
    expect(missing.status).toBe(404);
    const foreign = await call(vendorRightsRoute.PUT, { method: 'PUT', body: rights, params: { systemId: body.id }, token: otherToken });
    expect(foreign.status).toBe(403);
    await call(vendorSystemRoute.DELETE, { method: 'DELETE', params: { systemId: body.id } });
    const deleted = await call(vendorRightsRoute.PUT, { method: 'PUT', body: rights, params: { systemId: body.id } });
    expect(deleted.status).toBe(400);
    expect(await deleted.text()).toBe('Cannot update a system marked as deleted.');
  });

  it('PUT vendor/{systemId}/accesspackages replaces the packages, and validates them against the system’s visibility', async () => {
    const body = await createOk();
    const packages = [{ urn: 'urn:altinn:accesspackage:merverdiavgift' }];
    const ok = await call(vendorPackagesRoute.PUT, { method: 'PUT', body: packages, params: { systemId: body.id } });
    expect(ok.status).toBe(200);
    const portalPackages = await call(portalPackagesRoute.GET, { token: portal, params: { systemId: body.id } });
    expect(await portalPackages.json()).toEqual(packages);

    const cases: [unknown, string[]][] = [
      [[{ urn: 'urn:altinn:accesspackage:nope' }], ['AUTH.VLD-00008']],
      [[{ urn: 'nope' }], ['AUTH.VLD-00008']],
      [[packages[0], packages[0]], ['AUTH.VLD-00007']],
      [[{ urn: 'urn:altinn:accesspackage:regnskapsforer-lonn' }], ['AUTH.VLD-00018']],
    ];
    for (const [b, codes] of cases) {
      const response = await call(vendorPackagesRoute.PUT, { method: 'PUT', body: b, params: { systemId: body.id } });
      expect(response.status).toBe(400);
      expect(await problemCodes(response)).toEqual(codes);
    }
    expect(
      (await call(vendorPackagesRoute.PUT, { method: 'PUT', body: packages, params: { systemId: `${VENDOR}_nope_${unique()}` } })).status,
    ).toBe(404);
    expect(
      (await call(vendorPackagesRoute.PUT, { method: 'PUT', body: packages, params: { systemId: body.id }, token: otherToken })).status,
    ).toBe(403);
  });

  it('the systemregister.admin scope reads and changes any vendor’s system', async () => {
    const body = await createOk();
    const get = await call(vendorSystemRoute.GET, { params: { systemId: body.id }, token: adminToken });
    expect(get.status).toBe(200);
    const rights = [{ resource: [{ id: 'urn:altinn:resource', value: 'ske-mva-melding' }] }];
    const put = await call(vendorRightsRoute.PUT, { method: 'PUT', body: rights, params: { systemId: body.id }, token: adminToken });
    expect(put.status).toBe(200);
    const del = await call(vendorSystemRoute.DELETE, { method: 'DELETE', params: { systemId: body.id }, token: adminToken });
    expect(del.status).toBe(200);
  });

  it('a hidden system may carry client-only packages', async () => {
    const body = newSystemBody(VENDOR, { isVisible: false, accessPackages: [{ urn: 'urn:altinn:accesspackage:ansvarlig-revisor' }] });
    expect((await create(body)).status).toBe(200);
  });

  it('a package that is neither assignable nor delegable is AUTH.VLD-00008', async () => {
    const prisma = await db();
    const slug = `locked-${unique()}`;
    const area = await prisma.accessPackageArea.findFirstOrThrow();
    await prisma.accessPackage.create({
      data: {
        urn: `urn:altinn:accesspackage:${slug}`,
        areaUrn: area.urn,
        nameNb: slug,
        nameNn: slug,
        nameEn: slug,
        descriptionNb: '',
        descriptionNn: '',
        descriptionEn: '',
        isAssignable: false,
        isDelegable: false,
      },
    });
    const response = await create(
      newSystemBody(VENDOR, { isVisible: false, accessPackages: [{ urn: `urn:altinn:accesspackage:${slug}` }] }),
    );
    expect(await problemCodes(response)).toEqual(['AUTH.VLD-00008']);
  });

  it('DELETE soft-deletes, releases the client ids, hides the system from lists; unknown → 400; foreign → 403', async () => {
    const body = await createOk();
    const foreign = await call(vendorSystemRoute.DELETE, { method: 'DELETE', params: { systemId: body.id }, token: otherToken });
    expect(foreign.status).toBe(403);
    const response = await call(vendorSystemRoute.DELETE, { method: 'DELETE', params: { systemId: body.id } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ succeeded: true });
    const stored = await (await db()).registeredSystem.findUniqueOrThrow({ where: { systemId: body.id } });
    expect(stored).toMatchObject({ isDeleted: true, clientIds: [] });

    const list = (await (await call(vendorRoute.GET)).json()) as { systemId: string }[];
    expect(list.map((s) => s.systemId)).not.toContain(body.id);
    const get = await call(vendorSystemRoute.GET, { params: { systemId: body.id } });
    expect(await get.json()).toMatchObject({ id: body.id, isDeleted: true });

    // The released client id may be used again, and the deleted system's id may not.
    expect((await create(newSystemBody(VENDOR, { clientId: body.clientId }))).status).toBe(200);
    expect(await problemCodes(await create({ ...newSystemBody(VENDOR), id: body.id }))).toEqual(['AUTH.VLD-00002']);

    const unknown = await call(vendorSystemRoute.DELETE, { method: 'DELETE', params: { systemId: `${VENDOR}_nope_${unique()}` } });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ status: 400, errors: { return: ['System not found'] } });
  });

  it('two concurrent creates of the same id store one system and answer 200 and 400/409', async () => {
    const body = newSystemBody(VENDOR);
    const responses = await Promise.all([create(body), create({ ...body, clientId: [`c-${unique()}`] })]);
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses[0]).toBe(200);
    expect([400, 409]).toContain(statuses[1]);
    expect(await (await db()).registeredSystem.count({ where: { systemId: body.id } })).toBe(1);
  });

  it('two concurrent creates with the same client id store only one', async () => {
    const clientId = [`shared-${unique()}`];
    const responses = await Promise.all([create(newSystemBody(VENDOR, { clientId })), create(newSystemBody(VENDOR, { clientId }))]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 400]);
    const holders = await (await db()).registeredSystem.count({ where: { clientIds: { has: clientId[0] } } });
    expect(holders).toBe(1);
  });
});
