import { randomUUID } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { deleteRequest } from '@/lib/requests/delete-request';
import { escalateRequest } from '@/lib/requests/escalate-request';

import { useTestDatabase } from '../support/database';
import { createCustomer, createOrganization, createPerson, createSystem, createSystemUser, resourceRight } from '../support/factories';

// Escalate (lib/requests/escalate-request.ts) and the vendor's delete (lib/requests/delete-request.ts), called
// directly: which request they change, what they leave alone, what they answer, and the event they write.

useTestDatabase();

/** A customer with a representative (may escalate, not approve), a system, and a way to store requests. */
async function fixture() {
  const { vendorOrgNo, system } = await createSystem();
  const { organization } = await createCustomer();
  const representative = await createPerson({ orgId: organization.id, roles: ['REPRESENTANT'] });
  const person = { pid: representative.pid, userId: representative.userId, partyId: representative.partyId };
  const prisma = await db();
  const store = (data: Partial<Prisma.RequestUncheckedCreateInput> = {}) =>
    prisma.request.create({
      data: {
        id: randomUUID(),
        type: 'standard',
        systemInternalId: system.id,
        partyOrgNo: organization.orgNo,
        externalRef: randomUUID(),
        rights: [resourceRight('ske-krav-og-betalinger')],
        ...data,
      },
    });
  const row = (id: string) => prisma.request.findUniqueOrThrow({ where: { id } });
  const events = async (requestId: string) =>
    (await prisma.sandboxEvent.findMany({ where: { requestId }, orderBy: { seq: 'asc' } })).map((e) => ({
      type: e.type,
      status: e.status,
      systemUserId: e.systemUserId,
      data: e.data,
    }));
  return { vendorOrgNo, system, organization, person, store, row, events };
}

describe('escalateRequest', () => {
  it('from the portal (no party id): marks that one request escalated, records who, writes its event, and answers true', async () => {
    const f = await fixture();
    const request = await f.store();
    const sibling = await f.store();
    expect(await escalateRequest({ id: request.id, person: f.person })).toBe(true);
    expect(await f.row(request.id)).toMatchObject({ escalated: true, status: 'New', changedBy: `userId:${f.person.userId}` });
    expect(await f.events(request.id)).toEqual([
      { type: 'request.escalated', status: 'New', systemUserId: null, data: { requestType: 'standard' } },
    ]);
    expect(await f.row(sibling.id)).toMatchObject({ escalated: false, changedBy: null });
    expect(await f.events(sibling.id)).toEqual([]);
  });

  it('with a party id: refuses a request of another party (AUTH-00010) and leaves it as it was', async () => {
    const f = await fixture();
    const request = await f.store();
    const elsewhere = await createOrganization();
    await expect(escalateRequest({ id: request.id, person: f.person, partyId: elsewhere.partyId })).rejects.toMatchObject({
      code: 'AUTH-00010',
    });
    expect((await f.row(request.id)).escalated).toBe(false);
    expect(await escalateRequest({ id: request.id, person: f.person, partyId: f.organization.partyId })).toBe(true);
  });

  it('answers false for a request that was already decided, and writes nothing', async () => {
    const f = await fixture();
    const request = await f.store({ status: 'Accepted' });
    expect(await escalateRequest({ id: request.id, person: f.person })).toBe(false);
    expect(await f.row(request.id)).toMatchObject({ escalated: false, status: 'Accepted', changedBy: null });
    expect(await f.events(request.id)).toEqual([]);
  });

  it('names the system user in the event of an escalated change request', async () => {
    const f = await fixture();
    const user = await createSystemUser({ systemInternalId: f.system.id, orgNo: f.organization.orgNo });
    const request = await f.store({ type: 'change', externalRef: user.externalRef, systemUserId: user.id });
    expect(await escalateRequest({ id: request.id, person: f.person })).toBe(true);
    expect(await f.events(request.id)).toEqual([
      { type: 'changerequest.escalated', status: 'New', systemUserId: user.id, data: { requestType: 'change' } },
    ]);
  });
});

describe('deleteRequest', () => {
  it('soft-deletes the vendor’s standard request and writes request.deleted for it', async () => {
    const f = await fixture();
    const request = await f.store();
    await deleteRequest({ vendorOrgNo: f.vendorOrgNo, id: request.id });
    expect((await f.row(request.id)).isDeleted).toBe(true);
    expect(await f.events(request.id)).toEqual([
      { type: 'request.deleted', status: 'Deleted', systemUserId: null, data: { requestType: 'standard' } },
    ]);
  });

  it('does not delete a change request (AUTH-00010): those have their own route', async () => {
    const f = await fixture();
    const user = await createSystemUser({ systemInternalId: f.system.id, orgNo: f.organization.orgNo });
    const request = await f.store({ type: 'change', externalRef: user.externalRef, systemUserId: user.id });
    await expect(deleteRequest({ vendorOrgNo: f.vendorOrgNo, id: request.id })).rejects.toMatchObject({ code: 'AUTH-00010' });
    expect((await f.row(request.id)).isDeleted).toBe(false);
    expect(await f.events(request.id)).toEqual([]);
  });
});
