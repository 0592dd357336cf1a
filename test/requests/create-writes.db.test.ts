import { randomUUID } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { db } from '@/lib/db';
import { createRequest } from '@/lib/requests/create-request';

import { useTestDatabase } from '../support/database';
import { createCustomer, createSystem, resourceRight } from '../support/factories';
import { PKG } from './helpers';

// What a vendor's create (lib/requests/create-request.ts) stores and answers, called directly: the same
// request arriving twice at once, the rights of a packages-only request, and a timed-out predecessor.

useTestDatabase();

const DAY = 24 * 60 * 60 * 1000;

describe('createRequest', () => {
  it('answers two identical creates at the same moment with one stored request: created once, the other gets the same one', async () => {
    const { vendorOrgNo, system } = await createSystem();
    const { organization } = await createCustomer();
    const body = { systemId: system.systemId, partyOrgNo: organization.orgNo, rights: [resourceRight('ske-krav-og-betalinger')] };
    // An earlier request for the triple that timed out is not the one the loser is answered with.
    const prisma = await db();
    const predecessor = await prisma.request.create({
      data: {
        id: randomUUID(),
        type: 'standard',
        systemInternalId: system.id,
        partyOrgNo: organization.orgNo,
        externalRef: organization.orgNo,
        status: 'Timedout',
        created: new Date(Date.now() - 11 * DAY),
      },
    });
    const results = await Promise.all([
      createRequest({ vendorOrgNo, type: 'standard', body }),
      createRequest({ vendorOrgNo, type: 'standard', body }),
    ]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    const [first, second] = results.map((r) => r.request);
    expect(second).toEqual(first);
    expect(first).toMatchObject({
      systemId: system.systemId,
      partyOrgNo: organization.orgNo,
      status: 'New',
      confirmUrl: expect.stringContaining(first.id),
    });
    const stored = await prisma.request.findMany({ where: { systemInternalId: system.id, status: 'New' } });
    expect(stored.map((r) => r.id)).toEqual([first.id]);
    expect(first.id).not.toBe(predecessor.id);
    // One request, one creation event: the loser wrote nothing.
    const events = await prisma.sandboxEvent.findMany({ where: { systemInternalId: system.id } });
    expect(events.map((e) => ({ type: e.type, status: e.status, requestId: e.requestId }))).toEqual([
      { type: 'request.created', status: 'New', requestId: first.id },
    ]);
  });

  it('does not answer a create the database refuses for another reason as a duplicate', async () => {
    const { vendorOrgNo, system } = await createSystem();
    const { organization } = await createCustomer();
    // PostgreSQL text cannot hold a NUL character: the insert fails, and there is no other request to answer with.
    const failed = createRequest({
      vendorOrgNo,
      type: 'standard',
      body: {
        systemId: system.systemId,
        partyOrgNo: organization.orgNo,
        integrationTitle: 'Lønn\u0000',
        rights: [resourceRight('ske-krav-og-betalinger')],
      },
    });
    await expect(failed).rejects.toThrow();
    // Not AUTH-00012 ("the same request arrived at once"), nor any other Altinn code: the database's own error.
    await expect(failed).rejects.not.toMatchObject({ code: expect.stringMatching(/^AUTH-/) });
    expect(await (await db()).request.count({ where: { systemInternalId: system.id } })).toBe(0);
  });

  it('stores a standard request that asks only for packages with no single rights', async () => {
    const { vendorOrgNo, system } = await createSystem();
    const { organization } = await createCustomer();
    const result = await createRequest({
      vendorOrgNo,
      type: 'standard',
      body: { systemId: system.systemId, partyOrgNo: organization.orgNo, accessPackages: [{ urn: `${PKG}skattegrunnlag` }] },
    });
    expect(result.created).toBe(true);
    expect(result.request).toMatchObject({ rights: [], accessPackages: [{ urn: `${PKG}skattegrunnlag` }] });
    const row = await (await db()).request.findUniqueOrThrow({ where: { id: result.request.id } });
    expect(row).toMatchObject({ rights: [], accessPackages: [`${PKG}skattegrunnlag`], escalated: false, isDeleted: false });
  });

  it('replaces a timed-out request for the triple, marking only that one Timedout', async () => {
    const { vendorOrgNo, system } = await createSystem();
    const { organization } = await createCustomer();
    const prisma = await db();
    const old = new Date(Date.now() - 11 * DAY);
    const stale = (externalRef: string) =>
      prisma.request.create({
        data: {
          id: randomUUID(),
          type: 'standard',
          systemInternalId: system.id,
          partyOrgNo: organization.orgNo,
          externalRef,
          created: old,
        },
      });
    const predecessor = await stale(organization.orgNo);
    const unrelated = await stale('another-ref');
    const result = await createRequest({
      vendorOrgNo,
      type: 'standard',
      body: { systemId: system.systemId, partyOrgNo: organization.orgNo, rights: [resourceRight('ske-mva-melding')] },
    });
    expect(result.created).toBe(true);
    expect(result.request.id).not.toBe(predecessor.id);
    expect((await prisma.request.findUniqueOrThrow({ where: { id: predecessor.id } })).status).toBe('Timedout');
    expect((await prisma.request.findUniqueOrThrow({ where: { id: unrelated.id } })).status).toBe('New');
  });
});
