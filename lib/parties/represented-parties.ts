import 'server-only';

import { db } from '../db';

/** Every organisation the person may act for (any role), for the party picker, by name. */
export async function listRepresentedParties(options: { pid: string }) {
  const prisma = await db();
  const person = await prisma.person.findUnique({
    where: { pid: options.pid },
    include: { roles: { include: { organization: true } } },
  });
  if (!person) return [];
  const byOrg = new Map<string, { orgNo: string; name: string; partyId: number; unitType: string; roles: string[] }>();
  for (const role of person.roles) {
    const o = role.organization;
    const entry = byOrg.get(o.orgNo) ?? { orgNo: o.orgNo, name: o.name, partyId: o.partyId, unitType: o.unitType, roles: [] };
    entry.roles.push(role.code);
    byOrg.set(o.orgNo, entry);
  }
  return [...byOrg.values()].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}
