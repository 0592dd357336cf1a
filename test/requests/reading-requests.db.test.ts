import { randomUUID } from 'node:crypto';

import { beforeAll, describe, expect, it } from 'vitest';

import type { Person } from '@/lib/access/caller';
import { db } from '@/lib/db';
import type { RequestStatus, RequestType } from '@/lib/generated/prisma/enums';
import { approvalCheck } from '@/lib/requests/approval-check';
import { findRequest } from '@/lib/requests/find-request';
import { getPartyRequest } from '@/lib/requests/get-party-request';
import { findVendorRequestByExternalRef } from '@/lib/requests/get-vendor-request-by-external-ref';
import { listPendingRequests } from '@/lib/requests/list-pending-requests';
import { listRequests } from '@/lib/requests/list-requests';

import { useTestDatabase } from '../support/database';
import { CATALOGUE, createCustomer, createOrganization, createSystem, createSystemUser, resourceRight } from '../support/factories';

// How requests are read back: by id for the approval page (findRequest, approvalCheck), by the party's access
// manager (pending list, one request), and by the vendor (by externalRef, the paged list).

useTestDatabase();

const MINUTE = 60_000;

/** A request written directly, so its id, creation time and stored content are what the test says. */
async function insertRequest(options: {
  type: RequestType;
  systemInternalId: string;
  partyOrgNo: string;
  externalRef?: string;
  id?: string;
  created?: Date;
  status?: RequestStatus;
  rights?: { resource: { id: string; value: string }[] }[];
  accessPackages?: string[];
  systemUserId?: string;
  escalated?: boolean;
}) {
  return (await db()).request.create({
    data: {
      id: options.id ?? randomUUID(),
      type: options.type,
      systemInternalId: options.systemInternalId,
      partyOrgNo: options.partyOrgNo,
      externalRef: options.externalRef ?? randomUUID(),
      rights: options.rights ?? [],
      accessPackages: options.accessPackages ?? [],
      unwantedAccessPackages: [],
      status: options.status ?? 'New',
      escalated: options.escalated ?? false,
      systemUserId: options.systemUserId,
      ...(options.created ? { created: options.created } : {}),
    },
  });
}

const personOf = (pid: string, partyId: number): Person => ({ pid, userId: 1, partyId });

describe('findRequest: a request by id for the approval page', () => {
  it('answers null for something that is not a request id, however close to one', async () => {
    const { system } = await createSystem();
    const party = await createOrganization();
    const request = await insertRequest({ type: 'standard', systemInternalId: system.id, partyOrgNo: party.orgNo });
    expect(await findRequest({ id: request.id })).not.toBeNull();
    expect(await findRequest({ id: 'not-a-request-id' })).toBeNull();
    expect(await findRequest({ id: `x${request.id}` })).toBeNull();
    expect(await findRequest({ id: `${request.id}x` })).toBeNull();
  });

  it('gives a standard request’s rights and the system’s names per language', async () => {
    const { system } = await createSystem();
    const party = await createOrganization();
    const rights = [resourceRight('ske-krav-og-betalinger')];
    const request = await insertRequest({ type: 'standard', systemInternalId: system.id, partyOrgNo: party.orgNo, rights });
    const found = await findRequest({ id: request.id });
    expect(found?.request.rights).toEqual(rights);
    expect(found?.system.name).toEqual({
      nb: `System ${system.systemId}`,
      nn: `System ${system.systemId}`,
      en: `System ${system.systemId}`,
    });
  });

  it('gives an agent request no rights, whatever its row holds: its packages come from the clients', async () => {
    const { system } = await createSystem({ packages: CATALOGUE.delegable });
    const party = await createOrganization();
    const request = await insertRequest({
      type: 'agent',
      systemInternalId: system.id,
      partyOrgNo: party.orgNo,
      rights: [resourceRight('ske-krav-og-betalinger')],
      accessPackages: [CATALOGUE.delegable[0]],
    });
    const found = await findRequest({ id: request.id });
    expect(found?.request.rights).toEqual([]);
    expect(found?.request.accessPackages).toEqual([CATALOGUE.delegable[0]]);
  });
});

