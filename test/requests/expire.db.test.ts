import { randomUUID } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { db } from '@/lib/db';
import type { RequestStatus } from '@/lib/generated/prisma/enums';
import { expireAllDue, expireRequests, timeoutCutoff } from '@/lib/requests/timeout';

import { makeOrg, makeSystem } from '../portal/factories';
import { useTestDatabase } from '../support/database';

// expireRequests (lib/requests/timeout.ts) writes Timedout on the requests that are New and past the cutoff,
// and on no other: not a fresh one, not one already decided, not one outside the `where`.

useTestDatabase();

const DAY = 24 * 60 * 60 * 1000;

describe('expireRequests', () => {
  it('times out only the matching requests that are New and past the cutoff, once, with one event each', async () => {
    const prisma = await db();
    const system = await makeSystem({ vendorOrgNo: '991825827', rights: [], packages: [] });
    const [org, other] = [await makeOrg(), await makeOrg()];
    const make = (partyOrgNo: string, status: RequestStatus, daysOld: number) =>
      prisma.request.create({
        data: {
          id: randomUUID(),
          type: 'standard',
          systemInternalId: system.id,
          partyOrgNo,
          externalRef: randomUUID(),
          status,
          created: new Date(Date.now() - daysOld * DAY),
        },
      });
    const due = await make(org.orgNo, 'New', 11);
    const fresh = await make(org.orgNo, 'New', 1);
    const decided = await make(org.orgNo, 'Accepted', 11);
    const elsewhere = await make(other.orgNo, 'New', 11);

    expect(await expireRequests(prisma, { partyOrgNo: org.orgNo })).toBe(1);
    expect(await expireRequests(prisma, { partyOrgNo: org.orgNo })).toBe(0);
    const rows = await prisma.request.findMany({ where: { id: { in: [due.id, fresh.id, decided.id, elsewhere.id] } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(due.id)).toMatchObject({ status: 'Timedout', changedBy: 'timeout' });
    expect([fresh, decided, elsewhere].map((r) => byId.get(r.id)?.status)).toEqual(['New', 'Accepted', 'New']);
    const events = await prisma.sandboxEvent.findMany({ where: { requestId: { in: [due.id, fresh.id, decided.id, elsewhere.id] } } });
    expect(events.map((e) => ({ requestId: e.requestId, type: e.type, status: e.status, orgNo: e.orgNo }))).toEqual([
      { requestId: due.id, type: 'request.timedout', status: 'Timedout', orgNo: org.orgNo },
    ]);
  });
});

describe('expireAllDue', () => {
  it('times out every due request, past one batch of 500, and no deleted one; each event names its request and system user', async () => {
    const prisma = await db();
    const system = await makeSystem({ vendorOrgNo: '991825827', rights: [], packages: [] });
    const org = await makeOrg();
    const old = new Date(Date.now() - 11 * DAY);
    const row = (extra: { type?: 'standard' | 'change'; isDeleted?: boolean; systemUserId?: string } = {}) => ({
      id: randomUUID(),
      type: 'standard' as const,
      systemInternalId: system.id,
      partyOrgNo: org.orgNo,
      externalRef: randomUUID(),
      created: old,
      ...extra,
    });
    const many = Array.from({ length: 501 }, () => row());
    await prisma.request.createMany({ data: many });
    const user = await prisma.systemUser.create({
      data: {
        id: randomUUID(),
        type: 'standard',
        integrationTitle: 'x',
        systemInternalId: system.id,
        reporteeOrgNo: org.orgNo,
        externalRef: 'su',
      },
    });
    const change = await prisma.request.create({ data: row({ type: 'change', systemUserId: user.id }) });
    const deleted = await prisma.request.create({ data: row({ isDeleted: true }) });
    const due = { status: 'New' as const, created: { lt: timeoutCutoff() }, isDeleted: false };
    const before = await prisma.request.count({ where: due });

    expect(await expireAllDue()).toBe(before);
    expect(before).toBeGreaterThanOrEqual(502);
    expect(await prisma.request.count({ where: due })).toBe(0);
    expect(await prisma.request.count({ where: { id: { in: many.map((r) => r.id) }, status: 'Timedout' } })).toBe(501);
    expect((await prisma.request.findUniqueOrThrow({ where: { id: deleted.id } })).status).toBe('New');
    expect(await prisma.sandboxEvent.count({ where: { requestId: deleted.id } })).toBe(0);
    const events = await prisma.sandboxEvent.findMany({ where: { requestId: { in: [many[0].id, change.id] } }, orderBy: { type: 'asc' } });
    expect(events.map((e) => ({ type: e.type, requestId: e.requestId, systemUserId: e.systemUserId }))).toEqual([
      { type: 'changerequest.timedout', requestId: change.id, systemUserId: user.id },
      { type: 'request.timedout', requestId: many[0].id, systemUserId: null },
    ]);
  });
});
