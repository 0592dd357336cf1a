import { describe, expect, it } from 'vitest';

import * as byId from '@/app/authentication/api/v1/systemuser/request/vendor/[requestId]/route';
import * as putSystemUser from '@/app/authentication/api/v1/systemuser/route';
import { db } from '@/lib/db';

import { useTestDatabase } from '../support/database';
import { createCustomer, createSystem, resourceRight } from '../support/factories';
import { call } from '../support/routes';
import { bearer, personalToken, vendorToken } from '../support/tokens';
import { expectProblem, postStandard } from './helpers';

// How ASP.NET binds what a vendor sends (issue 12, item 7): GUIDs in every Guid.Parse form, the redirect URL
// compared as Altinn does (scheme and host case-insensitive, path ordinal), "" kept, and PUT systemuser.

useTestDatabase();

async function fixture() {
  const { vendorOrgNo, system } = await createSystem();
  const { organization } = await createCustomer();
  const body = { systemId: system.systemId, partyOrgNo: organization.orgNo, rights: [resourceRight('ske-krav-og-betalinger')] };
  return { vendorOrgNo, system, organization, body };
}

describe('GUID route values in every Guid.Parse form', () => {
  it.each([
    ['D, lower case', (id: string) => id],
    ['D, upper case', (id: string) => id.toUpperCase()],
    ['N', (id: string) => id.replace(/-/g, '')],
    ['B, as Altinn’s test helper sends it', (id: string) => `{${id}}`],
    ['P', (id: string) => `(${id.toUpperCase()})`],
  ])('%s', async (_name, form) => {
    const { vendorOrgNo, body } = await fixture();
    const created = await postStandard(vendorOrgNo, body);
    const id = created.json.id as string;
    const result = await call(byId.GET, `/systemuser/request/vendor/${encodeURIComponent(form(id))}`, {
      headers: bearer(await vendorToken(vendorOrgNo)),
      params: { requestId: form(id) },
    });
    expect(result.status).toBe(200);
    expect(result.json.id).toBe(id);
  });

  it.each(['not-a-guid', `{${'a'.repeat(32)}}`, '0b7e2c4d-5f6a-4b8c-9d0e-1f2a3b4c5d6', '[0b7e2c4d-5f6a-4b8c-9d0e-1f2a3b4c5d6e]'])(
    '%s is a 400 binding error',
    async (value) => {
      const { vendorOrgNo } = await fixture();
      const result = await call(byId.GET, `/x`, { headers: bearer(await vendorToken(vendorOrgNo)), params: { requestId: value } });
      expect(result.status).toBe(400);
      expect(result.json.errors.requestId).toEqual([`The value '${value}' is not valid.`]);
    },
  );
});

describe('the redirect URL', () => {
  it.each([
    ['the allowed URL', 'https://vendor.example/receipt', 201],
    ['another host case and a query', 'HTTPS://VENDOR.EXAMPLE/receipt?state=1#x', 201],
    ['the path in another case (Altinn compares it ordinally)', 'https://vendor.example/RECEIPT', 'AUTH-00021'],
    ['another path', 'https://vendor.example/receipt/more', 'AUTH-00021'],
  ] as const)('%s → %s', async (_name, redirectUrl, expected) => {
    const { vendorOrgNo, body } = await fixture();
    const result = await postStandard(vendorOrgNo, { ...body, redirectUrl });
    if (expected === 201) expect(result.status).toBe(201);
    else expectProblem(result, 400, expected);
  });

  it('keeps "" and returns it, as Altinn stores it', async () => {
    const { vendorOrgNo, body } = await fixture();
    const created = await postStandard(vendorOrgNo, { ...body, redirectUrl: '' });
    expect(created.status).toBe(201);
    expect(created.json.redirectUrl).toBe('');
    const read = await call(byId.GET, '/x', { headers: bearer(await vendorToken(vendorOrgNo)), params: { requestId: created.json.id } });
    expect(read.json.redirectUrl).toBe('');
  });
});

describe('PUT systemuser (Altinn’s no-op update)', () => {
  it.each([
    ['an existing system user, by its access manager', 'kari', 'existing', 200],
    ['an unknown system user', 'kari', 'unknown', 404],
    ['a system user of a party the person does not manage', 'per', 'existing', 403],
    ['without a token', 'none', 'existing', 401],
    ['a body without id', 'kari', 'none', 400],
  ] as const)('%s → $3', async (_name, who, target, status) => {
    const prisma = await db();
    const system = await prisma.registeredSystem.findUniqueOrThrow({ where: { systemId: '991825827_smartcloud' } });
    const user = await prisma.systemUser.create({
      data: {
        id: crypto.randomUUID(),
        type: 'standard',
        integrationTitle: 'Til oppdatering',
        systemInternalId: system.id,
        reporteeOrgNo: '314248295',
        externalRef: crypto.randomUUID(),
        accessPackages: [],
      },
    });
    const id = target === 'existing' ? user.id : crypto.randomUUID();
    const headers =
      who === 'none' ? {} : bearer(await personalToken(who === 'kari' ? '12858540036' : '24829040049', ['altinn:portal/enduser']));
    const result = await call(putSystemUser.PUT, '/systemuser', {
      method: 'PUT',
      headers,
      body: target === 'none' ? { integrationTitle: 'x' } : { id: id.toUpperCase(), integrationTitle: 'Nytt navn' },
    });
    expect(result.status).toBe(status);
    if (status === 200) expect(result.text).toBe('');
    const after = await prisma.systemUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.integrationTitle).toBe('Til oppdatering');
  });
});
