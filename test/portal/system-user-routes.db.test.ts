import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

import { GET as delegations } from '@/app/authentication/api/v1/systemuser/[party]/[systemUserId]/delegations/route';
import { DELETE as remove, GET as getOne } from '@/app/authentication/api/v1/systemuser/[party]/[systemUserId]/route';
import { POST as create } from '@/app/authentication/api/v1/systemuser/[party]/create/route';
import { GET as listStandard } from '@/app/authentication/api/v1/systemuser/[party]/route';
import { db } from '@/lib/db';
import { systemUserDelegationsSchema, systemUserDetailSchema, systemUserInternalSchema } from '@/lib/schemas/system-users';

import { expectBody } from '../support/body';
import { useTestDatabase } from '../support/database';
import { bearer, personalToken } from '../support/tokens';
import { makeOrg, makePerson, makeSystem } from './factories';

const PKG = 'urn:altinn:accesspackage:';
const base = 'http://localhost/authentication/api/v1/systemuser';
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });

describe('portal system user routes (§4.4)', () => {
  let org: Awaited<ReturnType<typeof makeOrg>>;
  let manager: string;
  let representative: string;
  let systemId: string;
  let systemInternalId: string;

  useTestDatabase();
  beforeAll(async () => {
    org = await makeOrg();
    const system = await makeSystem({ vendorOrgNo: '991825827', rights: ['ske-krav-og-betalinger'], packages: [`${PKG}skattegrunnlag`] });
    systemId = system.systemId;
    systemInternalId = system.id;
    const m = await makePerson({ orgId: org.id, roles: ['DAGL'], rights: ['ske-krav-og-betalinger'], packages: [`${PKG}skattegrunnlag`] });
    manager = await personalToken(m.pid);
    const r = await makePerson({ orgId: org.id, roles: ['REPRESENTANT'] });
    representative = await personalToken(r.pid);
  }, 120_000);

  const post = (token: string, body: unknown, party: number | string = org.partyId) =>
    create(
      new Request(`${base}/${party}/create`, {
        method: 'POST',
        headers: { ...bearer(token), 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
      ctx({ party: String(party) }),
    );

  it('creates a system user with all of the system’s rights and packages, once, however often it is submitted', async () => {
    const responses = await Promise.all([1, 2, 3, 4].map(() => post(manager, { systemId, integrationTitle: 'Mitt system' })));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 400, 400, 400]);
    const created = await expectBody(
      responses.find((r) => r.status === 200)!,
      systemUserInternalSchema,
    );
    expect(created).toMatchObject({
      integrationTitle: 'Mitt system',
      systemId,
      systemInternalId,
      reporteeOrgNo: org.orgNo,
      externalRef: org.orgNo,
      partyId: String(org.partyId),
      supplierOrgno: '991825827',
      userType: 'standard',
      accessPackages: [{ urn: `${PKG}skattegrunnlag` }],
    });
    const rejected = await responses.find((r) => r.status === 400)!.json();
    expect(rejected.code).toBe('AUTH-00004');
    expect(await (await db()).systemUser.count({ where: { reporteeOrgNo: org.orgNo, isDeleted: false } })).toBe(1);

    const detail = await getOne(
      new Request(`${base}/${org.partyId}/${created.id}`, { headers: bearer(manager) }),
      ctx({ party: String(org.partyId), systemUserId: created.id }),
    );
    expect(await expectBody(detail, systemUserDetailSchema)).toMatchObject({
      id: created.id,
      rights: [{ resource: [{ id: 'urn:altinn:resource', value: 'ske-krav-og-betalinger' }] }],
    });

    const given = await delegations(
      new Request(`${base}/${org.partyId}/${created.id}/delegations`, { headers: bearer(manager) }),
      ctx({ party: String(org.partyId), systemUserId: created.id }),
    );
    expect(await expectBody(given, systemUserDelegationsSchema)).toMatchObject({
      systemUserId: created.id,
      accessPackages: [{ urn: `${PKG}skattegrunnlag` }],
    });

    const list = await listStandard(
      new Request(`${base}/${org.partyId}`, { headers: bearer(manager) }),
      ctx({ party: String(org.partyId) }),
    );
    expect((await expectBody(list, z.array(systemUserInternalSchema))).map((u) => u.id)).toEqual([created.id]);
  });

  it('refuses a person who is not an access manager, and one who lacks a package, writing nothing', async () => {
    expect((await post(representative, { systemId })).status).toBe(403);
    const other = await makeOrg();
    const p = await makePerson({ orgId: other.id, roles: ['TILGANGSSTYRER'], rights: ['ske-krav-og-betalinger'] });
    const response = await post(await personalToken(p.pid), { systemId }, other.partyId);
    expect(response.status).toBe(400);
    expect((await response.json()).code).toBe('AUTH-00053');
    expect(await (await db()).systemUser.count({ where: { reporteeOrgNo: other.orgNo } })).toBe(0);
  });

  it('answers bad input with problem documents', async () => {
    expect((await post(manager, { systemId: 'no_such_system' })).status).toBe(404);
    const missing = await post(manager, {});
    expect(missing.status).toBe(400);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    expect((await post(manager, { systemId }, 'abc')).status).toBe(400);
    const badId = await getOne(
      new Request(`${base}/${org.partyId}/x`, { headers: bearer(manager) }),
      ctx({ party: String(org.partyId), systemUserId: 'x' }),
    );
    expect(badId.status).toBe(400);
    expect((await badId.json()).errors.systemUserId).toEqual(["The value 'x' is not valid."]);
  });

  it('deletes a system user and its request together, so the triple can be used again', async () => {
    const other = await makeOrg();
    const p = await makePerson({
      orgId: other.id,
      roles: ['DAGL'],
      rights: ['ske-krav-og-betalinger'],
      packages: [`${PKG}skattegrunnlag`],
    });
    const token = await personalToken(p.pid);
    const created = await expectBody(await post(token, { systemId }, other.partyId), systemUserInternalSchema);
    const prisma = await db();
    await prisma.request.create({
      data: {
        id: crypto.randomUUID(),
        type: 'standard',
        systemInternalId,
        partyOrgNo: other.orgNo,
        externalRef: other.orgNo,
        status: 'Accepted',
      },
    });
    const del = () =>
      remove(
        new Request(`${base}/${other.partyId}/${created.id}`, { method: 'DELETE', headers: bearer(token) }),
        ctx({ party: String(other.partyId), systemUserId: created.id }),
      );

    // The first organisation's manager may not delete another organisation's system user.
    const foreign = await remove(
      new Request(`${base}/${org.partyId}/${created.id}`, { method: 'DELETE', headers: bearer(manager) }),
      ctx({ party: String(org.partyId), systemUserId: created.id }),
    );
    expect({ status: foreign.status, code: (await foreign.json()).code }).toEqual({ status: 403, code: 'AUTH-00024' });

    const first = await del();
    expect(first.status).toBe(202);
    expect(await expectBody(first, z.literal(1))).toBe(1);
    expect(await prisma.request.count({ where: { partyOrgNo: other.orgNo, isDeleted: false } })).toBe(0);
    const second = await del();
    expect(second.status).toBe(404);
    expect((await second.json()).code).toBe('AUTH-00015');
    expect((await post(token, { systemId }, other.partyId)).status).toBe(200);
  });
});
