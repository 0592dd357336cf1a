import { describe, expect, it } from 'vitest';

import { personAccess } from '@/lib/access/roles';
import { db } from '@/lib/db';
import { AltinnProblem } from '@/lib/errors';
import { approvalCheck } from '@/lib/requests/approval-check';
import { approveRequest } from '@/lib/requests/approve-request';
import { escalateRequest } from '@/lib/requests/escalate-request';
import { findRequest } from '@/lib/requests/find-request';
import { rejectRequest } from '@/lib/requests/reject-request';

import { useTestDatabase } from '../support/database';
import { createCustomer, createPerson, createSystem, createSystemUser, resourceRight } from '../support/factories';
import { PKG, postAgent, postStandard } from './helpers';

useTestDatabase();

const person = async (pid: string) => {
  const p = await (await db()).person.findUniqueOrThrow({ where: { pid } });
  return { pid: p.pid, userId: p.userId, partyId: p.partyId };
};

describe('personAccess', () => {
  it('reads the seeded people: Kari manages the bakery, Per only represents it, Ola administers clients', async () => {
    expect(await personAccess({ pid: '12858540036', orgNo: '314248295' })).toMatchObject({
      canRepresent: true,
      isAccessManager: true,
      isClientAdministrator: true,
      roles: ['DAGL', 'TILGANGSSTYRER'],
      rights: expect.arrayContaining(['ske-krav-og-betalinger']),
      packages: expect.arrayContaining([`${PKG}skattegrunnlag`]),
    });
    expect(await personAccess({ pid: '24829040049', orgNo: '314248295' })).toEqual({
      canRepresent: true,
      isAccessManager: false,
      isClientAdministrator: false,
      roles: ['REPRESENTANT'],
      rights: [],
      packages: [],
    });
    expect(await personAccess({ pid: '03917940028', orgNo: '310495670' })).toMatchObject({
      isAccessManager: true,
      isClientAdministrator: true,
    });
    expect(await personAccess({ pid: '15827500094', orgNo: '310495670' })).toMatchObject({
      isAccessManager: false,
      isClientAdministrator: true,
    });
    // Mona is only the facilitator's access manager: the two policies tell her and Jonas apart.
    expect(await personAccess({ pid: '23887610010', orgNo: '310495670' })).toMatchObject({
      isAccessManager: true,
      isClientAdministrator: false,
    });
    expect((await personAccess({ pid: '12858540036', orgNo: '310495670' })).canRepresent).toBe(false);
    expect((await personAccess({ pid: '00000000000', orgNo: '314248295' })).canRepresent).toBe(false);
  });
});

describe('findRequest, approvalCheck and the approve/reject/escalate functions the portal calls', () => {
  it('explains what each person may do, then approves without a type', async () => {
    const { vendorOrgNo, system } = await createSystem();
    const { organization, manager } = await createCustomer({ rights: ['ske-krav-og-betalinger'], packages: [] });
    const representative = await createPerson({ orgId: organization.id, roles: ['REPRESENTANT'] });
    const created = await postStandard(vendorOrgNo, {
      systemId: system.systemId,
      partyOrgNo: organization.orgNo,
      rights: [resourceRight('ske-krav-og-betalinger')],
      accessPackages: [{ urn: `${PKG}skattegrunnlag` }],
      redirectUrl: 'https://vendor.example/receipt',
    });
    const id: string = created.json.id;

    const found = await findRequest({ id });
    expect(found).toMatchObject({
      request: {
        id,
        type: 'standard',
        status: 'New',
        timedOut: false,
        accessPackages: [`${PKG}skattegrunnlag`],
        redirectUrl: 'https://vendor.example/receipt',
      },
      system: {
        systemId: system.systemId,
        vendorOrgNo,
        rights: [resourceRight('ske-krav-og-betalinger'), resourceRight('ske-mva-melding')],
        isDeleted: false,
      },
      party: { orgNo: organization.orgNo, partyId: organization.partyId, id: organization.id },
    });
    expect(found?.system.vendorName).toBe('Leverandør');
    expect(await findRequest({ id: crypto.randomUUID() })).toBeNull();

    expect(await approvalCheck({ id, pid: manager.pid })).toEqual({
      canApprove: false,
      canReject: true,
      mayEscalate: false,
      missingRights: [],
      missingPackages: [`${PKG}skattegrunnlag`],
      reason: 'missing-rights',
    });
    expect(await approvalCheck({ id, pid: representative.pid })).toMatchObject({
      canApprove: false,
      canReject: false,
      mayEscalate: true,
      reason: 'not-access-manager',
    });
    expect(await approvalCheck({ id, pid: '12858540036' })).toMatchObject({ reason: 'no-access' });
    expect(await approvalCheck({ id: crypto.randomUUID(), pid: manager.pid })).toMatchObject({ reason: 'not-found' });

    const rep = await person(representative.pid);
    expect(await escalateRequest({ id, partyId: organization.partyId, person: rep })).toBe(true);
    expect((await findRequest({ id }))?.request.escalated).toBe(true);
    expect(await approvalCheck({ id, pid: representative.pid })).toMatchObject({ mayEscalate: false });

    await (
      await db()
    ).personPackage.create({ data: { personId: manager.id, organizationId: organization.id, packageUrn: `${PKG}skattegrunnlag` } });
    expect(await approvalCheck({ id, pid: manager.pid })).toEqual({
      canApprove: true,
      canReject: true,
      mayEscalate: false,
      missingRights: [],
      missingPackages: [],
      reason: null,
    });
    const approver = await person(manager.pid);
    await expect(approveRequest({ id, partyId: organization.partyId, person: rep })).rejects.toMatchObject({ failure: 'forbidden' });
    expect(await approveRequest({ id, partyId: organization.partyId, person: approver })).toEqual({
      id,
      type: 'standard',
      redirectUrl: 'https://vendor.example/receipt',
    });
    expect(await approvalCheck({ id, pid: manager.pid })).toMatchObject({ canApprove: false, reason: 'not-new' });
    const error = await rejectRequest({ id, partyId: organization.partyId, person: approver }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AltinnProblem);
    expect((error as AltinnProblem).code).toBe('AUTH-00013');
  });

  it('agent requests: the access manager need not hold the packages; a taken triple is reported', async () => {
    const { vendorOrgNo, system } = await createSystem({ packages: [`${PKG}ansvarlig-revisor`] });
    const { organization, manager } = await createCustomer({ rights: [], packages: [] });
    const created = await postAgent(vendorOrgNo, {
      systemId: system.systemId,
      partyOrgNo: organization.orgNo,
      accessPackages: [{ urn: `${PKG}ansvarlig-revisor` }],
    });
    const id: string = created.json.id;
    expect(await approvalCheck({ id, pid: manager.pid })).toMatchObject({ canApprove: true, reason: null });
    await createSystemUser({ systemInternalId: system.id, orgNo: organization.orgNo });
    expect(await approvalCheck({ id, pid: manager.pid })).toMatchObject({
      canApprove: false,
      canReject: true,
      reason: 'system-user-exists',
    });
    expect(await rejectRequest({ id, partyId: organization.partyId, person: await person(manager.pid) })).toEqual({
      id,
      type: 'agent',
      redirectUrl: null,
    });
    expect((await findRequest({ id }))?.request.status).toBe('Rejected');
  });
});
