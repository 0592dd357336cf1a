import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import * as approve from '@/app/authentication/api/v1/systemuser/request/[party]/[requestId]/approve/route';
import * as reject from '@/app/authentication/api/v1/systemuser/request/[party]/[requestId]/reject/route';
import * as byId from '@/app/authentication/api/v1/systemuser/request/vendor/[requestId]/route';
import * as events from '@/app/sandbox/api/v1/events/route';
import * as deliveries from '@/app/sandbox/api/v1/webhooks/[id]/deliveries/route';
import * as hookById from '@/app/sandbox/api/v1/webhooks/[id]/route';
import * as hooks from '@/app/sandbox/api/v1/webhooks/route';
import { delegateClient } from '@/lib/client-delegation/delegate-client';
import { removeClient } from '@/lib/client-delegation/remove-client';
import { database, db } from '@/lib/db';
import { startDeliveryWorker } from '@/lib/events/delivery';
import { escalateRequest } from '@/lib/requests/escalate-request';
import { deleteSystemUser } from '@/lib/system-users/delete-system-user';

import { makeAgentSystemUser, makeOrg, makePerson, makeSystem } from '../portal/factories';
import { postStandard } from '../requests/helpers';
import { useTestDatabase } from '../support/database';
import { createCustomer, createSystem, resourceRight } from '../support/factories';
import { call } from '../support/routes';
import { bearer, personalToken, vendorToken } from '../support/tokens';

useTestDatabase();

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  json: {
    type: string;
    requestId?: string;
    systemUserId?: string;
    status: string;
    orgNo: string;
    systemId: string;
    id: string;
    occurredAt: string;
  };
}

