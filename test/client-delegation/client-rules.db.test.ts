import { randomUUID } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import type { Person } from '@/lib/access/caller';
import type { Caller } from '@/lib/auth/verify-token';
import { delegateClient } from '@/lib/client-delegation/delegate-client';
import {
  addClientForEndUser,
  availableClientsForEndUser,
  delegatedClientsForEndUser,
  listAgentsForEndUser,
} from '@/lib/client-delegation/enduser';
import { clientsOf } from '@/lib/client-delegation/list-clients';
import { listDelegations } from '@/lib/client-delegation/list-delegations';
import { selfDelegation } from '@/lib/client-delegation/self-delegation';
import { db } from '@/lib/db';
import { DomainError, ValidationProblem } from '@/lib/errors';

import { makeAgentSystemUser, makeOrg, makePerson, makeSystem } from '../portal/factories';
import { useTestDatabase } from '../support/database';
import { codeOf } from '../support/problems';

// What a client administrator may give an agent system user and what the client lists show: the refusals of
// delegateClient, the end-user API's checks of its query, and the order of the lists.

useTestDatabase();

const PKG = 'urn:altinn:accesspackage:';
const LONN = `${PKG}regnskapsforer-lonn`;
const REVISOR = `${PKG}ansvarlig-revisor`;
const SKATT = `${PKG}skattegrunnlag`;

async function facilitator() {
  const org = await makeOrg('Regnskapsbyrå AS');
  const p = await makePerson({ orgId: org.id, roles: ['DAGL'] });
  const person: Person = { pid: p.pid, userId: p.userId, partyId: p.partyId };
  const system = await makeSystem({ vendorOrgNo: '312605031', rights: [], packages: [LONN, REVISOR, SKATT], visible: false });
  const agent = (packages: string[]) => makeAgentSystemUser({ orgNo: org.orgNo, systemInternalId: system.id, packages });
  const caller: Caller = { claims: {}, scopes: [], person };
  return { org, person, party: { orgNo: org.orgNo }, system, agent, caller };
}

async function clientOf(facilitatorId: string, packages: string[], options: { id?: string; name?: string; roleCode?: string } = {}) {
  const prisma = await db();
  const client = options.id
    ? await prisma.organization.create({
        data: { id: options.id, orgNo: (await makeOrgNo()).orgNo, name: options.name ?? 'Kunde AS' },
      })
    : await makeOrg(options.name ?? 'Kunde AS');
  await prisma.clientRelation.create({
    data: { facilitatorId, clientId: client.id, roleCode: options.roleCode ?? 'REGN', accessPackages: packages },
  });
  return client;
}

/** A fresh org number (makeOrg's), freed again so the test can create the organisation with its own id. */
async function makeOrgNo() {
  const org = await makeOrg();
  await (await db()).organization.delete({ where: { id: org.id } });
  return org;
}

describe('delegateClient refuses what the agent may not get', () => {
  it('AUTH-00034 for a standard system user of the party', async () => {
    const f = await facilitator();
    const client = await clientOf(f.org.id, [LONN]);
    const standard = await (
      await db()
    ).systemUser.create({
      data: {
        id: randomUUID(),
        type: 'standard',
        integrationTitle: 'S',
        systemInternalId: f.system.id,
        reporteeOrgNo: f.org.orgNo,
        externalRef: 'std',
      },
    });
    expect(await codeOf(delegateClient({ person: f.person, party: f.party, systemUserId: standard.id, clientId: client.id }))).toBe(
      'AUTH-00034',
    );
    expect(await (await db()).clientDelegation.count({ where: { systemUserId: standard.id } })).toBe(0);
  });

  it('AUTH-00063 for an agent without packages', async () => {
    const f = await facilitator();
    const client = await clientOf(f.org.id, [LONN]);
    const empty = await f.agent([]);
    expect(await codeOf(delegateClient({ person: f.person, party: f.party, systemUserId: empty.id, clientId: client.id }))).toBe(
      'AUTH-00063',
    );
  });

  it('AUTH-00079 for a client of another facilitator', async () => {
    const f = await facilitator();
    const other = await facilitator();
    const theirs = await clientOf(other.org.id, [LONN]);
    const agent = await f.agent([LONN]);
    expect(await codeOf(delegateClient({ person: f.person, party: f.party, systemUserId: agent.id, clientId: theirs.id }))).toBe(
      'AUTH-00079',
    );
  });

  it('AUTH-00080 when the client’s relations carry only some of the agent’s packages', async () => {
    const f = await facilitator();
    const client = await clientOf(f.org.id, [LONN]);
    const agent = await f.agent([LONN, REVISOR]);
    expect(await codeOf(delegateClient({ person: f.person, party: f.party, systemUserId: agent.id, clientId: client.id }))).toBe(
      'AUTH-00080',
    );
  });

  it('finds the client by its org number, as the portal’s form gives it', async () => {
    const f = await facilitator();
    const client = await clientOf(f.org.id, [LONN]);
    const agent = await f.agent([LONN]);
    const [given] = await delegateClient({ person: f.person, party: f.party, systemUserId: agent.id, clientOrgNo: client.orgNo });
    expect(given).toMatchObject({ agentSystemUserId: agent.id, customerId: client.id });
  });

  it('keeps one delegation when the same client is added twice at once', async () => {
    const f = await facilitator();
    const client = await clientOf(f.org.id, [LONN]);
    const agent = await f.agent([LONN]);
    const add = () => delegateClient({ person: f.person, party: f.party, systemUserId: agent.id, clientId: client.id });
    const [[a], [b]] = await Promise.all([add(), add()]);
    const rows = await (await db()).clientDelegation.findMany({ where: { systemUserId: agent.id } });
    expect(rows).toHaveLength(1);
    expect([a?.delegationId, b?.delegationId]).toEqual([rows[0]?.id, rows[0]?.id]);
    const events = await (await db()).sandboxEvent.findMany({ where: { systemUserId: agent.id, type: 'client.added' } });
    expect(events).toHaveLength(1);
  });
});

