import { describe, expect, it } from 'vitest';

import * as approve from '@/app/authentication/api/v1/systemuser/request/[party]/[requestId]/approve/route';
import * as escalate from '@/app/authentication/api/v1/systemuser/request/[party]/[requestId]/escalate/route';
import * as pending from '@/app/authentication/api/v1/systemuser/request/[party]/[requestId]/pending/route';
import * as reject from '@/app/authentication/api/v1/systemuser/request/[party]/[requestId]/reject/route';
import * as partyGet from '@/app/authentication/api/v1/systemuser/request/[party]/[requestId]/route';
import * as internalGet from '@/app/authentication/api/v1/systemuser/request/[party]/route';
import * as agentApprove from '@/app/authentication/api/v1/systemuser/request/agent/[party]/[requestId]/approve/route';
import * as agentEscalate from '@/app/authentication/api/v1/systemuser/request/agent/[party]/[requestId]/escalate/route';
import * as agentPending from '@/app/authentication/api/v1/systemuser/request/agent/[party]/[requestId]/pending/route';
import * as agentReject from '@/app/authentication/api/v1/systemuser/request/agent/[party]/[requestId]/reject/route';
import * as agentPartyGet from '@/app/authentication/api/v1/systemuser/request/agent/[party]/[requestId]/route';
import * as agentInternalGet from '@/app/authentication/api/v1/systemuser/request/agent/[party]/route';
import { db } from '@/lib/db';

import { useTestDatabase } from '../support/database';
import { createCustomer, createOrganization, createPerson, createSystem, createSystemUser, resourceRight } from '../support/factories';
import { call } from '../support/routes';
import { bearer, personalToken, vendorToken } from '../support/tokens';
import { expectBearerChallenge, expectProblem, PKG, postAgent, postStandard } from './helpers';

useTestDatabase();

/** A customer with an access manager holding everything, a representative, and a stranger, and one new request of each type. */
async function fixture() {
  const { vendorOrgNo, system } = await createSystem({
    packages: [`${PKG}skattegrunnlag`, `${PKG}merverdiavgift`, `${PKG}ansvarlig-revisor`],
  });
  const { organization, manager } = await createCustomer();
  const representative = await createPerson({ orgId: organization.id, roles: ['REPRESENTANT'] });
  const stranger = await createPerson({ orgId: (await createOrganization()).id, roles: ['TILGANGSSTYRER'] });
  const standard = await postStandard(vendorOrgNo, {
    systemId: system.systemId,
    partyOrgNo: organization.orgNo,
    rights: [resourceRight('ske-krav-og-betalinger')],
    accessPackages: [{ urn: `${PKG}skattegrunnlag` }],
  });
  const agent = await postAgent(vendorOrgNo, {
    systemId: system.systemId,
    partyOrgNo: organization.orgNo,
    accessPackages: [{ urn: `${PKG}ansvarlig-revisor` }],
  });
  expect([standard.status, agent.status]).toEqual([201, 201]);
  const tokens = {
    manager: bearer(await personalToken(manager.pid)),
    representative: bearer(await personalToken(representative.pid)),
    stranger: bearer(await personalToken(stranger.pid)),
  };
  return { vendorOrgNo, system, organization, manager, standardId: standard.json.id as string, agentId: agent.json.id as string, tokens };
}

const post = { method: 'POST' };
const partyOf = (f: { organization: { partyId: number } }, requestId: string) => ({ party: String(f.organization.partyId), requestId });

