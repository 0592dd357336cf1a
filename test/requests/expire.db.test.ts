import { randomUUID } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { db } from '@/lib/db';
import type { RequestStatus } from '@/lib/generated/prisma/enums';
import { expireRequests } from '@/lib/requests/timeout';

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
