import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openDatabase } from '@/lib/db';
import { DEFAULT_MIGRATIONS_DIR } from '@/lib/migrate';

// A new PGlite data folder starts as a copy of a migrated and seeded one (made at build time by
// scripts/pglite-template.mjs) instead of running initdb, the migrations and the seed. A copy of a template
// made from older migrations or older default data is brought up to date on open.
let root: string;
let template: string;

/** When the seed last wrote, and what it loaded: the seed skips a database whose hash is its own. */
async function seedState(dataDir: string): Promise<{ hash: string; updatedAt: Date }[]> {
  const pglite = await PGlite.create(dataDir);
  try {
    return (await pglite.query<{ hash: string; updatedAt: Date }>(`SELECT hash, "updatedAt" FROM "SeedState"`)).rows;
  } finally {
    await pglite.close();
  }
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'sandbox-template-test-'));
  template = path.join(root, 'template');
  await (await openDatabase({ dataDir: template, templateDir: false, seed: true })).close();
  // Tells a copy of the template from a folder initdb made (PostgreSQL ignores other files in its folder).
  writeFileSync(path.join(template, 'made-from-template'), '');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a new PGlite data folder from the template', () => {
  it('is a copy: nothing left to migrate, the seed skipped, the default data there', async () => {
    const before = await seedState(template);
    expect(before).toHaveLength(1);
    const dataDir = path.join(root, 'missing', 'data');
    const opened = await openDatabase({ dataDir, templateDir: template, seed: true });
    try {
      expect(readdirSync(dataDir)).toContain('made-from-template');
      expect(opened.migrations.applied).toEqual([]);
      expect(opened.migrations.alreadyApplied.length).toBe(
        readdirSync(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).length,
      );
      expect(await opened.prisma.organization.count()).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
    expect(await seedState(dataDir)).toEqual(before);
  });

  it('is brought up to date when the template was made from older migrations', async () => {
    // A template made before the last migration, without the seed that needs it.
    const migrations = path.join(root, 'older-migrations');
    cpSync(DEFAULT_MIGRATIONS_DIR, migrations, { recursive: true });
    const folders = readdirSync(migrations, { withFileTypes: true }).filter((e) => e.isDirectory());
    const last = folders
      .map((e) => e.name)
      .sort()
      .at(-1)!;
    rmSync(path.join(migrations, last), { recursive: true });
    const older = path.join(root, 'older-template');
    await (await openDatabase({ dataDir: older, templateDir: false, migrationsDir: migrations })).close();

    const dataDir = path.join(root, 'from-older');
    const opened = await openDatabase({ dataDir, templateDir: older, seed: true });
    try {
      expect(opened.migrations.applied).toEqual([last]);
      expect(await opened.prisma.organization.count()).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
  });

  it('is seeded again when the template holds older default data', async () => {
    const older = path.join(root, 'older-seed');
    cpSync(template, older, { recursive: true });
    const pglite = await PGlite.create(older);
    await pglite.exec(`UPDATE "SeedState" SET hash = 'older', "updatedAt" = '2020-01-01T00:00:00Z'; DELETE FROM "Organization"`);
    await pglite.close();

    const dataDir = path.join(root, 'from-older-seed');
    const opened = await openDatabase({ dataDir, templateDir: older, seed: true });
    try {
      expect(await opened.prisma.organization.count()).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
    const [state] = await seedState(dataDir);
    expect(state.hash).not.toBe('older');
    expect(state.updatedAt.getTime()).toBeGreaterThan(Date.parse('2020-01-02'));
  });

  it('fills an empty existing folder, and never replaces a database already there', async () => {
    const empty = path.join(root, 'empty');
    mkdirSync(empty);
    const opened = await openDatabase({ dataDir: empty, templateDir: template });
    await opened.close();
    expect(readdirSync(empty)).toContain('made-from-template');

    // The folder the first test made from the template, changed: opened again, it is the same database.
    const dataDir = path.join(root, 'missing', 'data');
    rmSync(path.join(dataDir, 'made-from-template'));
    const first = await openDatabase({ dataDir, templateDir: template });
    const [org] = await first.prisma.organization.findMany({ take: 1, orderBy: { orgNo: 'asc' } });
    await first.prisma.organization.update({ where: { id: org.id }, data: { name: 'Changed after the copy' } });
    await first.close();
    const again = await openDatabase({ dataDir, templateDir: template, seed: true });
    try {
      expect(readdirSync(dataDir)).not.toContain('made-from-template');
      expect(again.migrations.applied).toEqual([]);
      expect((await again.prisma.organization.findUniqueOrThrow({ where: { id: org.id } })).name).toBe('Changed after the copy');
    } finally {
      await again.close();
    }
  });
});
