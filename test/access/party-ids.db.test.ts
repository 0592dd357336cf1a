import { randomUUID } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { readPartyAccess } from '@/lib/access/party';
import { personAccess } from '@/lib/access/roles';
import { db } from '@/lib/db';

import { makePerson } from '../portal/factories';
import { useTestDatabase } from '../support/database';
import { uniqueOrgNo } from '../support/factories';

// A party id is a PostgreSQL integer: every int4 value is looked up, and anything beyond is an unknown party,
// not a database error (lib/access/roles.ts).

useTestDatabase();

describe('party ids at the edges of int4', () => {
  it('finds organisations at both ends of the range and treats a larger id as unknown', async () => {
    const prisma = await db();
    for (const partyId of [2147483647, -2147483648]) {
      const org = await prisma.organization.create({ data: { id: randomUUID(), orgNo: uniqueOrgNo(), name: `Kant ${partyId}`, partyId } });
      const p = await makePerson({ orgId: org.id, roles: ['DAGL'] });
      expect(await readPartyAccess({ pid: p.pid, party: { partyId } })).toMatchObject({ org: { orgNo: org.orgNo, partyId } });
      for (const beyond of [partyId + 1, partyId - 1].filter((n) => n > 2147483647 || n < -2147483648)) {
        expect(await readPartyAccess({ pid: p.pid, party: { partyId: beyond } })).toBeUndefined();
      }
    }
    expect(await readPartyAccess({ pid: '12858540036', party: { partyId: 1.5 } })).toBeUndefined();
  });

  it('gives an unknown person or organisation no access at all', async () => {
    const none = { canRepresent: false, isAccessManager: false, isClientAdministrator: false, roles: [], rights: [], packages: [] };
    expect(await personAccess({ pid: '00000000000', orgNo: '314248295' })).toEqual(none);
    expect(await personAccess({ pid: '12858540036', orgNo: uniqueOrgNo() })).toEqual(none);
  });
});
