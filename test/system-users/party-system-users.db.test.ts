import { randomUUID } from 'node:crypto';

import { beforeAll, describe, expect, it } from 'vitest';

import { DELETE as remove, GET as getOne } from '@/app/authentication/api/v1/systemuser/[party]/[systemUserId]/route';
import { POST as create } from '@/app/authentication/api/v1/systemuser/[party]/create/route';
import { GET as listStandard } from '@/app/authentication/api/v1/systemuser/[party]/route';
import { DELETE as deleteAgent } from '@/app/authentication/api/v1/systemuser/agent/[party]/[id]/route';
import { db } from '@/lib/db';
import { createSystemUser } from '@/lib/system-users/create-system-user';
import { listForParty } from '@/lib/system-users/list-for-party';

import { makeAgentSystemUser, makeOrg, makePerson, makeSystem } from '../portal/factories';
import { expectProblem } from '../requests/helpers';
import { useTestDatabase } from '../support/database';
import { call } from '../support/routes';
import { bearer, personalToken } from '../support/tokens';

// The party's own system users (POST create, GET, DELETE, the lists): what is written, what is left alone,
// and the codes a person gets. Each test makes its own organisations, so it holds when run alone.

const PKG = 'urn:altinn:accesspackage:';
const RIGHT = 'ske-krav-og-betalinger';
const PACKAGE = `${PKG}skattegrunnlag`;
const REGN = [`${PKG}regnskapsforer-lonn`];

useTestDatabase();

let systemId: string;
let systemInternalId: string;
beforeAll(async () => {
  const system = await makeSystem({ vendorOrgNo: '991825827', rights: [RIGHT], packages: [PACKAGE] });
  systemId = system.systemId;
  systemInternalId = system.id;
});

/** An organisation with an access manager holding the system's right and package. */
async function managedOrg(options: { rights?: string[] } = {}) {
  const org = await makeOrg();
  const person = await makePerson({ orgId: org.id, roles: ['DAGL'], rights: options.rights ?? [RIGHT], packages: [PACKAGE] });
  const token = await personalToken(person.pid);
  const party = String(org.partyId);
  const post = (body: unknown) => call(create, `/systemuser/${party}/create`, { headers: bearer(token), params: { party }, body });
  const del = (id: string) =>
    call(remove, `/systemuser/${party}/${id}`, { method: 'DELETE', headers: bearer(token), params: { party, systemUserId: id } });
  return { org, person, token, party, post, del };
}

describe('POST systemuser/{party}/create', () => {
  it('trims the title, falls back to the system name for a blank one, and records who created it', async () => {
    const a = await managedOrg();
    const first = await a.post({ systemId, integrationTitle: '  Lønn og skatt  ' });
    expect(first.status).toBe(200);
    expect(first.json.integrationTitle).toBe('Lønn og skatt');
    const row = await (await db()).systemUser.findUniqueOrThrow({ where: { id: first.json.id } });
    expect(row.createdBy).toBe(`user_id:${a.person.userId}`);

    const b = await managedOrg();
    const blank = await b.post({ systemId, integrationTitle: '   ' });
    expect(blank.status).toBe(200);
    expect(blank.json.integrationTitle).toBe(`System ${systemId}`);

    // The domain function trims too, for a caller that does not bind with the route's schema.
    const c = await managedOrg();
    const person = { pid: c.person.pid, userId: c.person.userId, partyId: c.person.partyId };
    const direct = await createSystemUser({ person, party: { orgNo: c.org.orgNo }, systemId, integrationTitle: ' Direkte ' });
    expect(direct.integrationTitle).toBe('Direkte');
  });

  it('answers a second submission with AUTH-00004 and keeps one system user', async () => {
    const a = await managedOrg();
    expect((await a.post({ systemId })).status).toBe(200);
    expectProblem(await a.post({ systemId }), 400, 'AUTH-00004');
    expect(await (await db()).systemUser.count({ where: { reporteeOrgNo: a.org.orgNo } })).toBe(1);
  });

  it('does not report a write the database refuses for another reason as a duplicate (AUTH-00004)', async () => {
    const a = await managedOrg();
    const person = { pid: a.person.pid, userId: a.person.userId, partyId: a.person.partyId };
    // PostgreSQL text cannot hold a NUL character: the insert fails, and no system user exists to be a duplicate of.
    const failed = createSystemUser({ person, party: { orgNo: a.org.orgNo }, systemId, integrationTitle: 'Lønn\u0000' });
    await expect(failed).rejects.toThrow();
    await expect(failed).rejects.not.toMatchObject({ code: 'AUTH-00004' });
    expect(await (await db()).systemUser.count({ where: { reporteeOrgNo: a.org.orgNo } })).toBe(0);
  });

  it('refuses a system without a Norwegian name (AUTH-00017) and a person lacking a right (AUTH-00016)', async () => {
    const unnamed = await makeSystem({ vendorOrgNo: '991825827', rights: [RIGHT], packages: [PACKAGE] });
    await (await db()).registeredSystem.update({ where: { id: unnamed.id }, data: { name: { en: 'English only' } } });
    const a = await managedOrg();
    expectProblem(await a.post({ systemId: unnamed.systemId }), 404, 'AUTH-00017');

    const lacking = await managedOrg({ rights: [] });
    expectProblem(await lacking.post({ systemId }), 403, 'AUTH-00016');
    expect(await (await db()).systemUser.count({ where: { reporteeOrgNo: { in: [a.org.orgNo, lacking.org.orgNo] } } })).toBe(0);
  });
});

