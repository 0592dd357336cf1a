import { describe, expect, it } from 'vitest';

import * as approve from '@/app/authentication/api/v1/systemuser/request/[party]/[requestId]/approve/route';
import * as internalGet from '@/app/authentication/api/v1/systemuser/request/[party]/route';
import * as byId from '@/app/authentication/api/v1/systemuser/request/vendor/[requestId]/route';
import * as byRef from '@/app/authentication/api/v1/systemuser/request/vendor/byexternalref/[systemId]/[orgNo]/[externalRef]/route';
import * as list from '@/app/authentication/api/v1/systemuser/request/vendor/bysystem/[systemId]/route';
import { db } from '@/lib/db';
import { approvalCheck } from '@/lib/requests/approval-check';
import { findRequest } from '@/lib/requests/find-request';

import { useTestDatabase } from '../support/database';
import { createCustomer, createSystem, resourceRight } from '../support/factories';
import { call } from '../support/routes';
import { bearer, personalToken, vendorToken } from '../support/tokens';
import { expectProblem, postStandard } from './helpers';

useTestDatabase();

const DAY = 24 * 60 * 60 * 1000;

async function ageRequest(id: string, days: number) {
  await (await db()).request.update({ where: { id }, data: { created: new Date(Date.now() - days * DAY) } });
}

describe('timeout (REQUEST_TIMEOUT_DAYS, default 10)', () => {
  it('a New request older than the timeout is gone from the vendor API, cannot be approved, and its triple is free again', async () => {
    const { vendorOrgNo, system } = await createSystem();
    const { organization, manager } = await createCustomer();
    const body = { systemId: system.systemId, partyOrgNo: organization.orgNo, rights: [resourceRight('ske-krav-og-betalinger')] };
    const old = (await postStandard(vendorOrgNo, body)).json.id as string;
    const young = (await postStandard(vendorOrgNo, { ...body, externalRef: 'young' })).json.id as string;
    await ageRequest(old, 10.01);
    await ageRequest(young, 9.99);

    const headers = bearer(await vendorToken(vendorOrgNo));
    expectProblem(await call(byId.GET, '/x', { headers, params: { requestId: old } }), 404, 'AUTH-00010');
    expect((await call(byId.GET, '/x', { headers, params: { requestId: young } })).json).toMatchObject({ status: 'New', timedOut: false });
    const ref = { systemId: system.systemId, orgNo: organization.orgNo, externalRef: organization.orgNo };
    expectProblem(await call(byRef.GET, '/x', { headers, params: ref }), 404, 'AUTH-00010');
    const listed = await call(list.GET, '/x', { headers, params: { systemId: system.systemId } });
    expect(listed.json.data.map((r: { id: string }) => r.id)).toEqual([young]);
    expectProblem(await call(byId.DELETE, '/x', { method: 'DELETE', headers, params: { requestId: old } }), 404, 'AUTH-00010');

    // The approval page still finds it, and says why it cannot be approved.
    expect((await findRequest({ id: old }))?.request).toMatchObject({ status: 'Timedout', timedOut: true });
    expect(await approvalCheck({ id: old, pid: manager.pid })).toMatchObject({ canApprove: false, reason: 'timed-out' });
    const asManager = await call(internalGet.GET, '/x', { headers: bearer(await personalToken(manager.pid)), params: { party: old } });
    expect(asManager.json.status).toBe('Timedout');
    const params = { party: String(organization.partyId), requestId: old };
    expectProblem(
      await call(approve.POST, '/x', { method: 'POST', headers: bearer(await personalToken(manager.pid)), params }),
      409,
      'AUTH-00013',
    );
    expect((await (await db()).request.findUniqueOrThrow({ where: { id: old } })).status).toBe('Timedout');
    expect(await (await db()).systemUser.count({ where: { systemInternalId: system.id } })).toBe(0);

    const again = await postStandard(vendorOrgNo, body);
    expect(again.status).toBe(201);
    expect(again.json.id).not.toBe(old);
  });

  it('a new request for the triple of a timed-out one that nobody read yet is stored (the old one is marked Timedout first)', async () => {
    const { vendorOrgNo, system } = await createSystem();
    const { organization } = await createCustomer();
    const body = { systemId: system.systemId, partyOrgNo: organization.orgNo, rights: [resourceRight('ske-krav-og-betalinger')] };
    const old = (await postStandard(vendorOrgNo, body)).json.id as string;
    await ageRequest(old, 30);
    const again = await postStandard(vendorOrgNo, body);
    expect(again.status).toBe(201);
    const rows = await (await db()).request.findMany({ where: { systemInternalId: system.id }, orderBy: { created: 'asc' } });
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      [old, 'Timedout'],
      [again.json.id, 'New'],
    ]);
  });

  it('an answered request never times out', async () => {
    const { vendorOrgNo, system } = await createSystem();
    const { organization } = await createCustomer();
    const id = (
      await postStandard(vendorOrgNo, {
        systemId: system.systemId,
        partyOrgNo: organization.orgNo,
        rights: [resourceRight('ske-mva-melding')],
      })
    ).json.id;
    await (await db()).request.update({ where: { id }, data: { status: 'Rejected', created: new Date(Date.now() - 100 * DAY) } });
    const got = await call(byId.GET, '/x', { headers: bearer(await vendorToken(vendorOrgNo)), params: { requestId: id } });
    expect(got.json).toMatchObject({ status: 'Rejected', timedOut: false });
  });
});
