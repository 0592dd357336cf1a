import { randomUUID } from 'node:crypto';

import { beforeAll, describe, expect, it } from 'vitest';

import { GET as clientsHandler } from '@/app/authentication/api/v1/enduser/systemuser/clients/route';
import * as selfRoute from '@/app/authentication/api/v1/systemuser/agent/[party]/[id]/self/route';
import { POST as decisionHandler } from '@/app/authorization/api/v1/decision/route';
import { SCOPES } from '@/lib/auth/scopes';

import { makeAgentSystemUser, makeOrg, makePerson, makeSystem } from '../portal/factories';
import { useTestDatabase } from '../support/database';
import { checked } from '../support/routes';
import { bearer, personalToken } from '../support/tokens';

// Every answer is checked against its documented schema (test/support/routes.ts).
const clientsRoute = checked(clientsHandler);
const decisionRoute = checked(decisionHandler);
const self = { GET: checked(selfRoute.GET), POST: checked(selfRoute.POST), DELETE: checked(selfRoute.DELETE) };

// systemuser/agent/{party}/{systemUserId}/self (issue 12, item 2): GET, POST and DELETE answer JSON booleans.

const PKG = 'urn:altinn:accesspackage:';
type Handler = (request: Request, context: { params: Promise<{ party: string; id: string }> }) => Promise<Response>;

describe('self-delegation of an agent system user', () => {
  let org: Awaited<ReturnType<typeof makeOrg>>;
  let other: Awaited<ReturnType<typeof makeOrg>>;
  let manager: string;
  let clientAdminOnly: string;
  let assignableAgent: string;
  let clientOnlyAgent: string;
  let otherAgent: string;
  let standardUser: string;

  useTestDatabase();
  beforeAll(async () => {
    org = await makeOrg('Selvbetjent AS');
    other = await makeOrg('Annen AS');
    manager = await personalToken((await makePerson({ orgId: org.id, roles: ['TILGANGSSTYRER'] })).pid);
    clientAdminOnly = await personalToken((await makePerson({ orgId: org.id, roles: ['KLIENTADMINISTRATOR'] })).pid);
    const system = await makeSystem({
      vendorOrgNo: '312605031',
      rights: [],
      packages: [`${PKG}skattegrunnlag`, `${PKG}ansvarlig-revisor`],
      visible: false,
    });
    assignableAgent = (await makeAgentSystemUser({ orgNo: org.orgNo, systemInternalId: system.id, packages: [`${PKG}skattegrunnlag`] })).id;
    clientOnlyAgent = (await makeAgentSystemUser({ orgNo: org.orgNo, systemInternalId: system.id, packages: [`${PKG}ansvarlig-revisor`] }))
      .id;
    otherAgent = (await makeAgentSystemUser({ orgNo: other.orgNo, systemInternalId: system.id, packages: [`${PKG}skattegrunnlag`] })).id;
    const { db } = await import('@/lib/db');
    standardUser = randomUUID();
    await (
      await db()
    ).systemUser.create({
      data: {
        id: standardUser,
        type: 'standard',
        integrationTitle: 'S',
        systemInternalId: system.id,
        reporteeOrgNo: org.orgNo,
        externalRef: standardUser,
        accessPackages: [],
      },
    });
  }, 120_000);

  const send = async (handler: Handler, method: string, id: string, token?: string, party = org.partyId) => {
    const response = await handler(
      new Request(`http://localhost/authentication/api/v1/systemuser/agent/${party}/${id}/self?partyUuid=${org.id}`, {
        method,
        headers: token ? bearer(token) : {},
      }),
      { params: Promise.resolve({ party: String(party), id }) },
    );
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : undefined };
  };

  const decision = async (id: string) => {
    const response = await decisionRoute(
      new Request('http://localhost/authorization/api/v1/decision', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          Request: {
            AccessSubject: [{ Attribute: [{ AttributeId: 'urn:altinn:systemuser:uuid', Value: id }] }],
            Action: [{ Attribute: [{ AttributeId: 'urn:oasis:names:tc:xacml:1.0:action:action-id', Value: 'write' }] }],
            Resource: [
              {
                Attribute: [
                  { AttributeId: 'urn:altinn:resource', Value: 'ske-innrapportering-skattegrunnlag' },
                  { AttributeId: 'urn:altinn:organization:identifier-no', Value: org.orgNo },
                ],
              },
            ],
          },
        }),
      }),
      { params: Promise.resolve({}) },
    );
    return (await response.json()).response[0].decision;
  };

  it('delegates, reads and revokes idempotently; the PDP follows; client lists leave it out', async () => {
    expect(await send(self.GET, 'GET', assignableAgent, manager)).toEqual({ status: 200, json: false });
    expect(await decision(assignableAgent)).toBe('NotApplicable');
    expect(await send(self.POST, 'POST', assignableAgent, manager)).toEqual({ status: 200, json: true });
    expect(await send(self.POST, 'POST', assignableAgent, manager)).toEqual({ status: 200, json: true });
    expect(await send(self.GET, 'GET', assignableAgent, manager)).toEqual({ status: 200, json: true });
    expect(await decision(assignableAgent)).toBe('Permit');

    const admin = await personalToken((await makePerson({ orgId: org.id, roles: ['KLIENTADMINISTRATOR'] })).pid, [
      SCOPES.clientDelegationsRead,
    ]);
    const clients = await clientsRoute(new Request(`http://localhost/x?agent=${assignableAgent}`, { headers: bearer(admin) }), {
      params: Promise.resolve({}),
    });
    expect((await clients.json()).data).toEqual([]);

    expect(await send(self.DELETE, 'DELETE', assignableAgent, manager)).toEqual({ status: 200, json: true });
    expect(await send(self.DELETE, 'DELETE', assignableAgent, manager)).toEqual({ status: 200, json: true });
    expect(await send(self.GET, 'GET', assignableAgent, manager)).toEqual({ status: 200, json: false });
    expect(await decision(assignableAgent)).toBe('NotApplicable');
  });

  type Row = [
    name: string,
    method: 'GET' | 'POST' | 'DELETE',
    id: () => string,
    token: () => string | undefined,
    status: number,
    code: string | undefined,
  ];
  it.each<Row>([
    ['no token', 'POST', () => assignableAgent, () => undefined, 401, undefined],
    ['a client administrator who is not access manager', 'POST', () => assignableAgent, () => clientAdminOnly, 403, undefined],
    ['another party’s agent', 'POST', () => otherAgent, () => manager, 403, undefined],
    ['an unknown system user', 'GET', () => randomUUID(), () => manager, 400, undefined],
    ['a standard system user', 'POST', () => standardUser, () => manager, 400, 'AUTH-00034'],
    ['client-only packages', 'POST', () => clientOnlyAgent, () => manager, 400, 'AUTH-00064'],
  ])('%s → $4', async (_name, method, id, token, status, code) => {
    const handler = method === 'GET' ? self.GET : method === 'POST' ? self.POST : self.DELETE;
    const result = await send(handler, method, id(), token());
    expect(result.status).toBe(status);
    if (code) expect(result.json.code).toBe(code);
    if (status === 400 && !code) expect(result.json.errors.return[0]).toMatch(/Not Found$/);
  });
});
