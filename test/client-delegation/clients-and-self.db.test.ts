import { randomUUID } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import type { Person } from '@/lib/access/caller';
import { delegateClient } from '@/lib/client-delegation/delegate-client';
import { delegatedClientsForEndUser, removeClientForEndUser } from '@/lib/client-delegation/enduser';
import { listClients } from '@/lib/client-delegation/list-clients';
import { listDelegations } from '@/lib/client-delegation/list-delegations';
import { removeClient } from '@/lib/client-delegation/remove-client';
import { selfDelegation } from '@/lib/client-delegation/self-delegation';
import { db } from '@/lib/db';
import type { RoleCode } from '@/lib/generated/prisma/enums';

import { makeAgentSystemUser, makeOrg, makePerson, makeSystem } from '../portal/factories';
import { useTestDatabase } from '../support/database';
import { codeOf } from '../support/problems';

// The client-delegation functions called as the portal calls them: which clients are listed and in which
// order, what a self-delegation writes and removes, and that one agent's change leaves the others alone.
// Each test makes its own facilitator, so it holds when run alone.

const PKG = 'urn:altinn:accesspackage:';
const LONN = `${PKG}regnskapsforer-lonn`;
const SIGN = `${PKG}regnskapsforer-med-signeringsrettighet`;
const SKATT = `${PKG}skattegrunnlag`;

useTestDatabase();

async function facilitatorWith(roles: RoleCode[] = ['DAGL']) {
  const org = await makeOrg('Regnskapsbyrå AS');
  const p = await makePerson({ orgId: org.id, roles });
  const person: Person = { pid: p.pid, userId: p.userId, partyId: p.partyId };
  const system = await makeSystem({ vendorOrgNo: '312605031', rights: [], packages: [LONN, SIGN, SKATT], visible: false });
  const agent = (packages: string[]) => makeAgentSystemUser({ orgNo: org.orgNo, systemInternalId: system.id, packages });
  return { org, person, party: { orgNo: org.orgNo }, agent };
}

describe('listClients', () => {
  it('lists each client once with all its roles, in Norwegian name order (Æ, Ø, Å last), and only those carrying every package', async () => {
    const f = await facilitatorWith();
    const [aa, oe, ae, z] = await Promise.all([makeOrg('Åsen'), makeOrg('Øst'), makeOrg('Ærlig'), makeOrg('Berg')]);
    const stranger = await makeOrg('Bakke');
    const other = await makeOrg('Annet byrå');
    await (
      await db()
    ).clientRelation.createMany({
      data: [
        { facilitatorId: f.org.id, clientId: oe.id, roleCode: 'REGN', accessPackages: [LONN] },
        { facilitatorId: f.org.id, clientId: aa.id, roleCode: 'REGN', accessPackages: [LONN] },
        { facilitatorId: f.org.id, clientId: aa.id, roleCode: 'REVI', accessPackages: [SIGN] },
        { facilitatorId: f.org.id, clientId: ae.id, roleCode: 'REGN', accessPackages: [SIGN] },
        { facilitatorId: f.org.id, clientId: z.id, roleCode: 'REGN', accessPackages: [SIGN] },
        { facilitatorId: other.id, clientId: stranger.id, roleCode: 'REGN', accessPackages: [LONN] },
      ],
    });
    const all = await listClients({ person: f.person, party: f.party, facilitator: f.org.id });
    expect(all.map((c) => c.organizationIdentifier)).toEqual([z.orgNo, ae.orgNo, oe.orgNo, aa.orgNo]);
    expect(all.at(-1)).toEqual({
      partyUuid: aa.id,
      displayName: aa.name,
      organizationIdentifier: aa.orgNo,
      access: [
        { role: 'REGN', packages: [LONN] },
        { role: 'REVI', packages: [SIGN] },
      ],
    });
    const both = await listClients({ person: f.person, party: f.party, facilitator: f.org.id, packages: [LONN, SIGN] });
    expect(both.map((c) => c.partyUuid)).toEqual([aa.id]);
    expect(await codeOf(listClients({ person: f.person, party: f.party, facilitator: other.id }))).toBe('AUTH-00031');
  });
});