describe('GET systemuser/request[/agent]/{requestId}', () => {
  it('shows the request to whoever may act for the party, and who may only escalate', async () => {
    const f = await fixture();
    const asManager = await call(internalGet.GET, '/x', { headers: f.tokens.manager, params: { party: f.standardId } });
    expect(asManager.status).toBe(200);
    expect(asManager.json).toMatchObject({
      id: f.standardId,
      partyId: f.organization.partyId,
      partyUuid: f.organization.id,
      rights: [resourceRight('ske-krav-og-betalinger')],
      status: 'New',
      escalated: false,
      userMayEscalateButNotApprove: false,
    });
    expect(asManager.json).not.toHaveProperty('confirmUrl');
    const asRepresentative = await call(internalGet.GET, '/x', { headers: f.tokens.representative, params: { party: f.standardId } });
    expect(asRepresentative.json.userMayEscalateButNotApprove).toBe(true);
    expectProblem(await call(internalGet.GET, '/x', { headers: f.tokens.stranger, params: { party: f.standardId } }), 403, 'AUTH-00066');
    expectProblem(await call(internalGet.GET, '/x', { headers: f.tokens.manager, params: { party: f.agentId } }), 404, 'AUTH-00010');
    expect((await call(internalGet.GET, '/x', { headers: f.tokens.manager, params: { party: 'nope' } })).status).toBe(400);

    const agent = await call(agentInternalGet.GET, '/x', { headers: f.tokens.manager, params: { party: f.agentId } });
    expect(agent.json).toMatchObject({ id: f.agentId, rights: [], systemUserType: 'agent' });
    expectProblem(
      await call(agentInternalGet.GET, '/x', { headers: f.tokens.manager, params: { party: f.standardId } }),
      404,
      'AUTH-00030',
    );
    // A vendor token has no person: the portal policy denies it.
    const vendor = bearer(await vendorToken(f.vendorOrgNo, ['altinn:portal/enduser']));
    expectProblem(await call(internalGet.GET, '/x', { headers: vendor, params: { party: f.standardId } }), 403);
    // Without the portal scope the token check refuses it: empty body, WWW-Authenticate.
    expectBearerChallenge(
      await call(internalGet.GET, '/x', { headers: bearer(await vendorToken(f.vendorOrgNo)), params: { party: f.standardId } }),
      403,
    );
  });
});

describe('GET systemuser/request[/agent]/{party}/{requestId}', () => {
  it('gives the access manager the request; AUTH-00000, 403 and AUTH-00010 otherwise', async () => {
    const f = await fixture();
    const got = await call(partyGet.GET, '/x', { headers: f.tokens.manager, params: partyOf(f, f.standardId) });
    expect(got.status).toBe(200);
    expect(got.json).toMatchObject({ id: f.standardId, status: 'New' });
    const agent = await call(agentPartyGet.GET, '/x', { headers: f.tokens.manager, params: partyOf(f, f.agentId) });
    expect(agent.json).not.toHaveProperty('rights');
    expectProblem(
      await call(partyGet.GET, '/x', { headers: f.tokens.manager, params: { party: '1', requestId: f.standardId } }),
      400,
      'AUTH-00000',
    );
    expectProblem(await call(partyGet.GET, '/x', { headers: f.tokens.representative, params: partyOf(f, f.standardId) }), 403);
    const other = await createCustomer();
    const otherParty = { party: String(other.organization.partyId), requestId: f.standardId };
    expectProblem(
      await call(partyGet.GET, '/x', { headers: bearer(await personalToken(other.manager.pid)), params: otherParty }),
      404,
      'AUTH-00010',
    );
    expect((await call(partyGet.GET, '/x', { headers: f.tokens.manager, params: { party: 'x', requestId: f.standardId } })).status).toBe(
      400,
    );
  });
});

