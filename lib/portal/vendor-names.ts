import 'server-only';
import { db } from '../db';

/** The names of vendor organisations by org number (vendors not in the party register keep their number). */
export async function vendorNames(orgNos: string[]): Promise<Map<string, string>> {
  const orgs = await (await db()).organization.findMany({ where: { orgNo: { in: [...new Set(orgNos)] } } });
  return new Map(orgs.map((o) => [o.orgNo, o.name]));
}