describe('delegations of one agent', () => {
  it('lists, adds and removes one agent’s clients without touching another agent’s', async () => {
    const f = await facilitatorWith();
    const client = await makeOrg('Kunde AS');
    await (
      await db()
    ).clientRelation.create({ data: { facilitatorId: f.org.id, clientId: client.id, roleCode: 'REGN', accessPackages: [LONN] } });
    const [one, two] = [await f.agent([LONN]), await f.agent([LONN])];
    for (const agent of [one, two]) {
      const [given] = await delegateClient({ person: f.person, party: f.party, systemUserId: agent.id, clientId: client.id });
      expect(given).toMatchObject({ agentSystemUserId: agent.id, customerId: client.id });
    }
    const row = await (await db()).clientDelegation.findFirstOrThrow({ where: { systemUserId: one.id } });
    expect(row).toMatchObject({ facilitatorId: f.org.id, createdBy: `user_id:${f.person.userId}` });

    expect(await listDelegations({ person: f.person, party: f.party, systemUserId: one.id })).toEqual([
      {
        agentSystemUserId: one.id,
        delegationId: row.id,
        customerId: client.id,
        assignmentId: row.id,
        customerName: client.name,
        customerOrganizationNumber: client.orgNo,
      },
    ]);
    await removeClient({ person: f.person, party: f.party, systemUserId: one.id, clientId: client.id });
    expect(await listDelegations({ person: f.person, party: f.party, systemUserId: one.id })).toEqual([]);
    expect((await listDelegations({ person: f.person, party: f.party, systemUserId: two.id })).map((d) => d.customerId)).toEqual([
      client.id,
    ]);
    expect(await codeOf(removeClient({ person: f.person, party: f.party, systemUserId: one.id, clientId: client.id }))).toBe('AUTH-00038');
    const events = await (await db()).sandboxEvent.findMany({ where: { systemUserId: one.id }, orderBy: { seq: 'asc' } });
    expect(events.map((e) => [e.type, e.orgNo])).toEqual([
      ['client.added', client.orgNo],
      ['client.removed', client.orgNo],
    ]);
  });
});

describe('selfDelegation', () => {
  it('writes the facilitator as its own client, and revoking removes that row only', async () => {
    const f = await facilitatorWith();
    const agent = await f.agent([SKATT]);
    const client = await makeOrg('Kunde AS');
    const prisma = await db();
    await prisma.clientDelegation.create({
      data: { id: randomUUID(), systemUserId: agent.id, clientId: client.id, facilitatorId: f.org.id },
    });
    const self = (action: 'read' | 'delegate' | 'revoke') =>
      selfDelegation({ person: f.person, party: f.party, systemUserId: agent.id, action });

    expect(await self('read')).toBe(false);
    expect(await self('delegate')).toBe(true);
    expect(
      await prisma.clientDelegation.findUniqueOrThrow({ where: { systemUserId_clientId: { systemUserId: agent.id, clientId: f.org.id } } }),
    ).toMatchObject({
      facilitatorId: f.org.id,
      createdBy: `user_id:${f.person.userId}`,
    });
    expect(await self('read')).toBe(true);
    // Self is not a client: the delegations list leaves it out.
    const admin = await makePerson({ orgId: f.org.id, roles: ['KLIENTADMINISTRATOR'] });
    const listed = await listDelegations({
      person: { pid: admin.pid, userId: admin.userId, partyId: admin.partyId },
      party: f.party,
      systemUserId: agent.id,
    });
    expect(listed.map((d) => d.customerId)).toEqual([client.id]);

    expect(await self('revoke')).toBe(true);
    expect(await self('read')).toBe(false);
    expect((await prisma.clientDelegation.findMany({ where: { systemUserId: agent.id } })).map((d) => d.clientId)).toEqual([client.id]);
  });

  it('refuses an agent without packages (AUTH-00063), and reads a standard system user as not self-delegated', async () => {
    const f = await facilitatorWith();
    const empty = await f.agent([]);
    expect(await codeOf(selfDelegation({ person: f.person, party: f.party, systemUserId: empty.id, action: 'delegate' }))).toBe(
      'AUTH-00063',
    );
    const standard = await (
      await db()
    ).systemUser.create({
      data: {
        id: randomUUID(),
        type: 'standard',
        integrationTitle: 'S',
        systemInternalId: empty.systemInternalId,
        reporteeOrgNo: f.org.orgNo,
        externalRef: 'std',
      },
    });
    expect(await selfDelegation({ person: f.person, party: f.party, systemUserId: standard.id, action: 'read' })).toBe(false);
    expect(await codeOf(selfDelegation({ person: f.person, party: f.party, systemUserId: standard.id, action: 'revoke' }))).toBe(
      'AUTH-00034',
    );
  });
});

describe('the end-user client API', () => {
  it('lists an agent’s clients in the order they were added, and removes one client of one agent only', async () => {
    const f = await facilitatorWith(['KLIENTADMINISTRATOR']);
    const [first, second] = [await makeOrg('Første AS'), await makeOrg('Andre AS')];
    const prisma = await db();
    await prisma.clientRelation.createMany({
      data: [first, second].map((c) => ({ facilitatorId: f.org.id, clientId: c.id, roleCode: 'REGN' as const, accessPackages: [LONN] })),
    });
    const [one, two] = [await f.agent([LONN]), await f.agent([LONN])];
    for (const agent of [one, two]) {
      for (const client of [second, first]) {
        await delegateClient({ person: f.person, party: f.party, systemUserId: agent.id, clientId: client.id });
      }
    }
    const caller = { claims: {}, scopes: [], person: f.person };
    const listed = async (agent: string) =>
      (await delegatedClientsForEndUser({ caller, agent })).data.map((c) => c.clientOrganizationNumber);
    expect(await listed(one.id)).toEqual([second.orgNo, first.orgNo]);

    expect(await removeClientForEndUser({ caller, agent: one.id, client: second.id })).toEqual({ agent: one.id, client: second.id });
    expect(await listed(one.id)).toEqual([first.orgNo]);
    expect(await listed(two.id)).toEqual([second.orgNo, first.orgNo]);
  });
});
