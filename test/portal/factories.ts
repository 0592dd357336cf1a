import { randomInt, randomUUID } from 'node:crypto';

import { db } from '@/lib/db';
import type { RoleCode } from '@/lib/generated/prisma/enums';
import { withOrgCheckDigit } from '@/lib/identifiers';

// Unique test data for the portal tests, so test files run in parallel on one seeded catalogue.

export async function makeOrg(name = 'Testbedrift AS') {
  let orgNo: string | null = null;
  while (!orgNo) orgNo = withOrgCheckDigit(String(randomInt(20_000_000, 29_999_999)));
  return (await db()).organization.create({ data: { id: randomUUID(), orgNo, name: `${name} ${orgNo}` } });
}

export async function makePerson(options: { orgId: string; roles: RoleCode[]; rights?: string[]; packages?: string[] }) {
  const prisma = await db();
  const pid = String(randomInt(10_000_000, 99_999_999)) + String(randomInt(100, 999));
  const person = await prisma.person.create({ data: { id: randomUUID(), pid, name: `Test Person ${pid}` } });
  await prisma.role.createMany({ data: options.roles.map((code) => ({ personId: person.id, organizationId: options.orgId, code })) });
  await prisma.personRight.createMany({
    data: (options.rights ?? []).map((resourceId) => ({ personId: person.id, organizationId: options.orgId, resourceId })),
  });
  await prisma.personPackage.createMany({
    data: (options.packages ?? []).map((packageUrn) => ({ personId: person.id, organizationId: options.orgId, packageUrn })),
  });
  return person;
}

export async function makeSystem(options: { vendorOrgNo: string; rights: string[]; packages: string[]; visible?: boolean }) {
  const systemId = `${options.vendorOrgNo}_test${randomInt(1_000_000)}`;
  return (await db()).registeredSystem.create({
    data: {
      id: randomUUID(),
      systemId,
      vendorOrgNo: options.vendorOrgNo,
      name: { nb: `System ${systemId}`, nn: `System ${systemId}`, en: `System ${systemId}` },
      description: { nb: 'Test', nn: 'Test', en: 'Test' },
      rights: options.rights.map((value) => ({ resource: [{ id: 'urn:altinn:resource', value }] })),
      accessPackages: options.packages,
      isVisible: options.visible ?? true,
    },
  });
}

export async function makeAgentSystemUser(options: { orgNo: string; systemInternalId: string; packages: string[] }) {
  const prisma = await db();
  const id = randomUUID();
  const externalRef = `ref-${id}`;
  await prisma.request.create({
    data: {
      id,
      type: 'agent',
      systemInternalId: options.systemInternalId,
      partyOrgNo: options.orgNo,
      externalRef,
      accessPackages: options.packages,
      status: 'Accepted',
    },
  });
  return prisma.systemUser.create({
    data: {
      id,
      type: 'agent',
      integrationTitle: 'Agent for klienter',
      systemInternalId: options.systemInternalId,
      reporteeOrgNo: options.orgNo,
      externalRef,
      accessPackages: options.packages,
    },
  });
}