describe('approvalCheck: what the approval page offers the person', () => {
  it('lets the access manager approve an open change request of the system user that holds its triple', async () => {
    const { system } = await createSystem();
    const { organization, manager } = await createCustomer();
    const user = await createSystemUser({ systemInternalId: system.id, orgNo: organization.orgNo, externalRef: 'change-ref' });
    const request = await insertRequest({
      type: 'change',
      systemInternalId: system.id,
      partyOrgNo: organization.orgNo,
      externalRef: 'change-ref',
      systemUserId: user.id,
      rights: [resourceRight('ske-mva-melding')],
    });
    const found = await findRequest({ id: request.id });
    // The system user being changed holds the triple; it does not block its own change.
    expect(found?.request.tripleTaken).toBe(true);
    const check = await approvalCheck({ pid: manager.pid, found });
    expect(check).toMatchObject({ canApprove: true, canReject: true, reason: null });
    expect(await approvalCheck({ pid: manager.pid, id: request.id })).toMatchObject({ canApprove: true, reason: null });
  });

  it('judges the request it is given, without reading it again by id', async () => {
    const { system } = await createSystem();
    const { organization, manager } = await createCustomer();
    const request = await insertRequest({
      type: 'standard',
      systemInternalId: system.id,
      partyOrgNo: organization.orgNo,
      rights: [resourceRight('ske-krav-og-betalinger')],
    });
    const found = await findRequest({ id: request.id });
    expect(await approvalCheck({ pid: manager.pid, found })).toMatchObject({ canApprove: true, reason: null });
    expect(await approvalCheck({ pid: manager.pid, found: null })).toMatchObject({ canApprove: false, reason: 'not-found' });
  });

  it('blocks an open request asking for a right its system no longer has, and lets the person reject it', async () => {
    const { system } = await createSystem();
    const { organization, manager } = await createCustomer();
    const request = await insertRequest({
      type: 'standard',
      systemInternalId: system.id,
      partyOrgNo: organization.orgNo,
      rights: [{ resource: [{ id: 'urn:altinn:resource', value: 'no-longer-in-the-system' }] }],
    });
    expect(await approvalCheck({ pid: manager.pid, id: request.id })).toMatchObject({
      canApprove: false,
      canReject: true,
      reason: 'system-changed',
    });
  });

  it('blocks a standard request whose triple another system user already holds', async () => {
    const { system } = await createSystem();
    const { organization, manager } = await createCustomer();
    await createSystemUser({ systemInternalId: system.id, orgNo: organization.orgNo, externalRef: 'taken-ref' });
    const request = await insertRequest({
      type: 'standard',
      systemInternalId: system.id,
      partyOrgNo: organization.orgNo,
      externalRef: 'taken-ref',
    });
    expect(await approvalCheck({ pid: manager.pid, id: request.id })).toMatchObject({
      canApprove: false,
      canReject: true,
      reason: 'system-user-exists',
    });
  });
});