/** A webhook receiver on a free port that fails the first `failures` requests with 503. */
async function receiver(failures = 0) {
  const received: Received[] = [];
  let calls = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      calls += 1;
      if (calls <= failures) {
        res.writeHead(503).end();
        return;
      }
      received.push({ headers: req.headers, body, json: JSON.parse(body) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/hook`, received, calls: () => calls, close: () => new Promise((r) => server.close(r)) };
}

async function waitFor<T>(check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let stopWorker: () => Promise<void>;
beforeAll(async () => {
  const { prisma, driver } = await database();
  stopWorker = startDeliveryWorker(prisma, driver, 50);
});
afterAll(async () => {
  await stopWorker?.();
});

async function setUp(secret?: string, failures = 0) {
  const { vendorOrgNo, system } = await createSystem();
  const { organization, manager } = await createCustomer();
  const vendor = bearer(await vendorToken(vendorOrgNo));
  const hook = await receiver(failures);
  const created = await call(hooks.POST, '/webhooks', {
    headers: vendor,
    body: { systemId: system.systemId, url: hook.url, ...(secret ? { secret } : {}) },
  });
  expect(created.status).toBe(201);
  const body = { systemId: system.systemId, partyOrgNo: organization.orgNo, rights: [resourceRight('ske-krav-og-betalinger')] };
  const newRequest = async (externalRef: string) => (await postStandard(vendorOrgNo, { ...body, externalRef })).json.id as string;
  const act = async (handler: typeof approve.POST, id: string) =>
    call(handler, '/x', {
      method: 'POST',
      headers: bearer(await personalToken(manager.pid)),
      params: { party: String(organization.partyId), requestId: id },
    });
  return { vendorOrgNo, system, organization, manager, vendor, hook, webhookId: created.json.id as string, newRequest, act };
}

describe('webhooks (/sandbox/api/v1/webhooks)', () => {
  it('delivers signed events in order per request: created, accepted, system user created', async () => {
    const secret = 'vendor-secret';
    const { system, organization, vendor, hook, webhookId, newRequest, act } = await setUp(secret);
    const id = await newRequest('signed');
    expect((await act(approve.POST, id)).status).toBe(200);

    const got = await waitFor(() => hook.received.length >= 3 && hook.received);
    expect(got.map((r) => r.json.type)).toEqual(['request.created', 'request.accepted', 'systemuser.created']);
    for (const r of got) {
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.headers['x-sandbox-signature']).toBe(`sha256=${createHmac('sha256', secret).update(r.body).digest('hex')}`);
      expect(r.json).toMatchObject({ systemId: system.systemId, orgNo: organization.orgNo, requestId: id });
      expect(r.json.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(Number.isNaN(Date.parse(r.json.occurredAt))).toBe(false);
    }
    expect(got.map((r) => r.json.status)).toEqual(['New', 'Accepted', 'Active']);
    expect(got[2].json.systemUserId).toBe(id);

    // A tampered body does not match its signature.
    expect(
      createHmac('sha256', secret)
        .update(got[0].body + ' ')
        .digest('hex'),
    ).not.toBe(got[0].headers['x-sandbox-signature']);

    // The worker records a delivery after the receiver has answered, so the log may lag the receiver a moment.
    const log = await waitFor(async () => {
      const read = await call(deliveries.GET, '/x', { headers: vendor, params: { id: webhookId } });
      return read.json.length === 3 && read.json.every((d: { state: string }) => d.state === 'delivered') && read;
    });
    expect(log.status).toBe(200);
    expect(log.json.map((d: { state: string }) => d.state)).toEqual(['delivered', 'delivered', 'delivered']);

    const listed = await call(hooks.GET, '/webhooks', { headers: vendor });
    expect(listed.json).toEqual([expect.objectContaining({ id: webhookId, systemId: system.systemId, url: hook.url, hasSecret: true })]);
    expect(JSON.stringify(listed.json)).not.toContain(secret);
    await hook.close();
  });

  it('retries with backoff until the receiver answers, and keeps the order per request', async () => {
    const { vendor, hook, webhookId, newRequest, act } = await setUp(undefined, 2);
    const id = await newRequest('retry');
    expect((await act(reject.POST, id)).status).toBe(200);
    const got = await waitFor(() => hook.received.length >= 2 && hook.received, 30_000);
    expect(got.map((r) => r.json.type)).toEqual(['request.created', 'request.rejected']);
    expect(got[0].headers['x-sandbox-signature']).toBeUndefined();
    expect(got[0].headers['x-sandbox-delivery-attempt']).toBe('3');
    expect(hook.calls()).toBe(4);
    const log = await call(deliveries.GET, '/x', { headers: vendor, params: { id: webhookId } });
    expect(log.json.map((d: { eventType: string; attempts: number; state: string }) => [d.eventType, d.attempts, d.state])).toEqual([
      ['request.rejected', 1, 'delivered'],
      ['request.created', 3, 'delivered'],
    ]);
    await hook.close();
  });

  it('a vendor manages only its own systems and webhooks; bad input is 400', async () => {
    const { vendor, webhookId, hook } = await setUp();
    const other = await createSystem();
    const otherVendor = bearer(await vendorToken(other.vendorOrgNo));
    const foreign = await call(hooks.POST, '/webhooks', {
      headers: vendor,
      body: { systemId: other.system.systemId, url: 'http://127.0.0.1:9/x' },
    });
    expect(foreign.status).toBe(400);
    expect(foreign.json.errors.systemId).toBeDefined();
    expect(
      (await call(hooks.POST, '/webhooks', { headers: otherVendor, body: { systemId: other.system.systemId, url: 'ftp://x' } })).status,
    ).toBe(400);
    expect(
      (await call(hooks.POST, '/webhooks', { headers: otherVendor, body: { systemId: other.system.systemId, url: 'http://x', extra: 1 } }))
        .status,
    ).toBe(400);
    expect((await call(hookById.DELETE, '/x', { method: 'DELETE', headers: otherVendor, params: { id: webhookId } })).status).toBe(404);
    expect((await call(deliveries.GET, '/x', { headers: otherVendor, params: { id: webhookId } })).status).toBe(404);
    expect((await call(hooks.GET, '/webhooks', { headers: otherVendor })).json).toEqual([]);
    expect((await call(hooks.GET, '/webhooks')).status).toBe(401);
    expect((await call(hookById.DELETE, '/x', { method: 'DELETE', headers: vendor, params: { id: webhookId } })).status).toBe(204);
    expect((await call(hookById.DELETE, '/x', { method: 'DELETE', headers: vendor, params: { id: webhookId } })).status).toBe(404);
    expect((await call(hooks.GET, '/webhooks', { headers: vendor })).json).toEqual([]);
    await hook.close();
  });
});

/** Reads an SSE response until `count` events arrived, then aborts it. */
async function readEvents(response: Response, count: number, abort: AbortController) {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const out: { id: string; event: string; data: { type: string; requestId?: string } }[] = [];
  const deadline = Date.now() + 20_000;
  while (out.length < count && Date.now() < deadline) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const fields = Object.fromEntries(
        block
          .split('\n')
          .filter((l) => !l.startsWith(':'))
          .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]),
      );
      if (fields.data) out.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data) });
    }
  }
  abort.abort();
  await reader.cancel().catch(() => undefined);
  return out;
}

describe('event stream (/sandbox/api/v1/events)', () => {
  it('streams new events and resumes after Last-Event-ID', async () => {
    const { system, vendorOrgNo, newRequest, act, hook } = await setUp();
    await hook.close();
    const vendor = bearer(await vendorToken(vendorOrgNo));
    const url = `http://localhost:3000/sandbox/api/v1/events?systemId=${system.systemId}`;
    const open = (headers: Record<string, string>) => {
      const abort = new AbortController();
      const response = events.GET(new Request(url, { headers: { ...vendor, ...headers }, signal: abort.signal }), {
        params: Promise.resolve({}),
      });
      return { response, abort };
    };

    const first = open({});
    const response = await first.response;
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const id = await newRequest('stream');
    const [created] = await readEvents(response, 1, first.abort);
    expect(created).toMatchObject({ event: 'request.created', data: { type: 'request.created', requestId: id } });

    // While nobody listens the request is approved; resuming after the last seen id brings exactly the rest.
    await act(approve.POST, id);
    const again = open({ 'last-event-id': created.id });
    const rest = await readEvents(await again.response, 2, again.abort);
    expect(rest.map((e) => e.event)).toEqual(['request.accepted', 'systemuser.created']);
    expect(Number(rest[0].id)).toBeGreaterThan(Number(created.id));

    const fromStart = open({ 'last-event-id': '0' });
    expect((await readEvents(await fromStart.response, 3, fromStart.abort)).map((e) => e.event)).toEqual([
      'request.created',
      'request.accepted',
      'systemuser.created',
    ]);

    const other = await createSystem();
    const foreign = await events.GET(new Request(url, { headers: bearer(await vendorToken(other.vendorOrgNo)) }), {
      params: Promise.resolve({}),
    });
    expect(foreign.status).toBe(400);
    const bad = await events.GET(new Request(url, { headers: { ...vendor, 'last-event-id': 'x' } }), { params: Promise.resolve({}) });
    expect(bad.status).toBe(400);
  });
});

