import { randomInt, randomUUID } from 'node:crypto';

import { db } from '@/lib/db';
import type { RoleCode } from '@/lib/generated/prisma/enums';
import { isValidPid, withOrgCheckDigit } from '@/lib/identifiers';

// Test data with unique values, so test files share one seeded catalogue and run in parallel.

const PKG = 'urn:altinn:accesspackage:';
/** Seeded catalogue entries the factories default to. */
export const CATALOGUE = {
  assignable: [`${PKG}skattegrunnlag`, `${PKG}merverdiavgift`],
  delegable: [`${PKG}ansvarlig-revisor`, `${PKG}regnskapsforer-lonn`],
  rights: ['ske-krav-og-betalinger', 'ske-mva-melding'],
};

/** A fresh org number that passes mod-11 and is not used yet (random in a range the seed does not use). */
export function uniqueOrgNo(): string {
  for (;;) {
    const orgNo = withOrgCheckDigit(String(randomInt(40_000_000, 49_999_999)));
    if (orgNo) return orgNo;
  }
}

/** A synthetic person number (month + 80) with valid check digits. */
export function uniquePid(): string {
  for (;;) {
    const day = String(randomInt(1, 29)).padStart(2, '0');
    const month = String(randomInt(81, 93)).padStart(2, '0');
    const pid = `${day}${month}${randomInt(50, 99)}${String(randomInt(0, 100_000)).padStart(5, '0')}`;
    if (isValidPid(pid)) return pid;
  }
}

export async function createOrganization(options: { name?: string; orgNo?: string } = {}) {
  const orgNo = options.orgNo ?? uniqueOrgNo();
  return (await db()).organization.create({
    data: { id: randomUUID(), orgNo, name: options.name ?? `Testbedrift ${orgNo} AS` },
  });
}

export async function createPerson(options: { orgId: string; roles: RoleCode[]; rights?: string[]; packages?: string[] }) {
  const prisma = await db();
  const pid = uniquePid();
  const person = await prisma.person.create({ data: { id: randomUUID(), pid, name: `Testperson ${pid}` } });
  const key = { personId: person.id, organizationId: options.orgId };
  await prisma.role.createMany({ data: options.roles.map((code) => ({ ...key, code })) });
  await prisma.personRight.createMany({ data: (options.rights ?? []).map((resourceId) => ({ ...key, resourceId })) });
  await prisma.personPackage.createMany({ data: (options.packages ?? []).map((packageUrn) => ({ ...key, packageUrn })) });
  return person;
}

/** A vendor organisation with one system. Defaults: two rights, two assignable packages, one redirect URL. */
export async function createSystem(
  options: { vendorOrgNo?: string; rights?: string[]; packages?: string[]; redirectUrls?: string[]; deleted?: boolean } = {},
) {
  const vendor = options.vendorOrgNo ?? (await createOrganization({ name: 'Leverandør' })).orgNo;
  const systemId = `${vendor}_test${randomInt(1_000_000_000)}`;
  const system = await (
    await db()
  ).registeredSystem.create({
    data: {
      id: randomUUID(),
      systemId,
      vendorOrgNo: vendor,
      name: { nb: `System ${systemId}`, nn: `System ${systemId}`, en: `System ${systemId}` },
      description: { nb: 'Test', nn: 'Test', en: 'Test' },
      rights: (options.rights ?? CATALOGUE.rights).map((value) => ({ resource: [{ id: 'urn:altinn:resource', value }] })),
      accessPackages: options.packages ?? CATALOGUE.assignable,
      allowedRedirectUrls: options.redirectUrls ?? ['https://vendor.example/receipt'],
      isDeleted: options.deleted ?? false,
    },
  });
  return { vendorOrgNo: vendor, system };
}

/** A customer organisation with an access manager holding the given rights and packages (default: everything). */
export async function createCustomer(options: { rights?: string[]; packages?: string[]; roles?: RoleCode[] } = {}) {
  const organization = await createOrganization();
  const manager = await createPerson({
    orgId: organization.id,
    roles: options.roles ?? ['TILGANGSSTYRER'],
    rights: options.rights ?? CATALOGUE.rights,
    packages: options.packages ?? CATALOGUE.assignable,
  });
  return { organization, manager };
}

export const resourceRight = (value: string) => ({ resource: [{ id: 'urn:altinn:resource', value }] });

/** A system user of the system for the organisation, written directly (default: standard, externalRef = the org number). */
export async function createSystemUser(options: {
  systemInternalId: string;
  orgNo: string;
  externalRef?: string;
  type?: 'standard' | 'agent';
}) {
  return (await db()).systemUser.create({
    data: {
      id: randomUUID(),
      type: options.type ?? 'standard',
      integrationTitle: 'x',
      systemInternalId: options.systemInternalId,
      reporteeOrgNo: options.orgNo,
      externalRef: options.externalRef ?? options.orgNo,
    },
  });
}