describe('GET systemuser/{party} and its pages', () => {
  it('lists the newest first, with an empty party uuid, and honours skip and take', async () => {
    const a = await managedOrg();
    const older = await a.post({ systemId });
    const other = await makeSystem({ vendorOrgNo: '991825827', rights: [RIGHT], packages: [PACKAGE] });
    const newer = await a.post({ systemId: other.systemId });
    const list = await call(listStandard, `/systemuser/${a.party}`, { headers: bearer(a.token), params: { party: a.party } });
    expect(list.status).toBe(200);
    expect(list.json.map((u: { id: string }) => u.id)).toEqual([newer.json.id, older.json.id]);
    expect(list.json[0].partyUuId).toBe('');

    const person = { pid: a.person.pid, userId: a.person.userId, partyId: a.person.partyId };
    const page = (skip?: number, take?: number) =>
      listForParty({ person, party: { orgNo: a.org.orgNo }, type: 'standard', skip, take }).then((users) => users.map((u) => u.id));
    expect(await page(1)).toEqual([older.json.id]);
    expect(await page(0, 1)).toEqual([newer.json.id]);
  });

  it('shows an agent system user with no rights', async () => {
    const a = await managedOrg();
    const system = await makeSystem({ vendorOrgNo: '312605031', rights: [], packages: REGN, visible: false });
    const agent = await makeAgentSystemUser({ orgNo: a.org.orgNo, systemInternalId: system.id, packages: REGN });
    const detail = await call(getOne, `/systemuser/${a.party}/${agent.id}`, {
      headers: bearer(a.token),
      params: { party: a.party, systemUserId: agent.id },
    });
    expect(detail.status).toBe(200);
    expect(detail.json).toMatchObject({ id: agent.id, userType: 'agent', rights: [], accessPackages: [{ urn: REGN[0] }] });
  });
});