describe('events of every status change', () => {
  it('writes escalation, deletion and system user deletion to the outbox', async () => {
    const { vendorOrgNo, newRequest, hook, act, organization, manager } = await setUp();
    await hook.close();
    const acting = { pid: manager.pid, userId: manager.userId, partyId: manager.partyId };
    const vendor = bearer(await vendorToken(vendorOrgNo));
    const gone = await newRequest('deleted');
    expect((await call(byId.DELETE, '/x', { method: 'DELETE', headers: vendor, params: { requestId: gone } })).status).toBe(202);
    const types = async (requestId: string) =>
      (await (await db()).sandboxEvent.findMany({ where: { requestId }, orderBy: { seq: 'asc' } })).map((e) => `${e.type}:${e.status}`);
    expect(await types(gone)).toEqual(['request.created:New', 'request.deleted:Deleted']);
    const approved = await newRequest('approved');
    await act(approve.POST, approved);
    expect(await types(approved)).toEqual(['request.created:New', 'request.accepted:Accepted', 'systemuser.created:Active']);

    const escalated = await newRequest('escalated');
    expect(await escalateRequest({ id: escalated, partyId: organization.partyId, person: acting })).toBe(true);
    expect(await types(escalated)).toEqual(['request.created:New', 'request.escalated:New']);

    await deleteSystemUser({ person: acting, party: { orgNo: organization.orgNo }, id: approved, type: 'standard' });
    const ofUser = await (await db()).sandboxEvent.findMany({ where: { systemUserId: approved, type: 'systemuser.deleted' } });
    expect(ofUser.map((e) => [e.status, e.orgNo])).toEqual([['Deleted', organization.orgNo]]);
  });
});

describe('client events', () => {
  it('writes client.added and client.removed with the client org number, once per change', async () => {
    const PKGS = ['urn:altinn:accesspackage:regnskapsforer-lonn'];
    const facilitator = await makeOrg('Regnskapsbyrå Hendelser AS');
    const client = await makeOrg('Kunde Hendelser AS');
    await (
      await db()
    ).clientRelation.create({ data: { facilitatorId: facilitator.id, clientId: client.id, roleCode: 'REGN', accessPackages: PKGS } });
    const system = await makeSystem({ vendorOrgNo: '312605031', rights: [], packages: PKGS, visible: false });
    const agent = await makeAgentSystemUser({ orgNo: facilitator.orgNo, systemInternalId: system.id, packages: PKGS });
    const admin = await makePerson({ orgId: facilitator.id, roles: ['KLIENTADMINISTRATOR'] });
    const call = { person: { pid: admin.pid, userId: admin.userId, partyId: admin.partyId }, party: { orgNo: facilitator.orgNo } };
    const options = { ...call, systemUserId: agent.id, clientId: client.id };
    await delegateClient(options);
    await delegateClient(options); // already there: no second event
    await removeClient({ ...call, systemUserId: agent.id, clientId: client.id });
    const rows = await (await db()).sandboxEvent.findMany({ where: { systemUserId: agent.id }, orderBy: { seq: 'asc' } });
    expect(rows.map((e) => [e.type, e.status, e.orgNo, (e.data as { facilitatorOrgNo: string }).facilitatorOrgNo])).toEqual([
      ['client.added', 'Added', client.orgNo, facilitator.orgNo],
      ['client.removed', 'Removed', client.orgNo, facilitator.orgNo],
    ]);
  });
});
