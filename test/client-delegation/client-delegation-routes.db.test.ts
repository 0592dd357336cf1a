import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

import { GET as listDelegations } from '@/app/authentication/api/v1/systemuser/agent/[party]/[id]/[systemUserId]/delegations/route';
import { DELETE as removeClient } from '@/app/authentication/api/v1/systemuser/agent/[party]/[id]/client/route';
import { DELETE as deleteAgent, POST as delegate } from '@/app/authentication/api/v1/systemuser/agent/[party]/[id]/route';
import { GET as listClients } from '@/app/authentication/api/v1/systemuser/agent/[party]/clients/route';
import { GET as listAgents } from '@/app/authentication/api/v1/systemuser/agent/[party]/route';
import { db } from '@/lib/db';
import { clientItemSchema, delegationItemSchema, delegationResponseSchema } from '@/lib/schemas/portal';
import { systemUserInternalSchema } from '@/lib/schemas/system-users';

import { makeAgentSystemUser, makeOrg, makePerson, makeSystem } from '../portal/factories';
import { expectBody } from '../support/body';
import { useTestDatabase } from '../support/database';
import { bearer, personalToken } from '../support/tokens';

const PKG = 'urn:altinn:accesspackage:';
const REGN = [`${PKG}regnskapsforer-med-signeringsrettighet`, `${PKG}regnskapsforer-lonn`];
const REVI = [`${PKG}ansvarlig-revisor`];
const base = 'http://localhost/authentication/api/v1/systemuser/agent';
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });

describe('client delegation for agent system users (§4.5)', () => {
  let facilitator: Awaited<ReturnType<typeof makeOrg>>;
  let regnClient: Awaited<ReturnType<typeof makeOrg>>;
  let reviClient: Awaited<ReturnType<typeof makeOrg>>;
  let stranger: Awaited<ReturnType<typeof makeOrg>>;
  let admin: string;
  let agentId: string;
  const party = () => String(facilitator.partyId);

  useTestDatabase();
  beforeAll(async () => {
    facilitator = await makeOrg('Regnskapsbyrå AS');
    regnClient = await makeOrg('Kunde Regnskap AS');
    reviClient = await makeOrg('Kunde Revisjon AS');
    stranger = await makeOrg('Fremmed AS');
    const prisma = await db();
    await prisma.clientRelation.createMany({
      data: [
        { facilitatorId: facilitator.id, clientId: regnClient.id, roleCode: 'REGN', accessPackages: REGN },
        { facilitatorId: facilitator.id, clientId: reviClient.id, roleCode: 'REVI', accessPackages: REVI },
      ],
    });
    const person = await makePerson({ orgId: facilitator.id, roles: ['KLIENTADMINISTRATOR', 'TILGANGSSTYRER'] });
    admin = await personalToken(person.pid);
    const system = await makeSystem({ vendorOrgNo: '312605031', rights: [], packages: [...REGN, ...REVI], visible: false });
    agentId = (await makeAgentSystemUser({ orgNo: facilitator.orgNo, systemInternalId: system.id, packages: REGN })).id;
  }, 120_000);

  const add = (client: string) =>
    delegate(
      new Request(`${base}/${party()}/${agentId}?client=${client}&provider=${facilitator.id}`, { method: 'POST', headers: bearer(admin) }),
      ctx({ party: party(), id: agentId }),
    );
  const drop = (client: string) =>
    removeClient(
      new Request(`${base}/${party()}/${agentId}/client?client=${client}&provider=${facilitator.id}`, {
        method: 'DELETE',
        headers: bearer(admin),
      }),
      ctx({ party: party(), id: agentId }),
    );
  const delegated = async () =>
    expectBody(
      await listDelegations(
        new Request(`${base}/${party()}/${facilitator.id}/${agentId}/delegations`, { headers: bearer(admin) }),
        ctx({ party: party(), id: facilitator.id, systemUserId: agentId }),
      ),
      z.array(delegationItemSchema),
    );

  it('lists the agent system users and the clients whose relations carry all the given packages', async () => {
    const agents = await expectBody(
      await listAgents(new Request(`${base}/${party()}`, { headers: bearer(admin) }), ctx({ party: party() })),
      z.array(systemUserInternalSchema),
    );
    expect(agents.map((a) => [a.id, a.userType])).toEqual([[agentId, 'agent']]);
    const query = `facilitator=${facilitator.id}&packages=${encodeURIComponent(REGN[0])}&packages=${encodeURIComponent(REGN[1])}`;
    const clients = await expectBody(
      await listClients(new Request(`${base}/${party()}/clients?${query}`, { headers: bearer(admin) }), ctx({ party: party() })),
      z.array(clientItemSchema),
    );
    expect(clients).toEqual([
      {
        partyUuid: regnClient.id,
        displayName: regnClient.name,
        organizationIdentifier: regnClient.orgNo,
        access: [{ role: 'REGN', packages: REGN }],
      },
    ]);
  });

  it('delegates a client once however often it is added, and refuses others with AUTH-00079 / AUTH-00080', async () => {
    const [first, second] = await Promise.all([add(regnClient.id), add(regnClient.id)]);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    const [body] = await expectBody(first, z.array(delegationResponseSchema));
    expect(body).toMatchObject({ agentSystemUserId: agentId, customerId: regnClient.id });
    expect((await delegated()).map((d) => d.customerOrganizationNumber)).toEqual([regnClient.orgNo]);

    const notAClient = await add(stranger.id);
    expect(notAClient.status).toBe(400);
    expect((await notAClient.json()).code).toBe('AUTH-00079');
    const lacksPackages = await add(reviClient.id);
    expect(lacksPackages.status).toBe(400);
    expect((await lacksPackages.json()).code).toBe('AUTH-00080');
    expect(await delegated()).toHaveLength(1);
  });

  it('removes a client, and says so when there is nothing to remove', async () => {
    expect((await drop(regnClient.id)).status).toBe(200);
    const again = await drop(regnClient.id);
    expect(again.status).toBe(400);
    expect((await again.json()).code).toBe('AUTH-00038');
    expect(await delegated()).toEqual([]);
  });

  it('deletes the agent system user with its request and clients', async () => {
    await add(regnClient.id);
    const response = await deleteAgent(
      new Request(`${base}/${party()}/${agentId}?facilitatorId=${facilitator.id}`, { method: 'DELETE', headers: bearer(admin) }),
      ctx({ party: party(), id: agentId }),
    );
    expect(response.status).toBe(200);
    const prisma = await db();
    expect(await prisma.clientDelegation.count({ where: { systemUserId: agentId } })).toBe(0);
    expect(await prisma.request.findUnique({ where: { id: agentId } })).toMatchObject({ isDeleted: true });
    expect((await add(regnClient.id)).status).toBe(404);
  });
});