describe('approve', () => {
  it('creates the system user with the request id, rights and packages, and answers true', async () => {
    const f = await fixture();
    const result = await call(approve.POST, '/x', { ...post, headers: f.tokens.manager, params: partyOf(f, f.standardId) });
    expect(result.status).toBe(200);
    expect(result.text).toBe('true');
    const user = await (await db()).systemUser.findUniqueOrThrow({ where: { id: f.standardId } });
    expect(user).toMatchObject({
      type: 'standard',
      reporteeOrgNo: f.organization.orgNo,
      externalRef: f.organization.orgNo,
      systemInternalId: f.system.id,
      rights: [resourceRight('ske-krav-og-betalinger')],
      accessPackages: [`${PKG}skattegrunnlag`],
      createdBy: `user_id:${f.manager.userId}`,
    });
    const request = await (await db()).request.findUniqueOrThrow({ where: { id: f.standardId } });
    expect(request.status).toBe('Accepted');
    expectProblem(
      await call(approve.POST, '/x', { ...post, headers: f.tokens.manager, params: partyOf(f, f.standardId) }),
      409,
      'AUTH-00013',
    );
    expectProblem(
      await call(reject.POST, '/x', { ...post, headers: f.tokens.manager, params: partyOf(f, f.standardId) }),
      409,
      'AUTH-00013',
    );

    // Standard and agent requests may share a triple, their system users cannot: AUTH-00004 is type-blind.
    const agent = await call(agentApprove.POST, '/x', { ...post, headers: f.tokens.manager, params: partyOf(f, f.agentId) });
    expectProblem(agent, 400, 'AUTH-00004');
    expect((await (await db()).request.findUniqueOrThrow({ where: { id: f.agentId } })).status).toBe('New');
    expect(await (await db()).systemUser.findUnique({ where: { id: f.agentId } })).toBeNull();
  });

  it('approves an agent request without the person holding its packages', async () => {
    const f = await fixture();
    const result = await call(agentApprove.POST, '/x', { ...post, headers: f.tokens.manager, params: partyOf(f, f.agentId) });
    expect(result.status).toBe(200);
    expect(await (await db()).systemUser.findUniqueOrThrow({ where: { id: f.agentId } })).toMatchObject({
      type: 'agent',
      rights: [],
      accessPackages: [`${PKG}ansvarlig-revisor`],
    });
  });

  it.each([
    {
      name: 'unknown party',
      status: 400,
      code: 'AUTH-00000',
      route: approve,
      params: (f: Fixture) => ({ party: '7', requestId: f.standardId }),
    },
    { name: 'not access manager', status: 403, code: undefined, route: approve, who: 'representative' as const },
    { name: 'missing request', status: 404, code: 'AUTH-00010', route: approve, params: (f: Fixture) => partyOf(f, crypto.randomUUID()) },
    {
      name: 'agent request on the standard route',
      status: 404,
      code: 'AUTH-00010',
      route: approve,
      params: (f: Fixture) => partyOf(f, f.agentId),
    },
    {
      name: 'standard request on the agent route',
      status: 404,
      code: 'AUTH-00030',
      route: agentApprove,
      params: (f: Fixture) => partyOf(f, f.standardId),
    },
    { name: 'bad request id', status: 400, code: undefined, route: approve, params: (f: Fixture) => partyOf(f, 'x') },
  ])('approve: $name → $status $code', async ({ status, code, route, params, who }) => {
    const f = await fixture();
    const result = await call(route.POST, '/x', {
      ...post,
      headers: f.tokens[who ?? 'manager'],
      params: params ? params(f) : partyOf(f, f.standardId),
    });
    expectProblem(result, status, code);
    expect(await (await db()).systemUser.count({ where: { systemInternalId: f.system.id } })).toBe(0);
  });

  it('AUTH-00041 / AUTH-00042 when the request belongs to another party', async () => {
    const f = await fixture();
    const other = await createCustomer();
    const headers = bearer(await personalToken(other.manager.pid));
    const params = (id: string) => ({ party: String(other.organization.partyId), requestId: id });
    expectProblem(await call(approve.POST, '/x', { ...post, headers, params: params(f.standardId) }), 403, 'AUTH-00041');
    expectProblem(await call(agentApprove.POST, '/x', { ...post, headers, params: params(f.agentId) }), 403, 'AUTH-00042');
    expectProblem(await call(reject.POST, '/x', { ...post, headers, params: params(f.standardId) }), 403, 'AUTH-00041');
  });

  it('AUTH-00016 / AUTH-00053 when the access manager lacks a requested right or package', async () => {
    const { vendorOrgNo, system } = await createSystem();
    const { organization } = await createCustomer();
    const noRight = await createPerson({ orgId: organization.id, roles: ['DAGL'], packages: [`${PKG}skattegrunnlag`] });
    const noPackage = await createPerson({ orgId: organization.id, roles: ['HOVEDADMINISTRATOR'], rights: ['ske-krav-og-betalinger'] });
    const created = await postStandard(vendorOrgNo, {
      systemId: system.systemId,
      partyOrgNo: organization.orgNo,
      rights: [resourceRight('ske-krav-og-betalinger')],
      accessPackages: [{ urn: `${PKG}skattegrunnlag` }],
    });
    const params = { party: String(organization.partyId), requestId: created.json.id };
    expectProblem(
      await call(approve.POST, '/x', { ...post, headers: bearer(await personalToken(noRight.pid)), params }),
      403,
      'AUTH-00016',
    );
    expectProblem(
      await call(approve.POST, '/x', { ...post, headers: bearer(await personalToken(noPackage.pid)), params }),
      400,
      'AUTH-00053',
    );
    expect((await (await db()).request.findUniqueOrThrow({ where: { id: created.json.id } })).status).toBe('New');
  });

  it('AUTH-00004 when a system user took the triple; AUTH-00011 when the system was deleted', async () => {
    const f = await fixture();
    await createSystemUser({ systemInternalId: f.system.id, orgNo: f.organization.orgNo });
    expectProblem(
      await call(approve.POST, '/x', { ...post, headers: f.tokens.manager, params: partyOf(f, f.standardId) }),
      400,
      'AUTH-00004',
    );
    expect((await (await db()).request.findUniqueOrThrow({ where: { id: f.standardId } })).status).toBe('New');
    await (await db()).registeredSystem.update({ where: { id: f.system.id }, data: { isDeleted: true } });
    expectProblem(
      await call(agentApprove.POST, '/x', { ...post, headers: f.tokens.manager, params: partyOf(f, f.agentId) }),
      404,
      'AUTH-00011',
    );
  });
});

