import { createHash } from 'node:crypto';

import defaultDocument from '../../testdata/default.json';
import type { PrismaClient } from '../generated/prisma/client';
import type { SqlSession } from '../sql-driver';
import { loadTestDataIn, parseTestData } from '../testdata/load';
import { accessPackages, areas, resources } from './catalogue';

let inputHash: string | undefined;

/** The hash of everything the seed loads: the catalogue and the default test data document. */
function seedHash(): string {
  inputHash ??= createHash('sha256').update(JSON.stringify({ areas, resources, accessPackages, defaultDocument })).digest('hex');
  return inputHash;
}

/**
 * Whether the database has loaded this very default data, asked in plain SQL: at start, on a database made
 * from the build's template or started before, this is all the seed does, and Prisma's query engine (0.4 s of
 * CPU for its first query) is then left to the first request that needs it.
 */
async function seedIsCurrent(driver: SqlSession): Promise<boolean> {
  const [row] = await driver.query<{ hash: string }>(`SELECT "hash" FROM "SeedState" WHERE "id" = 1`);
  return row?.hash === seedHash();
}

/**
 * Loads the default test data. Only missing rows are inserted and nothing is ever overwritten: a new database
 * gets everything, an old one keeps what its users changed. A database that has loaded this very data
 * (SeedState holds its hash) skips it: checking every default row cost 0.3-1 s of CPU at each start.
 */
export async function seed(prisma: PrismaClient, driver: SqlSession): Promise<void> {
  if (await seedIsCurrent(driver)) return;
  const hash = seedHash();
  // Instances starting together on one PostgreSQL seed one after the other: without the lock their inserts
  // wait on each other's rows and, on a busy machine, outlast the transaction's timeout (found with three
  // server processes starting on a fresh database).
  await prisma.$transaction(
    async (tx) => {
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
          rolePolicy: r.rolePolicy ?? [],
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

      // Organisations, persons, client relations, systems and Maskinporten clients: the default test data
      // document, loaded the way a team's own document is.
      await loadTestDataIn(tx, parseTestData(defaultDocument));
      await tx.seedState.upsert({
        where: { id: 1 },
        create: { id: 1, hash, updatedAt: new Date() },
        update: { hash, updatedAt: new Date() },
      });
    },
    { maxWait: 60_000, timeout: 60_000 },
  );
}
