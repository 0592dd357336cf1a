import { afterEach, describe, expect, it, vi } from 'vitest';

import * as byId from '@/app/authentication/api/v1/systemuser/request/vendor/[requestId]/route';
import * as list from '@/app/authentication/api/v1/systemuser/request/vendor/bysystem/[systemId]/route';
import * as clock from '@/app/sandbox/api/v1/clock/route';
import { forgetClock, refreshClock, sandboxNow } from '@/lib/clock';
import { addDuration, parseDuration } from '@/lib/clock/duration';
import { db } from '@/lib/db';

import { expectProblem, postStandard } from '../requests/helpers';
import { useTestDatabase } from '../support/database';
import { createCustomer, createSystem, resourceRight } from '../support/factories';
import { call } from '../support/routes';
import { bearer, vendorToken } from '../support/tokens';

useTestDatabase();

const DAY = 24 * 60 * 60 * 1000;
const post = (body: unknown) => call(clock.POST, '/clock', { body });

describe('ISO 8601 durations', () => {
  it('parses days, weeks, times and calendar months', () => {
    expect(parseDuration('P11D')).toEqual({ years: 0, months: 0, ms: 11 * DAY });
    expect(parseDuration('P1W')).toEqual({ years: 0, months: 0, ms: 7 * DAY });
    expect(parseDuration('PT2H30M1.5S')).toEqual({ years: 0, months: 0, ms: (2 * 3600 + 30 * 60 + 1.5) * 1000 });
    expect(addDuration(new Date('2027-01-31T00:00:00Z'), parseDuration('P1Y1M')!).toISOString()).toBe('2028-03-02T00:00:00.000Z');
    for (const bad of ['', 'P', 'PT', '11D', 'P-1D', 'P1DT', 'P1.5D', 'PT1H1D']) expect(parseDuration(bad), bad).toBeUndefined();
  });
});

describe('the sandbox clock (/sandbox/api/v1/clock)', () => {
  afterEach(async () => {
    await post({ reset: true });
  });

  it('advance 11 days: the request is Timedout, hidden from the vendor API, and the clock is stored', async () => {
    const { vendorOrgNo, system } = await createSystem();
    const { organization } = await createCustomer();
    const body = { systemId: system.systemId, partyOrgNo: organization.orgNo, rights: [resourceRight('ske-krav-og-betalinger')] };
    const id = (await postStandard(vendorOrgNo, body)).json.id as string;
    const headers = bearer(await vendorToken(vendorOrgNo));
    expect((await call(byId.GET, '/x', { headers, params: { requestId: id } })).json.status).toBe('New');

    const before = (await call(clock.GET, '/clock')).json;
    expect(before.offsetMs).toBe(0);
    const advanced = await post({ advance: 'P11D' });
    expect(advanced.status).toBe(200);
    expect(advanced.json.offsetMs).toBe(11 * DAY);
    expect(advanced.json.offset).toBe('PT950400S');
    expect(Date.parse(advanced.json.now) - Date.now()).toBeGreaterThan(11 * DAY - 60_000);
    expect(advanced.json.timedOut).toBeGreaterThanOrEqual(1);

    expectProblem(await call(byId.GET, '/x', { headers, params: { requestId: id } }), 404, 'AUTH-00010');
    const listed = await call(list.GET, '/x', { headers, params: { systemId: system.systemId } });
    expect(listed.json.data.map((r: { id: string }) => r.id)).not.toContain(id);
    const stored = await (await db()).request.findUniqueOrThrow({ where: { id } });
    expect(stored.status).toBe('Timedout');
    expect(stored.lastChanged.getTime() - Date.now()).toBeGreaterThan(11 * DAY - 60_000);
    const events = await (await db()).sandboxEvent.findMany({ where: { requestId: id }, orderBy: { seq: 'asc' } });
    expect(events.map((e) => e.type)).toEqual(['request.created', 'request.timedout']);

    // Stored in the database: a process that never saw the change reads it (after forgetting its cache).
    forgetClock();
    await refreshClock(await db());
    expect(sandboxNow().getTime() - Date.now()).toBeGreaterThan(11 * DAY - 60_000);

    // A new request is created at sandbox time, so it is young again.
    const fresh = await postStandard(vendorOrgNo, body);
    expect(fresh.status).toBe(201);
    const row = await (await db()).request.findUniqueOrThrow({ where: { id: fresh.json.id } });
    expect(row.created.getTime() - Date.now()).toBeGreaterThan(11 * DAY - 60_000);
    expect((await call(byId.GET, '/x', { headers, params: { requestId: fresh.json.id } })).json.status).toBe('New');

    // Going back before stored rows is refused unless asked for; reset is always allowed.
    const back = await post({ set: new Date(Date.now() + DAY).toISOString() });
    expect(back.status).toBe(400);
    expect(JSON.stringify(back.json.errors.set)).toContain('allowBackwards');
    expect((await call(clock.GET, '/clock')).json.offsetMs).toBeGreaterThan(10 * DAY);
    const forced = await post({ set: new Date(Date.now() + DAY).toISOString(), allowBackwards: true });
    expect(forced.status).toBe(200);
    expect(Math.round(forced.json.offsetMs / 60_000)).toBe(24 * 60);
    const reset = await post({ reset: true });
    expect(reset.json).toMatchObject({ offsetMs: 0, offset: 'PT0S' });
  });

  it('refuses bad changes with 400 and changes nothing', async () => {
    for (const body of [
      { advance: 'eleven days' },
      { advance: 'P-1D' },
      { set: 'tomorrow' },
      { reset: false },
      { advance: 'P1D', reset: true },
      {},
    ]) {
      const answer = await post(body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
    }
    expect(Math.abs((await call(clock.GET, '/clock')).json.offsetMs)).toBeLessThan(1000);
  });

  it('is guarded like the test tools: off → 404, a password → HTTP Basic', async () => {
    const fresh = async (env: Record<string, string>) => {
      vi.resetModules();
      vi.unstubAllEnvs();
      for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
      return (await import('@/app/sandbox/api/v1/clock/route')) as typeof clock;
    };
    try {
      const off = await fresh({ TESTTOOLS_ENABLED: 'false' });
      expect((await call(off.GET, '/clock')).status).toBe(404);
      expect((await call(off.POST, '/clock', { body: { advance: 'P1D' } })).status).toBe(404);
      const locked = await fresh({ TESTTOOLS_PASSWORD: 's3cret' });
      expect((await call(locked.POST, '/clock', { body: { advance: 'P1D' } })).status).toBe(401);
      const basic = { authorization: `Basic ${Buffer.from('ci:s3cret').toString('base64')}` };
      expect((await call(locked.GET, '/clock', { headers: basic })).status).toBe(200);
      expect(Math.abs((await call(locked.GET, '/clock', { headers: basic })).json.offsetMs)).toBeLessThan(1000);
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});