describe('selfDelegation', () => {
  it('keeps one self-delegation when it is asked for twice at once', async () => {
    const f = await facilitator();
    const agent = await f.agent([SKATT]);
    const self = () => selfDelegation({ person: f.person, party: f.party, systemUserId: agent.id, action: 'delegate' });
    expect(await Promise.all([self(), self()])).toEqual([true, true]);
    expect((await (await db()).clientDelegation.findMany({ where: { systemUserId: agent.id } })).map((d) => d.clientId)).toEqual([
      f.org.id,
    ]);
  });
});

describe('the order of the client lists', () => {
  it('clientsOf gives each client’s roles in role-code order, and clients of the same name in party-uuid order', async () => {
    const f = await facilitator();
    const prisma = await db();
    // Inserted against both orders: the later uuid first, and REVI before REGN.
    const later = await clientOf(f.org.id, [LONN], { id: 'ffffffff-0000-4000-8000-00000000000c', name: 'Samme Navn AS', roleCode: 'REGN' });
    const earlier = await clientOf(f.org.id, [REVISOR], {
      id: '00000000-0000-4000-8000-00000000000c',
      name: 'Samme Navn AS',
      roleCode: 'REVI',
    });
    await prisma.clientRelation.create({
      data: { facilitatorId: f.org.id, clientId: earlier.id, roleCode: 'REGN', accessPackages: [LONN] },
    });
    const listed = await clientsOf({ facilitatorId: f.org.id });
    expect(listed.map((c) => c.partyUuid)).toEqual([earlier.id, later.id]);
    expect(listed[0]?.access).toEqual([
      { role: 'REGN', packages: [LONN] },
      { role: 'REVI', packages: [REVISOR] },
    ]);
  });

  it('lists an agent’s delegations in the order they were made, not the order they were stored', async () => {
    const f = await facilitator();
    const agent = await f.agent([LONN]);
    // The one made second is stored first and has the lower uuid, so neither storage nor key order is creation order.
    const second = await clientOf(f.org.id, [LONN], { id: '00000000-0000-4000-8000-00000000000d', name: 'Andre AS' });
    const first = await clientOf(f.org.id, [LONN], { id: 'ffffffff-0000-4000-8000-00000000000d', name: 'Første AS' });
    const prisma = await db();
    const now = Date.now();
    for (const [client, created] of [
      [second, new Date(now)],
      [first, new Date(now - 60_000)],
    ] as const) {
      await prisma.clientDelegation.create({
        data: { id: randomUUID(), systemUserId: agent.id, clientId: client.id, facilitatorId: f.org.id, created },
      });
    }
    const portal = await listDelegations({ person: f.person, party: f.party, systemUserId: agent.id });
    expect(portal.map((d) => d.customerId)).toEqual([first.id, second.id]);
    const enduser = await delegatedClientsForEndUser({ caller: f.caller, agent: agent.id });
    expect(enduser.data.map((c) => c.clientId)).toEqual([first.id, second.id]);
  });
});

describe('the end-user client API', () => {
  it('lists the agents of the party in the token when no party is given, and asks for one when the token has none', async () => {
    const f = await facilitator();
    const agent = await f.agent([LONN]);
    const fromToken = await listAgentsForEndUser({ caller: { ...f.caller, claims: { 'urn:altinn:partyid': String(f.org.partyId) } } });
    expect(fromToken.map((a) => a.id)).toEqual([agent.id]);
    const error = await listAgentsForEndUser({ caller: f.caller }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ failure: 'invalid', detail: { fields: { party: ['The party field is required.'] } } });
  });

  it('still offers a client to one agent after it was given to another agent of the party', async () => {
    const f = await facilitator();
    const client = await clientOf(f.org.id, [LONN]);
    const [one, two] = [await f.agent([LONN]), await f.agent([LONN])];
    await delegateClient({ person: f.person, party: f.party, systemUserId: one.id, clientId: client.id });
    expect((await availableClientsForEndUser({ caller: f.caller, agent: one.id })).data).toEqual([]);
    expect((await availableClientsForEndUser({ caller: f.caller, agent: two.id })).data.map((c) => c.clientId)).toEqual([client.id]);
  });

  it('refuses the empty GUID as the client to add with AUTH.VLD-00016, and adds nothing', async () => {
    const f = await facilitator();
    const agent = await f.agent([LONN]);
    const error = await addClientForEndUser({ caller: f.caller, agent: agent.id, client: '00000000-0000-0000-0000-000000000000' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationProblem);
    expect((error as ValidationProblem).errors).toEqual([{ code: 'AUTH.VLD-00016', paths: ['?client'] }]);
    expect(await (await db()).clientDelegation.count({ where: { systemUserId: agent.id } })).toBe(0);
  });
});
