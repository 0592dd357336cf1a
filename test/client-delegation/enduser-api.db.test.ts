import { randomUUID } from 'node:crypto';

import { beforeAll, describe, expect, it } from 'vitest';

import { GET as agentsHandler } from '@/app/authentication/api/v1/enduser/systemuser/agents/route';
import { GET as availableHandler } from '@/app/authentication/api/v1/enduser/systemuser/clients/available/route';
import {
  DELETE as removeHandler,
  GET as clientsHandler,
  POST as addHandler,
} from '@/app/authentication/api/v1/enduser/systemuser/clients/route';
import { POST as decisionHandler } from '@/app/authorization/api/v1/decision/route';
import { SCOPES } from '@/lib/auth/scopes';
import { db } from '@/lib/db';

import { makeAgentSystemUser, makeOrg, makePerson, makeSystem } from '../portal/factories';
import { useTestDatabase } from '../support/database';
import { checked } from '../support/routes';
import { bearer, personalToken, vendorToken } from '../support/tokens';

// Every answer is checked against its documented schema (test/support/routes.ts).
const agentsRoute = checked(agentsHandler);
const availableRoute = checked(availableHandler);
const removeRoute = checked(removeHandler);
const clientsRoute = checked(clientsHandler);
const addRoute = checked(addHandler);
const decisionRoute = checked(decisionHandler);

// The external end-user client API (altinn-api.md §4.5) and the PDP's answer for an agent system user, as
// Altinn's ClientDelegationTests and ClientDelegationVendorTests use them.

const PKG = 'urn:altinn:accesspackage:';
const REVI = [`${PKG}ansvarlig-revisor`];
const BASE = 'http://localhost/authentication/api/v1/enduser/systemuser';
const ctx = { params: Promise.resolve({}) };
const READ = [SCOPES.clientDelegationsRead];
const WRITE = [SCOPES.clientDelegationsWrite];

type Handler = (request: Request, context: typeof ctx) => Promise<Response>;

async function send(handler: Handler, method: string, url: string, token?: string) {
  const response = await handler(new Request(url, { method, headers: token ? bearer(token) : {} }), ctx);
  const text = await response.text();
  return { status: response.status, text, json: text ? JSON.parse(text) : undefined, headers: response.headers };
}

function decisionBody(systemUserId: string, resource: string, party: { orgNo?: string; partyId?: number }) {
  return {
    Request: {
      ReturnPolicyIdList: false,
      AccessSubject: [{ Attribute: [{ AttributeId: 'urn:altinn:systemuser:uuid', Value: systemUserId }] }],
      Action: [
        {
          Attribute: [
            {
              AttributeId: 'urn:oasis:names:tc:xacml:1.0:action:action-id',
              Value: 'read',
              DataType: 'http://www.w3.org/2001/XMLSchema#string',
            },
          ],
        },
      ],
      Resource: [
        {
          Attribute: [
            { AttributeId: 'urn:altinn:resource', Value: resource },
            party.orgNo !== undefined
              ? {
                  AttributeId: 'urn:altinn:organization:identifier-no',
                  Value: party.orgNo,
                  DataType: 'http://www.w3.org/2001/XMLSchema#string',
                }
              : { AttributeId: 'urn:altinn:partyid', Value: String(party.partyId) },
          ],
        },
      ],
    },
  };
}

