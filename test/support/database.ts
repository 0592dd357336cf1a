import { readFile } from 'node:fs/promises';

import { afterAll, beforeAll, inject } from 'vitest';

import { forgetSigningKey } from '@/lib/auth/signing-keys';
import { forgetPublishedKeys } from '@/lib/auth/verify-token';
import { closeDatabase, type Database, openDatabase, type OpenOptions, useDatabase } from '@/lib/db';

import { createPostgresDatabase } from './postgres';

export { createPostgresDatabase };

export type TestDbKind = 'pglite' | 'postgres';

export function testDbKind(): TestDbKind {
  return process.env.TEST_DB_KIND === 'postgres' ? 'postgres' : 'pglite';
}

export interface TestDatabase extends Database {
  kind: TestDbKind;
  /** A postgres:// URL of this test's own database (PostgreSQL only). */
  url?: string;
}

let dump: Promise<Blob> | undefined;

/**
 * The migrated and seeded PGlite database that the global setup (seeded-pglite.ts) dumped, for a seeded
 * database with the default migrations; a test of the migrations or of an empty database starts from initdb.
 */
function seededDump(options: Omit<OpenOptions, 'url' | 'dataDir'>): Promise<Blob> | undefined {
  if (!options.seed || options.migrationsDir) return undefined;
  dump ??= readFile(inject('seededPglite')).then((bytes) => new Blob([bytes]));
  return dump;
}

/** A fresh, migrated database for one test file, on the kind of database this test project runs on. */
export async function createTestDatabase(options: Omit<OpenOptions, 'url' | 'dataDir'> = {}): Promise<TestDatabase> {
  if (testDbKind() === 'postgres') {
    const { url, drop } = await createPostgresDatabase();
    const opened = await openDatabase({ ...options, url });
    return {
      ...opened,
      kind: 'postgres',
      url,
      async close() {
        await opened.close();
        await drop();
      },
    };
  }
  const opened = await openDatabase({ ...options, dataDir: 'memory://', loadDataDir: await seededDump(options) });
  return { ...opened, kind: 'pglite' };
}

/**
 * Gives the test file's describe block (or the whole file, called at the top level) a fresh seeded database
 * as the app's database, closed after the last test. Call it before registering the file's own hooks, so
 * their beforeAll runs with the database in place and their afterAll before it is closed.
 */
export function useTestDatabase(): () => TestDatabase {
  let database: TestDatabase | undefined;
  // The signing key and the verified-token caches live for the process and belong to one database's keys.
  beforeAll(async () => {
    forgetSigningKey();
    forgetPublishedKeys();
    database = await createTestDatabase({ seed: true });
    useDatabase(database);
  }, 120_000);
  afterAll(async () => {
    forgetSigningKey();
    forgetPublishedKeys();
    await closeDatabase();
  });
  return () => {
    if (!database) throw new Error('useTestDatabase: the database is opened in beforeAll');
    return database;
  };
}
