import { describe, expect, it } from 'vitest';

import * as changeList from '@/app/authentication/api/v1/systemuser/changerequest/vendor/bysystem/[systemId]/route';
import * as agentList from '@/app/authentication/api/v1/systemuser/request/vendor/agent/bysystem/[systemId]/route';
import * as requestList from '@/app/authentication/api/v1/systemuser/request/vendor/bysystem/[systemId]/route';
import * as userList from '@/app/authentication/api/v1/systemuser/vendor/bysystem/[systemId]/route';
import { db } from '@/lib/db';

import { useTestDatabase } from '../support/database';
import { createCustomer, createOrganization, createSystem, createSystemUser } from '../support/factories';
import { call } from '../support/routes';
import { bearer, vendorToken } from '../support/tokens';
import { PKG } from './helpers';

// A small page, read by config() on first use in this test file's own module graph.
process.env.PAGE_SIZE = '3';

useTestDatabase();

type Handler = typeof requestList.GET;

/** Follows links.next to the end, running `between` after each page; returns the ids in the order seen. */
async function walk(handler: Handler, systemId: string, token: string, between: (page: number) => Promise<void> = async () => {}) {
  const seen: string[] = [];
  let url: string | undefined = `/list/${systemId}`;
  for (let page = 0; url; page++) {
    const path: string = url.replace('http://localhost:3000/authentication/api/v1', '');
    const result = await call(handler, path, { headers: bearer(token), params: { systemId } });
    expect(result.status).toBe(200);
    expect(result.json.data.length).toBeLessThanOrEqual(3);
    seen.push(...result.json.data.map((item: { id: string }) => item.id));
    url = result.json.links.next;
    if (url) expect(url).toMatch(/^http:\/\/localhost:3000\/authentication\/api\/v1\/list\/.+\?token=[A-Za-z0-9_-]+$/);
    else expect(result.json.links).toEqual({});
    await between(page);
  }
  return seen;
}

async function insertRequests(
  systemInternalId: string,
  type: 'standard' | 'agent' | 'change',
  count: number,
  extra: { systemUserId?: string } = {},
) {
  const party = await createOrganization();
  const ids = Array.from({ length: count }, () => crypto.randomUUID());
  await (
    await db()
  ).request.createMany({
    data: ids.map((id) => ({
      id,
      type,
      systemInternalId,
      partyOrgNo: party.orgNo,
      externalRef: `ref-${id}`,
      accessPackages: [`${PKG}skattegrunnlag`],
      ...extra,
    })),
  });
  return ids;
}

describe('keyset pagination: nothing skipped, nothing repeated', () => {
  it.each([
    ['standard', requestList.GET],
    ['agent', agentList.GET],
  ] as const)('%s requests by system, while requests are created and deleted between pages', async (type, handler) => {
    const { vendorOrgNo, system } = await createSystem();
    const token = await vendorToken(vendorOrgNo);
    const initial = await insertRequests(system.id, type, 11);
    // The other type and change requests never show up.
    await insertRequests(system.id, type === 'standard' ? 'agent' : 'standard', 2);

    const untouched = await walk(handler, system.systemId, token);
    expect(untouched).toEqual([...initial].sort());

    const deleted = new Set<string>();
    const added: string[] = [];
    const seen = await walk(handler, system.systemId, token, async () => {
      // Delete one not seen yet and one already seen, and add two.
      const rest = initial.filter((id) => !deleted.has(id)).sort();
      for (const id of [rest[rest.length - 1], rest[0]]) {
        if (!id) continue;
        deleted.add(id);
        await (await db()).request.update({ where: { id }, data: { isDeleted: true } });
      }
      added.push(...(await insertRequests(system.id, type, 2)));
    });
    expect(new Set(seen).size).toBe(seen.length);
    const stable = initial.filter((id) => !deleted.has(id));
    for (const id of stable) expect(seen).toContain(id);
    for (const id of seen) expect([...initial, ...added]).toContain(id);
    expect(seen).toEqual([...seen].sort());
  });

  it('change requests by system', async () => {
    const { vendorOrgNo, system } = await createSystem();
    const { organization } = await createCustomer();
    const user = await createSystemUser({ systemInternalId: system.id, orgNo: organization.orgNo, externalRef: 'x' });
    const ids = await insertRequests(system.id, 'change', 7, { systemUserId: user.id });
    expect(await walk(changeList.GET, system.systemId, await vendorToken(vendorOrgNo))).toEqual([...ids].sort());
  });

  it('system users by system, in sequence order, while users are created and deleted between pages', async () => {
    const { vendorOrgNo, system } = await createSystem();
    const prisma = await db();
    const party = await createOrganization();
    const make = async (n: number) => {
      const ids: string[] = [];
      for (let i = 0; i < n; i++) {
        const id = crypto.randomUUID();
        await prisma.systemUser.create({
          data: { id, type: 'standard', integrationTitle: 'x', systemInternalId: system.id, reporteeOrgNo: party.orgNo, externalRef: id },
        });
        ids.push(id);
      }
      return ids;
    };
    const initial = await make(10);
    const token = await vendorToken(vendorOrgNo, ['altinn:authentication/systemregister.write']);
    expect(await walk(userList.GET, system.systemId, token)).toEqual(initial);

    const deleted = new Set<string>();
    const added: string[] = [];
    const seen = await walk(userList.GET, system.systemId, token, async (page) => {
      const victim = initial[Math.min(initial.length - 1, page * 3 + 3)];
      if (victim && !deleted.has(victim)) {
        deleted.add(victim);
        await prisma.systemUser.update({ where: { id: victim }, data: { isDeleted: true } });
      }
      added.push(...(await make(1)));
    });
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of initial.filter((id) => !deleted.has(id))) expect(seen).toContain(id);
    // Users created while paging come after every earlier one, so each of them is seen too.
    for (const id of added.slice(0, -1)) expect(seen).toContain(id);
  });

  it('a token that is not one of ours is a 400 binding problem', async () => {
    const { vendorOrgNo, system } = await createSystem();
    const headers = bearer(await vendorToken(vendorOrgNo));
    for (const token of ['abc', Buffer.from('"not-a-guid"').toString('base64url'), '%%']) {
      const result = await call(requestList.GET, `/list?token=${token}`, { headers, params: { systemId: system.systemId } });
      expect(result.status).toBe(400);
      expect(result.json.errors).toHaveProperty('token');
    }
    const users = await call(userList.GET, '/list?token=IjEi', {
      headers: bearer(await vendorToken(vendorOrgNo, ['altinn:authentication/systemregister.admin'])),
      params: { systemId: system.systemId },
    });
    expect(users.status).toBe(400);
  });
});
