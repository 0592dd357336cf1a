import { randomUUID } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { approveRequest } from '@/lib/requests/approve-request';
import { rejectRequest } from '@/lib/requests/reject-request';

import { useTestDatabase } from '../support/database';
import { createCustomer, createPerson, createSystem, resourceRight } from '../support/factories';
import { PKG } from './helpers';

// What approving writes (lib/requests/approve-request.ts, party-request.ts), called as the portal calls it
// (no party id): the system user and its event, the change request's merge, and what is refused or left alone.

useTestDatabase();

const DAY = 24 * 60 * 60 * 1000;

/** A customer whose access manager holds the given rights and packages, and a system offering them. */
async function customer(options: { rights?: string[]; packages?: string[] } = {}) {
  const rights = options.rights ?? ['ske-krav-og-betalinger'];
  const packages = options.packages ?? [`${PKG}skattegrunnlag`];
  const { system } = await createSystem({ rights, packages });
  const { organization, manager } = await createCustomer({ rights, packages });
  const person = { pid: manager.pid, userId: manager.userId, partyId: manager.partyId };
  const store = (data: Omit<Prisma.RequestUncheckedCreateInput, 'systemInternalId' | 'partyOrgNo'>) =>
    db().then((prisma) => prisma.request.create({ data: { systemInternalId: system.id, partyOrgNo: organization.orgNo, ...data } }));
  return { system, organization, manager, person, store };
}

const events = async (where: Prisma.SandboxEventWhereInput) =>
  (await (await db()).sandboxEvent.findMany({ where, orderBy: { seq: 'asc' } })).map((e) => ({
    type: e.type,
    status: e.status,
    data: e.data,
  }));

