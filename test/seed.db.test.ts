import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { seed } from '@/lib/seed';
import { accessPackages, resources } from '@/lib/seed/catalogue';
import { organizations, persons } from '@/lib/seed/parties';

import { createTestDatabase, type TestDatabase } from './support/database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase({ seed: true });
});

afterAll(async () => {
  await database?.close();
});

const TABLES = [
  'Organization',
  'Person',
  'Role',
  'PersonRight',
  'PersonPackage',
  'ClientRelation',
  'Resource',
  'AccessPackageArea',
  'AccessPackage',
  'AccessPackageResource',
  'RegisteredSystem',
  'MaskinportenClient',
  'MaskinportenClientKey',
];

/** Every row of every seeded table, as text, in a stable order. */
async function snapshot(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of TABLES) {
    const rows = await database.driver.query<{ row: string }>(`SELECT t::text AS row FROM "${table}" t ORDER BY 1`);
    out[table] = rows.map((r) => r.row);
  }
  return out;
}

describe('default test data', () => {
  it('is the same after loading it a second time', async () => {
    const before = await snapshot();
    await seed(database.prisma, database.driver);
    expect(await snapshot()).toEqual(before);
  });

  it('holds what the contract promises', async () => {
    const prisma = database.prisma;
    expect(await prisma.organization.count()).toBe(organizations.length);
    expect(await prisma.person.count()).toBe(persons.length);
    expect(await prisma.accessPackage.count()).toBeGreaterThanOrEqual(20);
    expect(await prisma.resource.count()).toBe(resources.length);

    const smartcloud = await prisma.registeredSystem.findUniqueOrThrow({ where: { systemId: '991825827_smartcloud' } });
    expect(smartcloud).toMatchObject({
      vendorOrgNo: '991825827',
      isVisible: true,
      accessPackages: ['urn:altinn:accesspackage:skattegrunnlag'],
      allowedRedirectUrls: ['https://smartcloudxxxx/receipt'],
      rights: [{ resource: [{ id: 'urn:altinn:resource', value: 'ske-krav-og-betalinger' }] }],
    });
    const client = await prisma.maskinportenClient.findUniqueOrThrow({ where: { clientId: smartcloud.clientIds[0] } });
    expect(client.orgNo).toBe('991825827');

    const superRegnskap = await prisma.registeredSystem.findUniqueOrThrow({ where: { systemId: '312605031_SuperRegnskap' } });
    expect(superRegnskap.accessPackages).toHaveLength(6);
    const clientPackages = await prisma.accessPackage.findMany({ where: { urn: { in: superRegnskap.accessPackages } } });
    expect(clientPackages.every((p) => p.isDelegable && !p.isAssignable)).toBe(true);

    // Kari: access manager of the bakery, holding every right and package SmartCloud asks for.
    const kari = await prisma.person.findUniqueOrThrow({
      where: { pid: '12858540036' },
      include: { roles: { include: { organization: true } }, rights: true, packages: true },
    });
    expect(kari.roles.map((r) => `${r.organization.orgNo}:${r.code}`).sort()).toEqual(['314248295:DAGL', '314248295:TILGANGSSTYRER']);
    expect(kari.rights.map((r) => r.resourceId)).toContain('ske-krav-og-betalinger');
    expect(kari.packages.map((p) => p.packageUrn)).toContain('urn:altinn:accesspackage:skattegrunnlag');

    const per = await prisma.person.findUniqueOrThrow({ where: { pid: '24829040049' }, include: { roles: true } });
    expect(per.roles.map((r) => r.code)).toEqual(['REPRESENTANT']);

    const facilitator = await prisma.organization.findUniqueOrThrow({
      where: { orgNo: '310495670' },
      include: { clientsAsFacilitator: { include: { client: true } } },
    });
    const clients = new Set(facilitator.clientsAsFacilitator.map((r) => r.client.orgNo));
    for (const orgNo of ['313469999', '310178217', '310365882']) expect(clients.has(orgNo), orgNo).toBe(true);
    const roles = new Set(facilitator.clientsAsFacilitator.map((r) => r.roleCode));
    expect(roles.has('REGN') && roles.has('REVI')).toBe(true);
  });

  it('names every package in three languages and gives it a known area', async () => {
    for (const p of accessPackages) {
      expect(p.urn).toMatch(/^urn:altinn:accesspackage:[a-z0-9-]+$/);
      expect(p.name.every((n) => n.length > 0)).toBe(true);
    }
    const areas = await database.prisma.accessPackageArea.findMany({ include: { packages: true } });
    for (const area of areas) expect(area.packages.length, area.urn).toBeGreaterThan(0);
  });

  it('does not overwrite what users changed', async () => {
    await database.prisma.registeredSystem.update({
      where: { systemId: '991825827_smartcloud' },
      data: { allowedRedirectUrls: ['https://smartcloud.example/changed'] },
    });
    await seed(database.prisma, database.driver);
    const system = await database.prisma.registeredSystem.findUniqueOrThrow({ where: { systemId: '991825827_smartcloud' } });
    expect(system.allowedRedirectUrls).toEqual(['https://smartcloud.example/changed']);
  });
});