async function decide(body: unknown) {
  const response = await decisionRoute(
    new Request('http://localhost/authorization/api/v1/decision', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
    ctx,
  );
  return { status: response.status, json: await response.json() };
}

describe('the end-user client API and decisions for agent system users', () => {
  let facilitator: Awaited<ReturnType<typeof makeOrg>>;
  let client1: Awaited<ReturnType<typeof makeOrg>>;
  let client2: Awaited<ReturnType<typeof makeOrg>>;
  let adminRead: string;
  let adminWrite: string;
  let managerOnly: string;
  let agentId: string;
  let standardId: string;

  useTestDatabase();
  beforeAll(async () => {
    facilitator = await makeOrg('Revisorbyrå AS');
    client1 = await makeOrg('Klient En AS');
    client2 = await makeOrg('Klient To AS');
    const prisma = await db();
    await prisma.clientRelation.createMany({
      data: [
        { facilitatorId: facilitator.id, clientId: client1.id, roleCode: 'REVI', accessPackages: REVI },
        { facilitatorId: facilitator.id, clientId: client2.id, roleCode: 'REVI', accessPackages: REVI },
      ],
    });
    const admin = await makePerson({ orgId: facilitator.id, roles: ['KLIENTADMINISTRATOR'] });
    adminRead = await personalToken(admin.pid, READ);
    adminWrite = await personalToken(admin.pid, WRITE);
    const manager = await makePerson({ orgId: facilitator.id, roles: ['TILGANGSSTYRER'] });
    managerOnly = await personalToken(manager.pid, [...READ, ...WRITE]);
    const system = await makeSystem({ vendorOrgNo: '312605031', rights: [], packages: REVI, visible: false });
    agentId = (await makeAgentSystemUser({ orgNo: facilitator.orgNo, systemInternalId: system.id, packages: REVI })).id;
    standardId = randomUUID();
    await prisma.systemUser.create({
      data: {
        id: standardId,
        type: 'standard',
        integrationTitle: 'Standard',
        systemInternalId: system.id,
        reporteeOrgNo: facilitator.orgNo,
        externalRef: standardId,
        accessPackages: [],
      },
    });
  }, 120_000);

  it('walks Altinn’s vendor scenario: available clients, delegate all, none left; the PDP permits, then not after removal', async () => {
    const agents = await send(agentsRoute, 'GET', `${BASE}/agents?party=${facilitator.orgNo}`, adminRead);
    expect(agents.status).toBe(200);
    expect(agents.json.map((a: { id: string }) => a.id)).toEqual([agentId]);

    const available = await send(availableRoute, 'GET', `${BASE}/clients/available?agent=${agentId}`, adminRead);
    expect(available.status).toBe(200);
    expect(available.json.links).toEqual({});
    expect(available.json.systemUserInformation).toEqual({ systemUserId: agentId, systemUserOwnerOrg: facilitator.orgNo });
    expect(available.json.data.map((c: { clientOrganizationNumber: string }) => c.clientOrganizationNumber).sort()).toEqual(
      [client1.orgNo, client2.orgNo].sort(),
    );
    expect(available.json.data[0]).toEqual({
      clientId: expect.any(String),
      clientOrganizationNumber: expect.any(String),
      clientOrganizationName: expect.any(String),
    });

    expect((await decide(decisionBody(agentId, 'brg-aarsregnskap', { orgNo: client1.orgNo }))).json.response[0].decision).toBe(
      'NotApplicable',
    );
    for (const client of [client1, client2]) {
      const added = await send(addRoute, 'POST', `${BASE}/clients?agent=${agentId}&client=${client.id}`, adminWrite);
      expect(added.status).toBe(200);
      expect(added.json).toEqual({ agent: agentId, client: client.id });
    }
    expect((await send(availableRoute, 'GET', `${BASE}/clients/available?agent=${agentId}`, adminRead)).json.data).toEqual([]);
    const delegated = await send(clientsRoute, 'GET', `${BASE}/clients?agent=${agentId}`, adminRead);
    expect(delegated.json.data.map((c: { clientId: string }) => c.clientId).sort()).toEqual([client1.id, client2.id].sort());

    // The PDP: a resource of the agent's package for a delegated client is Permit, by org number or party id.
    const permit = await decide(decisionBody(agentId, 'brg-aarsregnskap', { orgNo: client1.orgNo }));
    expect(permit).toEqual({
      status: 200,
      json: { response: [{ decision: 'Permit', status: { statusCode: { value: 'urn:oasis:names:tc:xacml:1.0:status:ok' } } }] },
    });
    expect((await decide(decisionBody(agentId, 'brg-aarsregnskap', { partyId: client2.partyId }))).json.response[0].decision).toBe(
      'Permit',
    );
    // Not in the package, or for the facilitator itself: NotApplicable.
    expect((await decide(decisionBody(agentId, 'ske-krav-og-betalinger', { orgNo: client1.orgNo }))).json.response[0].decision).toBe(
      'NotApplicable',
    );
    expect((await decide(decisionBody(agentId, 'brg-aarsregnskap', { orgNo: facilitator.orgNo }))).json.response[0].decision).toBe(
      'NotApplicable',
    );

    const removed = await send(removeRoute, 'DELETE', `${BASE}/clients?agent=${agentId}&client=${client1.id}`, adminWrite);
    expect(removed).toMatchObject({ status: 200, json: { agent: agentId, client: client1.id } });
    expect((await send(removeRoute, 'DELETE', `${BASE}/clients?agent=${agentId}&client=${client1.id}`, adminWrite)).status).toBe(404);
    expect((await decide(decisionBody(agentId, 'brg-aarsregnskap', { orgNo: client1.orgNo }))).json.response[0].decision).toBe(
      'NotApplicable',
    );
  });

  const uuid = () => randomUUID();
  type Row = [
    name: string,
    handler: () => Handler,
    method: string,
    query: () => string,
    token: () => string | undefined,
    status: number,
    codes: string[],
  ];
  it.each<Row>([
    // [name, handler, method, query, token, status, codes]
    ['agents without a token', () => agentsRoute, 'GET', () => `agents?party=${facilitator.orgNo}`, () => undefined, 401, []],
    ['agents with a write-only token', () => agentsRoute, 'GET', () => `agents?party=${facilitator.orgNo}`, () => adminWrite, 403, []],
    [
      'agents of a party the person does not administer',
      () => agentsRoute,
      'GET',
      () => `agents?party=${client1.orgNo}`,
      () => adminRead,
      403,
      [],
    ],
    [
      'agents for an access manager who is not client administrator',
      () => agentsRoute,
      'GET',
      () => `agents?party=${facilitator.orgNo}`,
      () => managerOnly,
      403,
      [],
    ],
    [
      'agents with a vendor token (no person)',
      () => agentsRoute,
      'GET',
      () => `agents?party=${facilitator.orgNo}`,
      () => 'vendor',
      403,
      [],
    ],
    ['available without agent', () => availableRoute, 'GET', () => 'clients/available', () => adminRead, 400, ['AUTH.VLD-00014']],
    [
      'available with the empty GUID',
      () => availableRoute,
      'GET',
      () => `clients/available?agent=${'0'.repeat(32)}`,
      () => adminRead,
      400,
      ['AUTH.VLD-00014'],
    ],
    [
      'available for an unknown agent',
      () => availableRoute,
      'GET',
      () => `clients/available?agent=${uuid()}`,
      () => adminRead,
      400,
      ['AUTH.VLD-00014'],
    ],
    [
      'available for a standard system user',
      () => availableRoute,
      'GET',
      () => `clients/available?agent=${standardId}`,
      () => adminRead,
      400,
      ['AUTH.VLD-00015'],
    ],
    ['available with a malformed agent', () => availableRoute, 'GET', () => 'clients/available?agent=nope', () => adminRead, 400, []],
    [
      'available for a non-administrator',
      () => availableRoute,
      'GET',
      () => `clients/available?agent=${agentId}`,
      () => managerOnly,
      403,
      [],
    ],
    ['clients with a write token only', () => clientsRoute, 'GET', () => `clients?agent=${agentId}`, () => adminWrite, 403, []],
    ['add without agent and client', () => addRoute, 'POST', () => 'clients', () => adminWrite, 400, ['AUTH.VLD-00014', 'AUTH.VLD-00016']],
    ['add without client', () => addRoute, 'POST', () => `clients?agent=${agentId}`, () => adminWrite, 400, ['AUTH.VLD-00016']],
    [
      'add to a standard system user',
      () => addRoute,
      'POST',
      () => `clients?agent=${standardId}&client=${client1.id}`,
      () => adminWrite,
      400,
      ['AUTH.VLD-00015'],
    ],
    [
      'add a party that is not a client',
      () => addRoute,
      'POST',
      () => `clients?agent=${agentId}&client=${facilitator.id}`,
      () => adminWrite,
      400,
      ['AUTH-00079'],
    ],
    ['add with a read token', () => addRoute, 'POST', () => `clients?agent=${agentId}&client=${client1.id}`, () => adminRead, 403, []],
    [
      'add for a non-administrator',
      () => addRoute,
      'POST',
      () => `clients?agent=${agentId}&client=${client1.id}`,
      () => managerOnly,
      403,
      [],
    ],
    ['remove without client', () => removeRoute, 'DELETE', () => `clients?agent=${agentId}`, () => adminWrite, 400, ['AUTH.VLD-00016']],
  ])('%s → $5', async (_name, handler, method, query, token, status, codes) => {
    const given = token();
    const bearerToken = given === 'vendor' ? await vendorToken('312605031', READ) : given;
    const response = await send(handler(), method, `${BASE}/${query()}`, bearerToken);
    expect(response.status).toBe(status);
    if (status === 401) {
      expect(response.text).toBe('');
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
    }
    if (codes.length) {
      const found =
        response.json.code === 'STD-00000' ? response.json.validationErrors.map((e: { code: string }) => e.code) : [response.json.code];
      expect(found).toEqual(codes);
      if (response.json.code === 'STD-00000') {
        expect(response.json.validationErrors.every((e: { paths: string[] }) => e.paths[0] === '?agent' || e.paths[0] === '?client')).toBe(
          true,
        );
      }
    }
  });

  it('binds agent in every Guid.Parse form', async () => {
    const n = agentId.replace(/-/g, '').toUpperCase();
    for (const form of [n, `{${agentId}}`, `(${agentId.toUpperCase()})`]) {
      const response = await send(clientsRoute, 'GET', `${BASE}/clients?agent=${encodeURIComponent(form)}`, adminRead);
      expect(response.status, form).toBe(200);
      expect(response.json.systemUserInformation.systemUserId).toBe(agentId);
    }
  });
});

describe('the PDP decision endpoint (supported subset)', () => {
  useTestDatabase();

  it.each([
    ['no subject', (b: any) => (b.Request.AccessSubject = []), /AccessSubject/],
    [
      'a user subject',
      (b: any) => (b.Request.AccessSubject[0].Attribute[0].AttributeId = 'urn:altinn:userid'),
      /urn:altinn:userid is not supported/,
    ],
    ['a subject that is not a GUID', (b: any) => (b.Request.AccessSubject[0].Attribute[0].Value = 'x'), /GUID/],
    ['two resources (multi-request)', (b: any) => b.Request.Resource.push(b.Request.Resource[0]), /multi-decision/],
    ['MultiRequests', (b: any) => (b.Request.MultiRequests = { RequestReference: [] }), /MultiRequests are not supported/],
    ['no action', (b: any) => (b.Request.Action[0].Attribute = []), /action/],
    ['an app resource', (b: any) => (b.Request.Resource[0].Attribute[0].AttributeId = 'urn:altinn:app'), /urn:altinn:app is not supported/],
    ['no party', (b: any) => b.Request.Resource[0].Attribute.pop(), /exactly one of/],
  ])('%s → 400 saying what is not supported', async (_name, change, message) => {
    const body = decisionBody(randomUUID(), 'brg-aarsregnskap', { orgNo: '314248295' });
    change(body);
    const response = await decide(body);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.json.errors)).toMatch(message);
  });

  it('binds property names case-insensitively, and answers NotApplicable for an unknown system user', async () => {
    const body = JSON.parse(
      JSON.stringify(decisionBody(randomUUID(), 'brg-aarsregnskap', { orgNo: '314248295' }))
        .replace(/"AttributeId"/g, '"attributeId"')
        .replace(/"Request"/, '"request"'),
    );
    expect(await decide(body)).toMatchObject({ status: 200, json: { response: [{ decision: 'NotApplicable' }] } });
  });
});
