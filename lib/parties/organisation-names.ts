import 'server-only';

import { db } from '../db';

/** The names of organisations by org number; one not in the party register is left out (callers show the number). */
export async function organisationNames(orgNos: string[]): Promise<Map<string, string>> {
  const orgs = await (await db()).organization.findMany({ where: { orgNo: { in: [...new Set(orgNos)] } } });
  return new Map(orgs.map((o) => [o.orgNo, o.name]));
}
