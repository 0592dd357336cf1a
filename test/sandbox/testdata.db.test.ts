import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { exportJWK, importJWK } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';

import * as testdata from '@/app/sandbox/api/v1/testdata/route';
import * as schema from '@/app/sandbox/api/v1/testdata/schema/route';
import { db } from '@/lib/db';
import { listDirectory } from '@/lib/parties/list-directory';
import { smartcloudKey, superregnskapKey } from '@/lib/seed/vendor-keys';
import { testDataJsonSchema } from '@/lib/testdata/document';
import { loadTestDataFile, parseTestData } from '@/lib/testdata/load';

import { useTestDatabase } from '../support/database';
import { uniqueOrgNo, uniquePid } from '../support/factories';
import { call } from '../support/routes';

const getDb = useTestDatabase();

const root = path.resolve(import.meta.dirname, '../..');
const defaultDocument = JSON.parse(readFileSync(path.join(root, 'testdata/default.json'), 'utf8'));
const PKG = 'urn:altinn:accesspackage:';

const TABLES = [
  'Organization',
  'Person',
  'Role',
  'PersonRight',
  'PersonPackage',
  'ClientRelation',
  'RegisteredSystem',
  'MaskinportenClient',
  'MaskinportenClientKey',
];

async function snapshot(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of TABLES)
    out[table] = (await getDb().driver.query<{ row: string }>(`SELECT t::text AS row FROM "${table}" t ORDER BY 1`)).map((r) => r.row);
  return out;
}

/** A team's document: an accounting firm, a customer, two persons, a client relation, a system and a client. */
function teamDocument() {
  const firm = uniqueOrgNo();
  const customer = uniqueOrgNo();
  const vendor = uniqueOrgNo();
  const publicJwk = {
    kty: 'RSA',
    n: smartcloudKey.privateJwk.n,
    e: smartcloudKey.privateJwk.e,
    kid: 'team-key-1',
    alg: 'RS256',
    use: 'sig',
  };
  return {
    firm,
    customer,
    vendor,
    doc: {
      organizations: [
        { orgNo: firm, name: 'Tenor Regnskap AS' },
        { orgNo: customer, name: 'Tenor Kunde AS', unitType: 'ASA' },
        { orgNo: vendor, name: 'Tenor Leverandør AS' },
      ],
      persons: [
        {
          pid: uniquePid(),
          name: 'Tenor Daglig Leder',
          access: [
            { orgNo: customer, roles: ['DAGL', 'TILGANGSSTYRER'], rights: ['ske-krav-og-betalinger'], packages: [`${PKG}skattegrunnlag`] },
          ],
        },
        { pid: uniquePid(), name: 'Tenor Klientadmin', access: [{ orgNo: firm, roles: ['KLIENTADMINISTRATOR'] }] },
      ],
      clientRelations: [{ facilitatorOrgNo: firm, clientOrgNo: customer, roleCode: 'REGN', accessPackages: [`${PKG}regnskapsforer-lonn`] }],
      systems: [
        {
          systemId: `${vendor}_tenor`,
          vendorOrgNo: vendor,
          name: { nb: 'Tenor-system', nn: 'Tenor-system', en: 'Tenor system' },
          description: { nb: 'Test', nn: 'Test', en: 'Test' },
          rights: [{ resource: [{ id: 'urn:altinn:resource', value: 'ske-krav-og-betalinger' }] }],
          accessPackages: [`${PKG}skattegrunnlag`],
          clientIds: [`tenor-${vendor}`],
          allowedRedirectUrls: ['https://tenor.example/done'],
        },
      ],
      maskinportenClients: [
        {
          clientId: `tenor-${vendor}`,
          orgNo: vendor,
          name: 'Tenor client',
          scopes: ['altinn:authentication/systemuser.request.write'],
          keys: [{ kid: 'team-key-1', publicJwk }],
        },
      ],
    },
  };
}

describe('the default test data document (testdata/default.json)', () => {
  it('is a valid document whose public keys are those of the published vendor keys', async () => {
    const doc = parseTestData(defaultDocument);
    expect(doc.organizations.length).toBeGreaterThanOrEqual(10);
    for (const key of [smartcloudKey, superregnskapKey]) {
      const client = doc.maskinportenClients.find((c) => c.clientId === key.clientId)!;
      const publicOfPrivate = await exportJWK(
        (await importJWK({ ...key.privateJwk, alg: 'RS256' }, 'RS256', { extractable: true })) as CryptoKey,
      );
      expect(client.keys[0].publicJwk).toMatchObject({ n: publicOfPrivate.n, e: publicOfPrivate.e, kid: key.kid });
    }
  });

  it('ships its JSON Schema, and the sandbox serves the same one', async () => {
    const shipped = JSON.parse(readFileSync(path.join(root, 'testdata/testdata.schema.json'), 'utf8'));
    expect(shipped).toEqual(testDataJsonSchema());
    const served = await call(schema.GET, '/testdata/schema');
    expect(served.status).toBe(200);
    expect(served.json).toEqual(shipped);
    expect(served.json.properties.persons.type).toBe('array');
  });
});

