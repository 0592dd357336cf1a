import { describe, expect, it } from 'vitest';

import * as agentAlias from '@/app/authentication/api/v1/systemuser/agent/request/route';
import * as approve from '@/app/authentication/api/v1/systemuser/request/[party]/[requestId]/approve/route';
import * as agentApprove from '@/app/authentication/api/v1/systemuser/request/agent/[party]/[requestId]/approve/route';
import * as agent from '@/app/authentication/api/v1/systemuser/request/vendor/agent/route';
import * as standard from '@/app/authentication/api/v1/systemuser/request/vendor/route';
import * as byQuery from '@/app/authentication/api/v1/systemuser/vendor/byquery/route';
import { db } from '@/lib/db';

import { useTestDatabase } from '../support/database';
import { call } from '../support/routes';
import { bearer, personalToken, vendorToken } from '../support/tokens';

// The seed document's examples (001_f63f24f31703e160.txt), as written, on a fresh seeded database.

useTestDatabase();

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('the seed examples', () => {
  it('standard: SmartCloud asks Bakeri Smått og Godt for a system user, Kari approves, the vendor finds it', async () => {
    const created = await call(standard.POST, '/systemuser/request/vendor', {
      headers: bearer(await vendorToken('991825827')),
      body: {
        systemId: '991825827_smartcloud',
        partyOrgNo: '314248295',
        rights: [{ resource: [{ id: 'urn:altinn:resource', value: 'ske-krav-og-betalinger' }] }],
        accessPackages: [{ urn: 'urn:altinn:accesspackage:skattegrunnlag' }],
        redirectUrl: 'https://smartcloudxxxx/receipt',
      },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ status: 'New', systemId: '991825827_smartcloud', externalRef: '314248295' });
    const id: string = created.json.id;
    expect(id).toMatch(GUID);
    expect(created.json.confirmUrl).toBe(`http://localhost:3000/accessmanagement/ui/systemuser/request?id=${id}&DONTCHOOSEREPORTEE=true`);
    expect(created.headers.get('location')).toBe(`http://localhost:3000/authentication/api/v1/systemuser/request/${id}`);

    const party = (await (await db()).organization.findUniqueOrThrow({ where: { orgNo: '314248295' } })).partyId;
    const approved = await call(approve.POST, `/systemuser/request/${party}/${id}/approve`, {
      method: 'POST',
      params: { party: String(party), requestId: id },
      headers: bearer(await personalToken('12858540036')),
    });
    expect(approved.status).toBe(200);
    expect(approved.json).toBe(true);

    const found = await call(byQuery.GET, '/systemuser/vendor/byquery?system-id=991825827_smartcloud&orgno=314248295', {
      headers: bearer(await vendorToken('991825827')),
    });
    expect(found.status).toBe(200);
    expect(found.json).toMatchObject({ id, userType: 'standard', reporteeOrgNo: '314248295', supplierOrgno: '991825827' });
  });

  it('agent: SuperRegnskap asks Revisjon og Regnskap for an agent system user, Ola approves', async () => {
    const created = await call(agent.POST, '/systemuser/request/vendor/agent', {
      headers: bearer(await vendorToken('312605031')),
      body: {
        systemId: '312605031_SuperRegnskap',
        partyOrgNo: '310495670',
        accessPackages: [{ urn: 'urn:altinn:accesspackage:ansvarlig-revisor' }],
        redirectUrl: 'https://superregnskap.no',
      },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ status: 'New', partyOrgNo: '310495670' });
    expect(created.json).not.toHaveProperty('rights');
    const id: string = created.json.id;
    expect(created.json.confirmUrl).toBe(
      `http://localhost:3000/accessmanagement/ui/systemuser/agentrequest?id=${id}&DONTCHOOSEREPORTEE=true`,
    );
    const party = (await (await db()).organization.findUniqueOrThrow({ where: { orgNo: '310495670' } })).partyId;
    const approved = await call(agentApprove.POST, `/systemuser/request/agent/${party}/${id}/approve`, {
      method: 'POST',
      params: { party: String(party), requestId: id },
      headers: bearer(await personalToken('03917940028')),
    });
    expect(approved.status).toBe(200);
    const user = await (await db()).systemUser.findUniqueOrThrow({ where: { id } });
    expect(user).toMatchObject({ type: 'agent', reporteeOrgNo: '310495670' });
  });

  it('agent: the path the seed document uses (systemuser/agent/request) is an alias of the agent create route', async () => {
    const created = await call(agentAlias.POST, '/systemuser/agent/request', {
      headers: bearer(await vendorToken('312605031')),
      body: {
        systemId: '312605031_SuperRegnskap',
        partyOrgNo: '310495670',
        externalRef: 'seed-alias',
        accessPackages: [{ urn: 'urn:altinn:accesspackage:regnskapsforer-lonn' }],
        redirectUrl: 'https://superregnskap.no',
      },
    });
    expect(created.status).toBe(201);
    expect(created.json.confirmUrl).toContain('/accessmanagement/ui/systemuser/agentrequest?id=');
  });
});
