import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openDatabase } from '@/lib/db';

// A new PGlite data folder starts as a copy of an empty, initialised one (made at build time) instead of
// running initdb; migrations and the seed still run on the copy.
let root: string;
let template: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'sandbox-template-test-'));
  template = path.join(root, 'template');
  const pglite = await PGlite.create(template);
  await pglite.close();
  // Tells a copy of the template from a folder initdb made (PostgreSQL ignores other files in its folder).
  writeFileSync(path.join(template, 'made-from-template'), '');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a new PGlite data folder from the template', () => {
  it('is migrated and seeded, and the template stays empty', async () => {
    const dataDir = path.join(root, 'missing', 'data');
    const opened = await openDatabase({ dataDir, templateDir: template, seed: true });
    try {
      expect(readdirSync(dataDir)).toContain('made-from-template');
      expect(opened.migrations.applied.length).toBeGreaterThan(0);
      expect(await opened.prisma.organization.count()).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
    const again = await PGlite.create(template);
    const tables = await again.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    await again.close();
    expect(tables.rows).toEqual([{ n: 0 }]);
  });

  it('fills an empty existing folder, and never replaces a database already there', async () => {
    const empty = path.join(root, 'empty');
    mkdirSync(empty);
    const opened = await openDatabase({ dataDir: empty, templateDir: template });
    await opened.close();
    expect(readdirSync(empty)).toContain('made-from-template');

    // The folder the first test made and seeded: opened again, its data is all there.
    const existing = await openDatabase({ dataDir: path.join(root, 'missing', 'data'), templateDir: template });
    try {
      expect(existing.migrations.applied).toEqual([]);
      expect(await existing.prisma.organization.count()).toBeGreaterThan(0);
    } finally {
      await existing.close();
    }
  });
});
