import type { PrismaClient } from '../generated/prisma/client';
import { accessPackages, areas, resources } from './catalogue';
import { clientRelations, organizations, persons } from './parties';
import { maskinportenClients, systems } from './systems';

/**
 * Loads the default test data. Only missing rows are inserted and nothing is ever overwritten, so it runs at
 * every start: a new database gets everything, an old one keeps what its users changed.
 */
export async function seed(prisma: PrismaClient): Promise<void> {
  // Instances starting together on one PostgreSQL seed one after the other: without the lock their inserts
  // wait on each other's rows and, on a busy machine, outlast the transaction's timeout (found with three
  // server processes starting on a fresh database).
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('sandbox-seed'))`;
    await tx.accessPackageArea.createMany({
      skipDuplicates: true,
      data: areas.map((a) => ({
        urn: a.urn,
        nameNb: a.name[0],
        nameNn: a.name[1],
        nameEn: a.name[2],
        descriptionNb: a.description[0],
        descriptionNn: a.description[1],
        descriptionEn: a.description[2],
      })),
    });
    await tx.resource.createMany({
      skipDuplicates: true,
      data: resources.map((r) => ({
        id: r.id,
        titleNb: r.title[0],
        titleNn: r.title[1],
        titleEn: r.title[2],
        descriptionNb: r.description[0],
        descriptionNn: r.description[1],
        descriptionEn: r.description[2],
        resourceType: r.resourceType,
        ownerOrgNo: r.ownerOrgNo,
        ownerName: r.ownerName,
        delegable: r.delegable,
      })),
    });
    await tx.accessPackage.createMany({
      skipDuplicates: true,
      data: accessPackages.map((p) => ({
        urn: p.urn,
        areaUrn: p.area,
        nameNb: p.name[0],
        nameNn: p.name[1],
        nameEn: p.name[2],
        descriptionNb: p.description[0],
        descriptionNn: p.description[1],
        descriptionEn: p.description[2],
        isAssignable: p.isAssignable,
        isDelegable: p.isDelegable,
      })),
    });
    await tx.accessPackageResource.createMany({
      skipDuplicates: true,
      data: accessPackages.flatMap((p) => p.resources.map((resourceId) => ({ packageUrn: p.urn, resourceId }))),
    });

    await tx.organization.createMany({ skipDuplicates: true, data: organizations });
    const orgId = new Map(organizations.map((o) => [o.orgNo, o.id]));
    const idOf = (orgNo: string) => {
      const id = orgId.get(orgNo);
      if (!id) throw new Error(`seed: unknown organisation ${orgNo}`);
      return id;
    };

    await tx.person.createMany({
      skipDuplicates: true,
      data: persons.map(({ access: _access, ...person }) => person),
    });
    for (const person of persons) {
      for (const access of person.access) {
        const organizationId = idOf(access.orgNo);
        await tx.role.createMany({
          skipDuplicates: true,
          data: access.roles.map((code) => ({ personId: person.id, organizationId, code })),
        });
        await tx.personRight.createMany({
          skipDuplicates: true,
          data: (access.rights ?? []).map((resourceId) => ({ personId: person.id, organizationId, resourceId })),
        });
        await tx.personPackage.createMany({
          skipDuplicates: true,
          data: (access.packages ?? []).map((packageUrn) => ({ personId: person.id, organizationId, packageUrn })),
        });
      }
    }

    await tx.clientRelation.createMany({
      skipDuplicates: true,
      data: clientRelations.map((r) => ({
        facilitatorId: idOf(r.facilitatorOrgNo),
        clientId: idOf(r.clientOrgNo),
        roleCode: r.roleCode,
        accessPackages: r.accessPackages,
      })),
    });

    await tx.registeredSystem.createMany({
      skipDuplicates: true,
      data: systems.map((s) => ({ ...s, rights: s.rights.map((r) => ({ ...r })) })),
    });

    await tx.maskinportenClient.createMany({
      skipDuplicates: true,
      data: maskinportenClients.map((c) => ({
        clientId: c.key.clientId,
        orgNo: c.orgNo,
        name: c.name,
        scopes: c.scopes,
      })),
    });
    await tx.maskinportenClientKey.createMany({
      skipDuplicates: true,
      data: maskinportenClients.map((c) => {
        const { kty, n, e } = c.key.privateJwk;
        return {
          clientId: c.key.clientId,
          kid: c.key.kid,
          publicJwk: { kty, n, e, kid: c.key.kid, alg: 'RS256', use: 'sig' },
        };
      }),
    });
  }, { maxWait: 60_000, timeout: 60_000 });
}