describe('approving a standard or agent request', () => {
  it('writes a standard system user and a systemuser.created event naming its type and external reference; records who decided', async () => {
    const c = await customer();
    const request = await c.store({
      id: randomUUID(),
      type: 'standard',
      externalRef: 'lønn-1',
      integrationTitle: 'Lønn',
      rights: [resourceRight('ske-krav-og-betalinger')],
      accessPackages: [`${PKG}skattegrunnlag`],
    });
    await approveRequest({ id: request.id, person: c.person });
    const prisma = await db();
    expect(await prisma.systemUser.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      type: 'standard',
      integrationTitle: 'Lønn',
      externalRef: 'lønn-1',
      rights: [resourceRight('ske-krav-og-betalinger')],
    });
    expect(await events({ systemUserId: request.id, type: 'systemuser.created' })).toEqual([
      { type: 'systemuser.created', status: 'Active', data: { systemUserType: 'standard', externalRef: 'lønn-1' } },
    ]);
    expect(await prisma.request.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: 'Accepted',
      changedBy: `userId:${c.person.userId}`,
    });
  });

  it('writes an agent system user without single rights, whatever the row holds, and an event saying agent', async () => {
    const c = await customer({ packages: [`${PKG}ansvarlig-revisor`] });
    const request = await c.store({
      id: randomUUID(),
      type: 'agent',
      externalRef: 'klienter',
      integrationTitle: 'Klienter',
      rights: [resourceRight('ske-krav-og-betalinger')],
      accessPackages: [`${PKG}ansvarlig-revisor`],
    });
    await approveRequest({ id: request.id, person: c.person });
    expect(await (await db()).systemUser.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      type: 'agent',
      rights: [],
      accessPackages: [`${PKG}ansvarlig-revisor`],
    });
    expect(await events({ systemUserId: request.id, type: 'systemuser.created' })).toEqual([
      { type: 'systemuser.created', status: 'Active', data: { systemUserType: 'agent', externalRef: 'klienter' } },
    ]);
  });

  it('refuses a request without a title whose system has no Norwegian name (AUTH-00017), writing nothing', async () => {
    const c = await customer();
    await (await db()).registeredSystem.update({ where: { id: c.system.id }, data: { name: { en: 'English only' } } });
    const request = await c.store({
      id: randomUUID(),
      type: 'standard',
      externalRef: c.organization.orgNo,
      rights: [resourceRight('ske-krav-og-betalinger')],
    });
    await expect(approveRequest({ id: request.id, person: c.person })).rejects.toMatchObject({ code: 'AUTH-00017' });
    const prisma = await db();
    expect((await prisma.request.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('New');
    expect(await prisma.systemUser.findUnique({ where: { id: request.id } })).toBeNull();
  });

  it('answers AUTH-00004 to the second of two requests for one triple approved at the same moment (standard and agent)', async () => {
    const c = await customer({ packages: [`${PKG}skattegrunnlag`, `${PKG}ansvarlig-revisor`] });
    const common = { externalRef: c.organization.orgNo, integrationTitle: 'x' };
    const standard = await c.store({ id: randomUUID(), type: 'standard', ...common, accessPackages: [`${PKG}skattegrunnlag`] });
    const agent = await c.store({ id: randomUUID(), type: 'agent', ...common, accessPackages: [`${PKG}ansvarlig-revisor`] });
    const results = await Promise.allSettled([
      approveRequest({ id: standard.id, person: c.person }),
      approveRequest({ id: agent.id, person: c.person }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected');
    expect(refused?.reason).toMatchObject({ code: 'AUTH-00004' });
    const prisma = await db();
    expect(await prisma.systemUser.count({ where: { systemInternalId: c.system.id } })).toBe(1);
    const statuses = await prisma.request.findMany({ where: { id: { in: [standard.id, agent.id] } }, select: { status: true } });
    expect(statuses.map((s) => s.status).sort()).toEqual(['Accepted', 'New']);
  });

  it('answers AUTH-00013 to the second of two approvals of one request at the same moment; one system user', async () => {
    const c = await customer();
    const request = await c.store({ id: randomUUID(), type: 'standard', externalRef: 'twice', integrationTitle: 'x', rights: [] });
    const results = await Promise.allSettled([
      approveRequest({ id: request.id, person: c.person }),
      approveRequest({ id: request.id, person: c.person }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((r) => r.status === 'rejected')?.reason).toMatchObject({ code: 'AUTH-00013' });
    expect(await (await db()).systemUser.count({ where: { id: request.id } })).toBe(1);
  });

  it('lets the portal (no party id) approve for an access manager of the request’s party, and no one else', async () => {
    const c = await customer();
    const representative = await createPerson({ orgId: c.organization.id, roles: ['REPRESENTANT'], rights: ['ske-krav-og-betalinger'] });
    const request = await c.store({ id: randomUUID(), type: 'standard', externalRef: 'p', integrationTitle: 'x', rights: [] });
    const asRepresentative = { pid: representative.pid, userId: representative.userId, partyId: representative.partyId };
    await expect(approveRequest({ id: request.id, person: asRepresentative })).rejects.toMatchObject({ failure: 'forbidden' });
    await expect(rejectRequest({ id: request.id, person: asRepresentative })).rejects.toMatchObject({ failure: 'forbidden' });
    expect((await (await db()).request.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('New');
    await approveRequest({ id: request.id, person: c.person });
    expect((await (await db()).request.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('Accepted');
  });
});

describe('a request past the timeout', () => {
  it('answers AUTH-00013 even when its system is gone, and marks only that request Timedout, with its event', async () => {
    const c = await customer();
    const old = new Date(Date.now() - 11 * DAY);
    const request = await c.store({ id: randomUUID(), type: 'standard', externalRef: 'a', integrationTitle: 'x', created: old });
    const other = await c.store({ id: randomUUID(), type: 'standard', externalRef: 'b', integrationTitle: 'x', created: old });
    await (await db()).registeredSystem.update({ where: { id: c.system.id }, data: { isDeleted: true } });
    await expect(approveRequest({ id: request.id, person: c.person })).rejects.toMatchObject({ code: 'AUTH-00013' });
    const prisma = await db();
    expect((await prisma.request.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('Timedout');
    expect(await events({ requestId: request.id })).toEqual([
      { type: 'request.timedout', status: 'Timedout', data: { requestType: 'standard' } },
    ]);
    // The other one is marked when something reads or expires it, not by this approval.
    expect((await prisma.request.findUniqueOrThrow({ where: { id: other.id } })).status).toBe('New');
    expect(await events({ requestId: other.id })).toEqual([]);
  });

  it('is refused on reject too (AUTH-00013), and stays Timedout', async () => {
    const c = await customer();
    const request = await c.store({ id: randomUUID(), type: 'standard', externalRef: 'r', created: new Date(Date.now() - 11 * DAY) });
    await expect(rejectRequest({ id: request.id, person: c.person })).rejects.toMatchObject({ code: 'AUTH-00013' });
    expect((await (await db()).request.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('Timedout');
  });
});

describe('approving a change request', () => {
  const R = ['ske-krav-og-betalinger', 'ske-mva-melding', 'brg-aarsregnskap', 'nav-a-ordningen', 'nav-sykmelding'];

  async function changeFixture() {
    const c = await customer({
      rights: R,
      packages: [`${PKG}skattegrunnlag`, `${PKG}merverdiavgift`, `${PKG}skatt-naering`],
    });
    const prisma = await db();
    const user = await prisma.systemUser.create({
      data: {
        id: randomUUID(),
        type: 'standard',
        integrationTitle: 'Integrasjon',
        systemInternalId: c.system.id,
        reporteeOrgNo: c.organization.orgNo,
        externalRef: 'kunde-1',
        rights: [resourceRight(R[0]), resourceRight(R[1]), resourceRight(R[2])],
        accessPackages: [`${PKG}skattegrunnlag`, `${PKG}merverdiavgift`],
      },
    });
    return { ...c, user };
  }

  it('keeps what the user has, removes the unwanted, adds the required it lacks, once each, in that order', async () => {
    const c = await changeFixture();
    const prisma = await db();
    const neighbour = await prisma.systemUser.create({
      data: {
        id: randomUUID(),
        type: 'standard',
        integrationTitle: 'Nabo',
        systemInternalId: c.system.id,
        reporteeOrgNo: c.organization.orgNo,
        externalRef: 'kunde-2',
        rights: [resourceRight(R[1])],
        accessPackages: [`${PKG}skattegrunnlag`],
      },
    });
    const request = await c.store({
      id: randomUUID(),
      type: 'change',
      externalRef: 'kunde-1',
      systemUserId: c.user.id,
      // R[0] is held already; R[3] is both required and unwanted: unwanted wins.
      rights: [resourceRight(R[0]), resourceRight(R[4]), resourceRight(R[3])],
      unwantedRights: [resourceRight(R[1]), resourceRight(R[3])],
      accessPackages: [`${PKG}merverdiavgift`, `${PKG}skatt-naering`],
      unwantedAccessPackages: [`${PKG}skattegrunnlag`],
    });
    await approveRequest({ id: request.id, person: c.person });
    const user = await prisma.systemUser.findUniqueOrThrow({ where: { id: c.user.id } });
    expect(user.rights).toEqual([resourceRight(R[0]), resourceRight(R[2]), resourceRight(R[4])]);
    expect(user.accessPackages).toEqual([`${PKG}merverdiavgift`, `${PKG}skatt-naering`]);
    // The write is the one system user's: its neighbour under the same system and party is as it was.
    expect(await prisma.systemUser.findUniqueOrThrow({ where: { id: neighbour.id } })).toMatchObject({
      rights: [resourceRight(R[1])],
      accessPackages: [`${PKG}skattegrunnlag`],
      lastChanged: neighbour.lastChanged,
    });
  });

  it('with nothing unwanted keeps every right the user has', async () => {
    const c = await changeFixture();
    const request = await c.store({
      id: randomUUID(),
      type: 'change',
      externalRef: 'kunde-1',
      systemUserId: c.user.id,
      rights: [resourceRight(R[3])],
    });
    await approveRequest({ id: request.id, person: c.person });
    const user = await (await db()).systemUser.findUniqueOrThrow({ where: { id: c.user.id } });
    expect(user.rights).toEqual([resourceRight(R[0]), resourceRight(R[1]), resourceRight(R[2]), resourceRight(R[3])]);
    expect(user.accessPackages).toEqual([`${PKG}skattegrunnlag`, `${PKG}merverdiavgift`]);
  });

  it('refuses a change request that names no system user (AUTH-00015) and leaves it New', async () => {
    const c = await changeFixture();
    const request = await c.store({ id: randomUUID(), type: 'change', externalRef: 'kunde-1', rights: [resourceRight(R[3])] });
    await expect(approveRequest({ id: request.id, person: c.person })).rejects.toMatchObject({ code: 'AUTH-00015' });
    expect((await (await db()).request.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('New');
  });
});