describe('DELETE systemuser/{party}/{id} and systemuser/agent/{party}/{id}', () => {
  it('deletes the one system user and its request, leaving another organisation’s alone, and records the event', async () => {
    const prisma = await db();
    const bystander = await managedOrg();
    const kept = await bystander.post({ systemId });
    await prisma.request.create({
      data: {
        id: randomUUID(),
        type: 'standard',
        systemInternalId,
        partyOrgNo: bystander.org.orgNo,
        externalRef: bystander.org.orgNo,
        status: 'Accepted',
      },
    });
    const a = await managedOrg();
    const created = await a.post({ systemId });
    const requestId = randomUUID();
    await prisma.request.create({
      data: { id: requestId, type: 'standard', systemInternalId, partyOrgNo: a.org.orgNo, externalRef: a.org.orgNo, status: 'Accepted' },
    });

    expect((await a.del(created.json.id)).status).toBe(202);
    expect(await prisma.systemUser.findUniqueOrThrow({ where: { id: kept.json.id } })).toMatchObject({ isDeleted: false });
    expect(await prisma.request.count({ where: { partyOrgNo: bystander.org.orgNo, isDeleted: false } })).toBe(1);
    expect(await prisma.request.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      isDeleted: true,
      changedBy: `userId:${a.person.userId}`,
    });
    const events = await prisma.sandboxEvent.findMany({ where: { systemUserId: created.json.id } });
    expect(events.map((e) => ({ type: e.type, status: e.status, orgNo: e.orgNo, data: e.data }))).toContainEqual({
      type: 'systemuser.deleted',
      status: 'Deleted',
      orgNo: a.org.orgNo,
      data: { systemUserType: 'standard', externalRef: a.org.orgNo },
    });
  });

  it('lets one of two deletes at the same moment through; the other finds nothing (AUTH-00015)', async () => {
    const a = await managedOrg();
    const created = await a.post({ systemId });
    const results = await Promise.all([a.del(created.json.id), a.del(created.json.id)]);
    expect(results.map((r) => r.status).sort()).toEqual([202, 404]);
    expectProblem(
      results.find((r) => r.status === 404)!,
      404,
      'AUTH-00015',
    );
  });

  it('refuses the wrong route for the type (AUTH-00036, AUTH-00034) and another facilitator id (AUTH-00031)', async () => {
    const a = await managedOrg();
    const standard = await a.post({ systemId });
    const system = await makeSystem({ vendorOrgNo: '312605031', rights: [], packages: REGN, visible: false });
    const agent = await makeAgentSystemUser({ orgNo: a.org.orgNo, systemInternalId: system.id, packages: REGN });
    const asAgent = (id: string, facilitatorId = a.org.id) =>
      call(deleteAgent, `/systemuser/agent/${a.party}/${id}?facilitatorId=${facilitatorId}`, {
        method: 'DELETE',
        headers: bearer(a.token),
        params: { party: a.party, id },
      });

    expectProblem(await a.del(agent.id), 400, 'AUTH-00036');
    expectProblem(await asAgent(standard.json.id), 400, 'AUTH-00034');
    expectProblem(await asAgent(agent.id, (await makeOrg()).id), 400, 'AUTH-00031');
    const prisma = await db();
    expect(await prisma.systemUser.count({ where: { id: { in: [standard.json.id, agent.id] }, isDeleted: false } })).toBe(2);
  });

  it('removes the agent system user’s clients and no other agent’s', async () => {
    const a = await managedOrg();
    const system = await makeSystem({ vendorOrgNo: '312605031', rights: [], packages: REGN, visible: false });
    const agent = await makeAgentSystemUser({ orgNo: a.org.orgNo, systemInternalId: system.id, packages: REGN });
    const otherAgent = await makeAgentSystemUser({ orgNo: a.org.orgNo, systemInternalId: system.id, packages: REGN });
    const client = await makeOrg('Kunde AS');
    const prisma = await db();
    await prisma.clientDelegation.createMany({
      data: [agent.id, otherAgent.id].map((systemUserId) => ({
        id: randomUUID(),
        systemUserId,
        clientId: client.id,
        facilitatorId: a.org.id,
      })),
    });
    const response = await call(deleteAgent, `/systemuser/agent/${a.party}/${agent.id}?facilitatorId=${a.org.id}`, {
      method: 'DELETE',
      headers: bearer(a.token),
      params: { party: a.party, id: agent.id },
    });
    expect(response.status).toBe(200);
    expect(await prisma.clientDelegation.findMany({ where: { clientId: client.id }, select: { systemUserId: true } })).toEqual([
      { systemUserId: otherAgent.id },
    ]);
  });
});
