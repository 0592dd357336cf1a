import { describe, expect, it } from 'vitest';

import * as approve from '@/app/authentication/api/v1/systemuser/request/[party]/[requestId]/approve/route';
import * as create from '@/app/authentication/api/v1/systemuser/request/vendor/route';
import { db } from '@/lib/db';

import { useTestDatabase } from '../support/database';
import { createCustomer, createSystem, resourceRight } from '../support/factories';
import { call } from '../support/routes';
import { bearer, personalToken, vendorToken } from '../support/tokens';

useTestDatabase();

describe('simultaneous writes', () => {
  it('20 identical creates store one request: one 201, nineteen 200 with the same id', async () => {
    const { vendorOrgNo, system } = await createSystem();
    const { organization } = await createCustomer();
    const token = await vendorToken(vendorOrgNo);
    const body = {
      systemId: system.systemId,
      partyOrgNo: organization.orgNo,
      rights: [resourceRight('ske-krav-og-betalinger')],
    };
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => call(create.POST, '/systemuser/request/vendor', { headers: bearer(token), body })),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(19).fill(200), 201]);
    expect(new Set(responses.map((r) => r.json.id)).size).toBe(1);
    expect(await (await db()).request.count({ where: { systemInternalId: system.id } })).toBe(1);
  });

  it('20 approvals of one request at once: one 200, nineteen 409 AUTH-00013, one system user', async () => {
    const { vendorOrgNo, system } = await createSystem();
    const { organization, manager } = await createCustomer();
    const created = await call(create.POST, '/systemuser/request/vendor', {
      headers: bearer(await vendorToken(vendorOrgNo)),
      body: {
        systemId: system.systemId,
        partyOrgNo: organization.orgNo,
        accessPackages: [{ urn: 'urn:altinn:accesspackage:skattegrunnlag' }],
      },
    });
    expect(created.status).toBe(201);
    const id: string = created.json.id;
    const token = await personalToken(manager.pid);
    const params = { party: String(organization.partyId), requestId: id };
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        call(approve.POST, `/systemuser/request/${organization.partyId}/${id}/approve`, {
          method: 'POST',
          params,
          headers: bearer(token),
        }),
      ),
    );
    expect(responses.filter((r) => r.status === 200)).toHaveLength(1);
    const conflicts = responses.filter((r) => r.status === 409);
    expect(conflicts).toHaveLength(19);
    expect(conflicts.every((r) => r.json.code === 'AUTH-00013')).toBe(true);
    expect(await (await db()).systemUser.count({ where: { systemInternalId: system.id } })).toBe(1);
    expect((await (await db()).request.findUniqueOrThrow({ where: { id } })).status).toBe('Accepted');
  });
});