describe('POST /sandbox/api/v1/testdata', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('adds a team document once: loading it again changes nothing, and the front page lists it', async () => {
    const { doc, firm, customer, vendor } = teamDocument();
    const first = await call(testdata.POST, '/testdata', { body: doc });
    expect(first.status).toBe(200);
    expect(first.json.added).toEqual({ organizations: 3, persons: 2, clientRelations: 1, systems: 1, maskinportenClients: 1 });
    const before = await snapshot();
    const second = await call(testdata.POST, '/testdata', { body: doc });
    expect(second.json.added).toEqual({ organizations: 0, persons: 0, clientRelations: 0, systems: 0, maskinportenClients: 0 });
    expect(await snapshot()).toEqual(before);

    const prisma = await db();
    const leader = await prisma.person.findUniqueOrThrow({
      where: { pid: doc.persons[0].pid },
      include: { roles: true, rights: true, packages: true },
    });
    expect(leader.roles.map((r) => r.code).sort()).toEqual(['DAGL', 'TILGANGSSTYRER']);
    expect(leader.packages.map((p) => p.packageUrn)).toEqual([`${PKG}skattegrunnlag`]);
    const relation = await prisma.clientRelation.findMany({ where: { facilitator: { orgNo: firm } }, include: { client: true } });
    expect(relation.map((r) => [r.client.orgNo, r.roleCode])).toEqual([[customer, 'REGN']]);
    expect((await prisma.organization.findUniqueOrThrow({ where: { orgNo: customer } })).unitType).toBe('ASA');
    expect((await prisma.maskinportenClientKey.findMany({ where: { clientId: `tenor-${vendor}` } })).length).toBe(1);

    const directory = await listDirectory();
    expect(JSON.stringify(directory)).toContain('Tenor Kunde AS');
    expect(JSON.stringify(directory)).toContain(doc.persons[0].pid);
    expect(JSON.stringify(directory)).toContain(`${vendor}_tenor`);
  });

  it('a bad document is refused with 400 naming each entry and field, and writes nothing', async () => {
    const before = await snapshot();
    const { doc } = teamDocument();
    const badPid = structuredClone(doc);
    badPid.persons[1].pid = '12345678901';
    const answer = await call(testdata.POST, '/testdata', { body: badPid });
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.json.errors)).toEqual(['persons.1.pid']);

    // Valid in shape, but a reference the sandbox does not know: checked before anything is written.
    const badRef = structuredClone(doc);
    badRef.persons[0].access[0].orgNo = uniqueOrgNo();
    badRef.clientRelations[0].accessPackages = [`${PKG}no-such-package`];
    const refused = await call(testdata.POST, '/testdata', { body: badRef });
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.json.errors).sort()).toEqual(['clientRelations.0.accessPackages.0', 'persons.0.access.0.orgNo']);
    expect(refused.json.errors['persons.0.access.0.orgNo'][0]).toMatch(/neither in the document's organizations nor in the sandbox/);

    const privateKey = structuredClone(doc);
    (privateKey.maskinportenClients[0].keys[0].publicJwk as Record<string, string>).d = smartcloudKey.privateJwk.d;
    expect(Object.keys((await call(testdata.POST, '/testdata', { body: privateKey })).json.errors)).toEqual([
      'maskinportenClients.0.keys.0.publicJwk',
    ]);

    expect((await call(testdata.POST, '/testdata', { body: { ...doc, extra: 1 } })).status).toBe(400);
    expect((await call(testdata.POST, '/testdata', { body: '[1' })).status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it('SANDBOX_DATA: a bad file says where, a good one loads', async () => {
    const { doc } = teamDocument();
    const file = path.join(tmpdir(), `extras-testdata-${process.pid}.json`);
    const bad = structuredClone(doc);
    bad.organizations[2].orgNo = '123456789';
    writeFileSync(file, JSON.stringify(bad));
    await expect(loadTestDataFile(await db(), file)).rejects.toThrow(/organizations\.2\.orgNo: Not a valid organisation number/);
    writeFileSync(file, JSON.stringify(doc));
    expect((await loadTestDataFile(await db(), file)).organizations).toBe(3);
  });

  it('is guarded like the test tools', async () => {
    vi.resetModules();
    vi.stubEnv('TESTTOOLS_ENABLED', 'false');
    const off = (await import('@/app/sandbox/api/v1/testdata/route')) as typeof testdata;
    expect((await call(off.POST, '/testdata', { body: teamDocument().doc })).status).toBe(404);
    vi.unstubAllEnvs();
    vi.resetModules();
  });
});
