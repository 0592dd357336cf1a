import { openDatabase, type Database, type OpenOptions } from '@/lib/db';
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
