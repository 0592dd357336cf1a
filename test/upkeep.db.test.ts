import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { tidyTables, tidyTablesOnce } from '@/lib/upkeep';

import { createTestDatabase, type TestDatabase } from './support/database';

// The sandbox analyzes its tables itself where no autovacuum does (PGlite always, PostgreSQL when it is
// off). Without that, a create's look-up of its (system, customer, externalRef) walked every request of
// the system instead of probing the index made for it.

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase({ seed: true });
});

afterAll(async () => {
  await database?.close();
});

const LOOKUP = `
  EXPLAIN SELECT "id" FROM "Request"
   WHERE "systemInternalId" = (SELECT "id" FROM "RegisteredSystem" WHERE "systemId" = '991825827_smartcloud')
     AND "partyOrgNo" = '314248295' AND "externalRef" = 'ref-42' AND "type" = 'standard'
     AND "isDeleted" = false AND "status" <> 'Timedout'`;

/**
 * Runs `sql` and then tidies until the change shows: the statistics views see a write only once its
 * session has flushed its counters (asked for at once here, but done when the session is next idle).
 */
async function writeThenTidy(sql: string, expected: string): Promise<string[]> {
  await database.driver.withSession(async (session) => {
    await session.exec(sql);
    await session.query('SELECT pg_stat_force_next_flush()');
  });
  const deadline = Date.now() + 20_000;
  for (;;) {
    const done = await tidyTables(database.driver);
    if (done.includes(expected) || Date.now() > deadline) return done;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function plan(): Promise<string> {
  const rows = await database.driver.query<{ 'QUERY PLAN': string }>(LOOKUP);
  return rows.map((row) => row['QUERY PLAN']).join('\n');
}

describe('database upkeep', () => {
  it('analyzes the tables that changed, and then nothing until they change again', async () => {
    const insert = `
      INSERT INTO "Request" ("id", "type", "systemInternalId", "partyOrgNo", "externalRef", "accessPackages", "unwantedAccessPackages")
      SELECT gen_random_uuid(), 'standard', s."id", '314248295', 'ref-' || n, '{}', '{}'
        FROM "RegisteredSystem" s, generate_series(1, 3000) AS n
       WHERE s."systemId" = '991825827_smartcloud'`;
    expect(await writeThenTidy(insert, 'ANALYZE Request')).toContain('ANALYZE Request');
    // An index probe on the whole triple (the plain triple index or the partial unique one), not a walk
    // over the system's requests with the triple as a filter.
    expect(await plan()).toMatch(/Index Cond: .*"externalRef" = 'ref-42'/);
    expect(await tidyTables(database.driver)).not.toContain('ANALYZE Request');
  });

  it('vacuums a table whose rows were mostly replaced', async () => {
    const update = `UPDATE "Request" SET "status" = 'Timedout' WHERE "externalRef" LIKE 'ref-%'`;
    expect(await writeThenTidy(update, 'VACUUM (ANALYZE) Request')).toContain('VACUUM (ANALYZE) Request');
    const [{ dead }] = await database.driver.query<{ dead: number }>(
      `SELECT n_dead_tup::int AS dead FROM pg_stat_user_tables WHERE relname = 'Request'`,
    );
    expect(dead).toBeLessThan(50);
  });

  it('analyzes a table never analyzed, even when the statistics views forgot its writes (PGlite reopened)', async () => {
    await database.driver.exec(`CREATE TABLE "NeverAnalyzed" ("n" int); INSERT INTO "NeverAnalyzed" SELECT generate_series(1, 1000)`);
    await database.driver.query('SELECT pg_stat_reset()');
    try {
      expect(await tidyTables(database.driver)).toContain('ANALYZE NeverAnalyzed');
      expect(await tidyTables(database.driver)).not.toContain('ANALYZE NeverAnalyzed');
    } finally {
      await database.driver.exec('DROP TABLE "NeverAnalyzed"');
    }
  });

  it('runs a round in one instance at a time on PostgreSQL (advisory lock)', async () => {
    if (database.driver.kind !== 'postgres') {
      expect(await tidyTablesOnce(database.driver)).toBeDefined();
      return;
    }
    // Another instance is in the middle of a round: it holds the lock on its own connection.
    await database.driver.withSession(async (other) => {
      await other.query(`SELECT pg_advisory_lock(hashtext('sandbox-upkeep'))`);
      try {
        expect(await tidyTablesOnce(database.driver)).toBeUndefined();
      } finally {
        await other.query(`SELECT pg_advisory_unlock(hashtext('sandbox-upkeep'))`);
      }
    });
    expect(await tidyTablesOnce(database.driver)).toBeDefined();
  });
});
