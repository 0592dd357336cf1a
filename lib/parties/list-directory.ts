import 'server-only';

import { db } from '../db';
import { LIMITS } from '../limits';

export interface DirectoryPerson {
  pid: string;
  name: string;
  userId: number;
  partyId: number;
  roles: { orgNo: string; orgName: string; codes: string[] }[];
}

export interface DirectoryOrganization {
  orgNo: string;
  name: string;
  partyId: number;
  unitType: string;
  clients: { orgNo: string; name: string; roleCode: string }[];
  systems: { systemId: string; name: string }[];
}

export interface Directory {
  persons: DirectoryPerson[];
  organizations: DirectoryOrganization[];
}

/** Every test person and organisation, with roles, client relations and registered systems, for the front page. */
export async function listDirectory(): Promise<Directory> {
  const prisma = await db();
  const [persons, organizations, systems] = await Promise.all([
    prisma.person.findMany({
      orderBy: { name: 'asc' },
      include: { roles: { include: { organization: true } } },
    }),
    prisma.organization.findMany({
      orderBy: { name: 'asc' },
      include: { clientsAsFacilitator: { include: { client: true } } },
    }),
    prisma.registeredSystem.findMany({ where: { isDeleted: false }, orderBy: { systemId: 'asc' }, take: LIMITS.unpagedList }),
  ]);

  return {
    persons: persons.map((p) => {
      const byOrg = new Map<string, DirectoryPerson['roles'][number]>();
      for (const role of p.roles) {
        const entry = byOrg.get(role.organization.orgNo) ?? {
          orgNo: role.organization.orgNo,
          orgName: role.organization.name,
          codes: [],
        };
        entry.codes.push(role.code);
        byOrg.set(role.organization.orgNo, entry);
      }
      return { pid: p.pid, name: p.name, userId: p.userId, partyId: p.partyId, roles: [...byOrg.values()] };
    }),
    organizations: organizations.map((o) => ({
      orgNo: o.orgNo,
      name: o.name,
      partyId: o.partyId,
      unitType: o.unitType,
      clients: o.clientsAsFacilitator.map((r) => ({ orgNo: r.client.orgNo, name: r.client.name, roleCode: r.roleCode })),
      systems: systems
        .filter((s) => s.vendorOrgNo === o.orgNo)
        .map((s) => ({ systemId: s.systemId, name: (s.name as Record<string, string>).nb ?? s.systemId })),
    })),
  };
}
