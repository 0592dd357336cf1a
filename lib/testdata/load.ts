import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

import { bindingErrors, DomainError } from '../errors';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import type { LoadSummary } from '../schemas/sandbox';
import { type TestDataDocument, testDataDocument } from './document';

// Loads a test data document (./document.ts) in one transaction. Every reference is checked first (an
// organisation, resource or access package that is neither in the document nor in the database), and any
// problem is reported with the entry and field, e.g. `persons.2.access.0.orgNo`, before anything is written.
// Rows are only added, never changed: loading the same document twice changes nothing, and an entry that
// already exists (same org number, pid, systemId, clientId) is kept as it is.

/** Invalid test data, with the entry and field of each problem. */
export class TestDataError extends DomainError {
  constructor(readonly problems: Record<string, string[]>) {
    super('invalid', { fields: problems });
  }
}

/** A stable uuid for an entry without one, so the same document always makes the same rows. */
export function derivedId(kind: string, key: string): string {
  const h = createHash('sha256').update(`systembruker-sandbox:${kind}:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Parses a document, or throws TestDataError naming each bad entry and field. */
export function parseTestData(value: unknown): TestDataDocument {
  const parsed = testDataDocument.safeParse(value);
  if (!parsed.success) throw new TestDataError(bindingErrors(parsed.error));
  return parsed.data;
}

async function checkReferences(tx: Prisma.TransactionClient, doc: TestDataDocument): Promise<void> {
  const problems: Record<string, string[]> = {};
  const report = (path: (string | number)[], message: string) => (problems[path.join('.')] ??= []).push(message);

  const orgNos = new Set(doc.organizations.map((o) => o.orgNo));
  const wantedOrgs = new Set<string>();
  doc.persons.forEach((p) => p.access.forEach((a) => wantedOrgs.add(a.orgNo)));
  doc.clientRelations.forEach((r) => [r.facilitatorOrgNo, r.clientOrgNo].forEach((o) => wantedOrgs.add(o)));
  doc.systems.forEach((s) => wantedOrgs.add(s.vendorOrgNo));
  doc.maskinportenClients.forEach((c) => wantedOrgs.add(c.orgNo));
  const stored = await tx.organization.findMany({
    where: { orgNo: { in: [...wantedOrgs].filter((o) => !orgNos.has(o)) } },
    select: { orgNo: true },
  });
  stored.forEach((o) => orgNos.add(o.orgNo));

  const resourceIds = new Set<string>();
  const packageUrns = new Set<string>();
  doc.persons.forEach((p) => p.access.forEach((a) => (a.rights ?? []).forEach((r) => resourceIds.add(r))));
  doc.persons.forEach((p) => p.access.forEach((a) => (a.packages ?? []).forEach((u) => packageUrns.add(u))));
  doc.clientRelations.forEach((r) => r.accessPackages.forEach((u) => packageUrns.add(u)));
  doc.systems.forEach((s) => s.accessPackages.forEach((u) => packageUrns.add(u)));
  doc.systems.forEach((s) =>
    s.rights.forEach((r) => r.resource.forEach((x) => x.id === 'urn:altinn:resource' && resourceIds.add(x.value))),
  );
  const [resources, packages] = await Promise.all([
    tx.resource.findMany({ where: { id: { in: [...resourceIds] } }, select: { id: true } }),
    tx.accessPackage.findMany({ where: { urn: { in: [...packageUrns] } }, select: { urn: true } }),
  ]);
  const knownResources = new Set(resources.map((r) => r.id));
  const knownPackages = new Set(packages.map((p) => p.urn));

  const org = (path: (string | number)[], value: string) => {
    if (!orgNos.has(value)) report(path, `Organisation ${value} is neither in the document's organizations nor in the sandbox.`);
  };
  const pkgs = (path: (string | number)[], urns: string[]) =>
    urns.forEach((u, i) => knownPackages.has(u) || report([...path, i], `Unknown access package ${u}.`));

  doc.persons.forEach((p, i) =>
    p.access.forEach((a, j) => {
      org(['persons', i, 'access', j, 'orgNo'], a.orgNo);
      (a.rights ?? []).forEach(
        (r, k) => knownResources.has(r) || report(['persons', i, 'access', j, 'rights', k], `Unknown resource ${r}.`),
      );
      pkgs(['persons', i, 'access', j, 'packages'], a.packages ?? []);
    }),
  );
  doc.clientRelations.forEach((r, i) => {
    org(['clientRelations', i, 'facilitatorOrgNo'], r.facilitatorOrgNo);
    org(['clientRelations', i, 'clientOrgNo'], r.clientOrgNo);
    if (r.facilitatorOrgNo === r.clientOrgNo) report(['clientRelations', i, 'clientOrgNo'], 'An organisation cannot be its own client.');
    pkgs(['clientRelations', i, 'accessPackages'], r.accessPackages);
  });
  doc.systems.forEach((s, i) => {
    org(['systems', i, 'vendorOrgNo'], s.vendorOrgNo);
    pkgs(['systems', i, 'accessPackages'], s.accessPackages);
    s.rights.forEach((r, j) =>
      r.resource.forEach((x, k) => {
        if (x.id === 'urn:altinn:resource' && !knownResources.has(x.value))
          report(['systems', i, 'rights', j, 'resource', k, 'value'], `Unknown resource ${x.value}.`);
      }),
    );
  });
  doc.maskinportenClients.forEach((c, i) => org(['maskinportenClients', i, 'orgNo'], c.orgNo));
  if (Object.keys(problems).length) throw new TestDataError(problems);
}

