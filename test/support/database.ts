import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database, type OpenOptions } from '@/lib/db';

export type TestDbKind = 'pglite' | 'postgres';

export function testDbKind(): TestDbKind {
  return process.env.TEST_DB_KIND === 'postgres' ? 'postgres' : 'pglite';
}

export interface TestDatabase extends Database {
  kind: TestDbKind;
  /** A postgres:// URL of this test's own database (PostgreSQL only). */
  url?: string;
}

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  return url;
}

/** Creates an empty PostgreSQL database of its own for one test file, and returns its URL and a dropper. */
export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `sandbox_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
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
  const opened = await openDatabase({ ...options, dataDir: 'memory://' });
  return { ...opened, kind: 'pglite' };
}
