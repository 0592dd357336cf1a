import 'server-only';

import { db } from '../db';
import { LIMITS } from '../limits';
import { type Lang, nameIn } from './describe-rights';

export interface VisibleSystem {
  systemId: string;
  name: string;
  vendorOrgNo: string;
  vendorName: string;
  rights: unknown;
  accessPackages: string[];
}

/**
 * The systems an end user may choose for user-driven creation: visible and not deleted, sorted by name,
 * filtered on the name or on "vendor (org no)" as Altinn's combobox does.
 */
export async function listVisibleSystems(options: { lang: Lang; query?: string }): Promise<VisibleSystem[]> {
  const prisma = await db();
  const systems = await prisma.registeredSystem.findMany({
    where: { isVisible: true, isDeleted: false },
    orderBy: { systemId: 'asc' },
    take: LIMITS.unpagedList,
  });
  const vendors = await prisma.organization.findMany({ where: { orgNo: { in: systems.map((s) => s.vendorOrgNo) } } });
  const vendorName = new Map(vendors.map((v) => [v.orgNo, v.name]));
  const query = options.query?.trim().toLowerCase() ?? '';
  return systems
    .map((s) => ({
      systemId: s.systemId,
      name: nameIn(s.name, options.lang) || s.systemId,
      vendorOrgNo: s.vendorOrgNo,
      vendorName: vendorName.get(s.vendorOrgNo) ?? s.vendorOrgNo,
      rights: s.rights,
      accessPackages: s.accessPackages,
    }))
    .filter((s) => !query || `${s.name} ${s.vendorName} (${s.vendorOrgNo})`.toLowerCase().includes(query))
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}