/** Adds one group of rows, those with and those without the optional columns, so defaults fill the rest. */
function split<T extends object>(rows: T[], optional: (keyof T)[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const present = optional.filter((k) => row[k] !== undefined).join(',');
    groups.set(present, [...(groups.get(present) ?? []), row]);
  }
  return [...groups.values()];
}

/** Loads a parsed document in the caller's transaction. Returns how many rows of each kind were new. */
export async function loadTestDataIn(tx: Prisma.TransactionClient, doc: TestDataDocument): Promise<LoadSummary> {
  await checkReferences(tx, doc);
  const summary: LoadSummary = { organizations: 0, persons: 0, clientRelations: 0, systems: 0, maskinportenClients: 0 };

  const orgRows = doc.organizations.map(({ id, ...o }) => ({ ...o, id: id ?? derivedId('organization', o.orgNo) }));
  for (const group of split(orgRows, ['partyId']))
    summary.organizations += (await tx.organization.createMany({ skipDuplicates: true, data: group })).count;
  const wantedOrgs = new Set<string>();
  doc.persons.forEach((p) => p.access.forEach((a) => wantedOrgs.add(a.orgNo)));
  doc.clientRelations.forEach((r) => [r.facilitatorOrgNo, r.clientOrgNo].forEach((o) => wantedOrgs.add(o)));
  const orgIds = new Map(
    (await tx.organization.findMany({ where: { orgNo: { in: [...wantedOrgs] } }, select: { orgNo: true, id: true } })).map((o) => [
      o.orgNo,
      o.id,
    ]),
  );
  const orgId = (orgNo: string) => orgIds.get(orgNo)!;

  const personRows = doc.persons.map(({ id, access: _access, ...p }) => ({ ...p, id: id ?? derivedId('person', p.pid) }));
  for (const group of split(personRows, ['userId', 'partyId']))
    summary.persons += (await tx.person.createMany({ skipDuplicates: true, data: group })).count;
  const personIds = new Map(
    (await tx.person.findMany({ where: { pid: { in: doc.persons.map((p) => p.pid) } }, select: { pid: true, id: true } })).map((p) => [
      p.pid,
      p.id,
    ]),
  );
  for (const person of doc.persons) {
    const personId = personIds.get(person.pid)!;
    for (const access of person.access) {
      const organizationId = orgId(access.orgNo);
      await tx.role.createMany({ skipDuplicates: true, data: access.roles.map((code) => ({ personId, organizationId, code })) });
      await tx.personRight.createMany({
        skipDuplicates: true,
        data: (access.rights ?? []).map((resourceId) => ({ personId, organizationId, resourceId })),
      });
      await tx.personPackage.createMany({
        skipDuplicates: true,
        data: (access.packages ?? []).map((packageUrn) => ({ personId, organizationId, packageUrn })),
      });
    }
  }

  summary.clientRelations = (
    await tx.clientRelation.createMany({
      skipDuplicates: true,
      data: doc.clientRelations.map((r) => ({
        facilitatorId: orgId(r.facilitatorOrgNo),
        clientId: orgId(r.clientOrgNo),
        roleCode: r.roleCode,
        accessPackages: r.accessPackages,
      })),
    })
  ).count;

  summary.systems = (
    await tx.registeredSystem.createMany({
      skipDuplicates: true,
      data: doc.systems.map((s) => ({ ...s, id: s.id ?? derivedId('system', s.systemId), rights: s.rights.map((r) => ({ ...r })) })),
    })
  ).count;

  summary.maskinportenClients = (
    await tx.maskinportenClient.createMany({
      skipDuplicates: true,
      data: doc.maskinportenClients.map((c) => ({ clientId: c.clientId, orgNo: c.orgNo, name: c.name, scopes: c.scopes })),
    })
  ).count;
  await tx.maskinportenClientKey.createMany({
    skipDuplicates: true,
    data: doc.maskinportenClients.flatMap((c) =>
      c.keys.map((k) => {
        const { kty, n, e, kid, alg, use } = k.publicJwk;
        return { clientId: c.clientId, kid: k.kid, publicJwk: { kty, n, e, kid, alg, ...(use ? { use } : {}) } };
      }),
    ),
  });
  return summary;
}

/** Validates and loads a document in one transaction: on any problem nothing is written. */
export async function loadTestData(prisma: PrismaClient, value: unknown): Promise<LoadSummary> {
  const doc = parseTestData(value);
  return prisma.$transaction((tx) => loadTestDataIn(tx, doc), { maxWait: 15_000, timeout: 60_000 });
}

/** SANDBOX_DATA=path at start: a bad file is an error that says where. */
export async function loadTestDataFile(prisma: PrismaClient, file: string): Promise<LoadSummary> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`SANDBOX_DATA=${file}: ${(error as Error).message}`);
  }
  try {
    return await loadTestData(prisma, value);
  } catch (error) {
    if (error instanceof TestDataError) {
      const lines = Object.entries(error.problems).map(([path, messages]) => `  ${path}: ${messages.join(' ')}`);
      throw new Error(`SANDBOX_DATA=${file} is not valid test data, nothing was loaded:\n${lines.join('\n')}`);
    }
    throw error;
  }
}