type Fixture = Awaited<ReturnType<typeof fixture>>;

describe('reject, escalate, pending', () => {
  it('reject: true, status Rejected, then AUTH-00013; the vendor sees Rejected', async () => {
    const f = await fixture();
    expectProblem(await call(reject.POST, '/x', { ...post, headers: f.tokens.representative, params: partyOf(f, f.standardId) }), 403);
    const result = await call(reject.POST, '/x', { ...post, headers: f.tokens.manager, params: partyOf(f, f.standardId) });
    expect(result.json).toBe(true);
    expectProblem(
      await call(reject.POST, '/x', { ...post, headers: f.tokens.manager, params: partyOf(f, f.standardId) }),
      409,
      'AUTH-00013',
    );
    expectProblem(
      await call(agentReject.POST, '/x', { ...post, headers: f.tokens.manager, params: partyOf(f, f.standardId) }),
      404,
      'AUTH-00030',
    );
    expect((await call(agentReject.POST, '/x', { ...post, headers: f.tokens.manager, params: partyOf(f, f.agentId) })).json).toBe(true);
    const again = await postStandard(f.vendorOrgNo, { systemId: f.system.systemId, partyOrgNo: f.organization.orgNo, rights: [] });
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ id: f.standardId, status: 'Rejected' });
  });

  it('escalate: true for someone who may act for the party, false for a stranger; the agent pending list shows escalated ones', async () => {
    const f = await fixture();
    expect((await call(agentEscalate.POST, '/x', { ...post, headers: f.tokens.stranger, params: partyOf(f, f.agentId) })).json).toBe(false);
    const pendingParams = { party: String(f.organization.partyId), requestId: f.organization.orgNo };
    expect((await call(agentPending.GET, '/x', { headers: f.tokens.manager, params: pendingParams })).json).toEqual([]);
    expect((await call(agentEscalate.POST, '/x', { ...post, headers: f.tokens.representative, params: partyOf(f, f.agentId) })).json).toBe(
      true,
    );
    const escalated = await call(agentPending.GET, '/x', { headers: f.tokens.manager, params: pendingParams });
    expect(escalated.json.map((r: { id: string }) => r.id)).toEqual([f.agentId]);
    expect((await call(escalate.POST, '/x', { ...post, headers: f.tokens.representative, params: partyOf(f, f.standardId) })).json).toBe(
      true,
    );
    expect((await (await db()).request.findUniqueOrThrow({ where: { id: f.standardId } })).escalated).toBe(true);
    expectProblem(
      await call(escalate.POST, '/x', { ...post, headers: f.tokens.representative, params: partyOf(f, f.agentId) }),
      404,
      'AUTH-00010',
    );
    expectProblem(
      await call(agentEscalate.POST, '/x', { ...post, headers: f.tokens.representative, params: partyOf(f, f.standardId) }),
      404,
      'AUTH-00030',
    );
    expectProblem(
      await call(escalate.POST, '/x', { ...post, headers: f.tokens.representative, params: { party: '3', requestId: f.standardId } }),
      400,
      'AUTH-00000',
    );
  });

  it('pending: the New standard requests of the party, for its access manager only', async () => {
    const f = await fixture();
    const params = { party: String(f.organization.partyId), requestId: f.organization.orgNo };
    const list = await call(pending.GET, '/x', { headers: f.tokens.manager, params });
    expect(list.json.map((r: { id: string }) => r.id)).toEqual([f.standardId]);
    expect(list.json[0]).not.toHaveProperty('confirmUrl');
    expectProblem(await call(pending.GET, '/x', { headers: f.tokens.representative, params }), 403);
    expectProblem(await call(pending.GET, '/x', { headers: f.tokens.manager, params: { ...params, party: '5' } }), 400, 'AUTH-00000');
    await call(reject.POST, '/x', { ...post, headers: f.tokens.manager, params: partyOf(f, f.standardId) });
    expect((await call(pending.GET, '/x', { headers: f.tokens.manager, params })).json).toEqual([]);
  });
});
