import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';

import { openDatabase } from '@/lib/db';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PGlite data folder, migrated and seeded, dumped to a file once per run (see createTestDatabase). */
    seededPglite: string;
  }
}

// Vitest's global setup: initdb, the migrations and the seed take about 4 s of CPU on PGlite, and some forty
// test files each want a seeded database. They are done once here; each file loads the dump (about 0.5 s).
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = await mkdtemp(path.join(tmpdir(), 'sandbox-seeded-pglite-'));
  const file = path.join(folder, 'seeded.tar');
  const dataDir = path.join(folder, 'data');
  await (await openDatabase({ dataDir, templateDir: false, seed: true })).close();
  const pglite = await PGlite.create(dataDir);
  try {
    await writeFile(file, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
  } finally {
    await pglite.close();
  }
  await rm(dataDir, { recursive: true, force: true });
  project.provide('seededPglite', file);
  return () => rm(folder, { recursive: true, force: true });
}
