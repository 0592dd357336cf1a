import 'server-only';

import { sql } from '../db';

interface Row {
  orgNo: string;
  name: string;
  partyId: number;
  unitType: string;
  code: string;
}

/** Every organisation the person may act for (any role), for the party picker, by name. */
export async function listRepresentedParties(options: { pid: string }) {
  // One statement: every portal page asks this.
  const rows = await (
    await sql()
  ).query<Row>(
    `SELECT o."orgNo", o.name, o."partyId", o."unitType", r.code::text AS code
     FROM "Person" p
     JOIN "Role" r ON r."personId" = p.id
     JOIN "Organization" o ON o.id = r."organizationId"
     WHERE p.pid = $1
     ORDER BY o."orgNo", r.code`,
    [options.pid],
  );
  const byOrg = new Map<string, { orgNo: string; name: string; partyId: number; unitType: string; roles: string[] }>();
  for (const o of rows) {
    const entry = byOrg.get(o.orgNo) ?? { orgNo: o.orgNo, name: o.name, partyId: o.partyId, unitType: o.unitType, roles: [] };
    entry.roles.push(o.code);
    byOrg.set(o.orgNo, entry);
  }
  return [...byOrg.values()].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}