describe('the party’s access manager reads its requests', () => {
  let party: Awaited<ReturnType<typeof createCustomer>>;
  let systemId: string;
  let systemInternalId: string;
  let vendorOrgNo: string;
  const base = Date.now() - 60 * MINUTE;
  // Inserted newest first, with ids that sort against their age, so neither insertion nor id order is creation order.
  const newest = { id: '00000000-0000-4000-8000-000000000001', created: new Date(base + 10 * MINUTE) };
  const olderHighId = { id: 'ffffffff-0000-4000-8000-000000000001', created: new Date(base) };
  const olderLowId = { id: '80000000-0000-4000-8000-000000000001', created: new Date(base) };

  beforeAll(async () => {
    party = await createCustomer();
    const created = await createSystem();
    systemId = created.system.systemId;
    systemInternalId = created.system.id;
    vendorOrgNo = created.vendorOrgNo;
    for (const r of [newest, olderHighId, olderLowId]) {
      await insertRequest({ ...r, type: 'standard', systemInternalId, partyOrgNo: party.organization.orgNo });
    }
    // Neither an accepted request, nor one of another party, nor an agent request that was not escalated is pending.
    await insertRequest({ type: 'standard', systemInternalId, partyOrgNo: party.organization.orgNo, status: 'Accepted' });
    await insertRequest({ type: 'agent', systemInternalId, partyOrgNo: party.organization.orgNo });
  });

  const pending = (options: { orgNo?: string; take?: number; skip?: number } = {}) =>
    listPendingRequests({
      partyId: party.organization.partyId,
      orgNo: options.orgNo ?? party.organization.orgNo,
      type: 'standard',
      person: personOf(party.manager.pid, party.organization.partyId),
      ...(options.take === undefined ? {} : { take: options.take }),
      ...(options.skip === undefined ? {} : { skip: options.skip }),
    });

  it('lists the pending requests oldest first, ties by id', async () => {
    const items = await pending();
    expect(items.map((r) => r.id)).toEqual([olderLowId.id, olderHighId.id, newest.id]);
    expect(items[0]).toMatchObject({ status: 'New', systemId, partyOrgNo: party.organization.orgNo });
    // The approver's list has no confirmUrl: it is the page itself.
    for (const item of items) expect(item).not.toHaveProperty('confirmUrl');
  });

  it('pages the list with skip and take', async () => {
    expect((await pending({ skip: 1 })).map((r) => r.id)).toEqual([olderHighId.id, newest.id]);
    expect((await pending({ take: 2 })).map((r) => r.id)).toEqual([olderLowId.id, olderHighId.id]);
    expect((await pending({ skip: 1, take: 1 })).map((r) => r.id)).toEqual([olderHighId.id]);
  });

  it('lists nothing when the org number given is not the party’s', async () => {
    const other = await createOrganization();
    expect(await pending({ orgNo: other.orgNo })).toEqual([]);
  });

  it('reads one request of the party without a confirmUrl', async () => {
    const read = await getPartyRequest({
      id: newest.id,
      partyId: party.organization.partyId,
      type: 'standard',
      person: personOf(party.manager.pid, party.organization.partyId),
    });
    expect(read).toMatchObject({ id: newest.id, systemId, status: 'New' });
    expect(read).not.toHaveProperty('confirmUrl');
  });

  it('the vendor’s list is ordered by id, whatever the order the requests were made in', async () => {
    const page = await listRequests({ vendorOrgNo, type: 'standard', systemId });
    const ids = page.items.map((r) => r.id);
    // The three pending ones and the accepted one (inserted in the order 0…, f…, 8…, then a random id).
    expect(ids).toHaveLength(4);
    expect(ids).toEqual([...ids].sort());
    for (const item of page.items) expect(item).not.toHaveProperty('confirmUrl');
  });
});

describe('findVendorRequestByExternalRef with newestFirst: the latest of several change requests', () => {
  it('picks the most recently created, then the highest id among those made at the same moment', async () => {
    const { vendorOrgNo, system } = await createSystem();
    const party = await createOrganization();
    const user = await createSystemUser({ systemInternalId: system.id, orgNo: party.orgNo, externalRef: 'ext' });
    const base = Date.now() - 30 * MINUTE;
    const change = (id: string, created: Date) =>
      insertRequest({
        id,
        created,
        type: 'change',
        systemInternalId: system.id,
        partyOrgNo: party.orgNo,
        externalRef: 'ext',
        systemUserId: user.id,
      });
    const find = () =>
      findVendorRequestByExternalRef({
        vendorOrgNo,
        type: 'change',
        systemId: system.systemId,
        orgNo: party.orgNo,
        externalRef: 'ext',
        newestFirst: true,
      });

    // The older one first and with the higher id.
    await change('ffffffff-0000-4000-8000-000000000002', new Date(base));
    await change('11111111-0000-4000-8000-000000000002', new Date(base + MINUTE));
    expect((await find()).id).toBe('11111111-0000-4000-8000-000000000002');

    // Made at the same moment as the latest: the higher id, though inserted after the lower one.
    await change('22222222-0000-4000-8000-000000000002', new Date(base + 2 * MINUTE));
    await change('33333333-0000-4000-8000-000000000002', new Date(base + 2 * MINUTE));
    expect((await find()).id).toBe('33333333-0000-4000-8000-000000000002');
  });
});
