import 'server-only';

import { logger } from './logger';
import type { SqlDriver, SqlSession } from './sql-driver';

// What PostgreSQL's autovacuum does, for databases where nothing else does it: PGlite has no autovacuum,
// and a PostgreSQL server may run with it off. Without statistics the planner cannot tell the indexes of a
// table apart: the profile of create found it walking every request of the system (5.7 ms at 14 570
// requests, and growing) where one index probe takes 0.04 ms. Dead rows left by updates are reclaimed too.
// The thresholds are autovacuum's defaults.

const ANALYZE_WHEN = '50 + 0.1 * n_live_tup';
const VACUUM_WHEN = '50 + 0.2 * n_live_tup';
const DEFAULT_INTERVAL_MS = 30_000;

/** True when this database keeps its own statistics (a PostgreSQL server with autovacuum on). */
async function hasAutovacuum(driver: SqlDriver): Promise<boolean> {
  if (driver.kind === 'pglite') return false;
  const [row] = await driver.query<{ autovacuum: string }>('SHOW autovacuum');
  return row?.autovacuum === 'on';
}

// Several instances on one PostgreSQL take turns: a round runs only where this lock is free.
const UPKEEP_LOCK = 'sandbox-upkeep';

/** Analyzes (and vacuums) the tables that changed enough since last time; returns what it did. */
export async function tidyTables(driver: SqlSession): Promise<string[]> {
  // A table never analyzed (reltuples < 0) is due too: PGlite forgets the statistics views' counters when it
  // is reopened, so rows written in an earlier session (a benchmark's bulk load, the build's template) never
  // count. Without it the planner guessed 58 of 20 000 system users of a system and sorted them all for a
  // first page (bench, 2026-12-01).
  const due = await driver.query<{ table: string; vacuum: boolean }>(
    `SELECT t.relname AS "table", t.n_dead_tup > ${VACUUM_WHEN} AS vacuum
       FROM pg_stat_user_tables t
       JOIN pg_class c ON c.oid = t.relid
      WHERE t.schemaname = 'public' AND (t.n_mod_since_analyze > ${ANALYZE_WHEN} OR t.n_dead_tup > ${VACUUM_WHEN} OR c.reltuples < 0)
      ORDER BY t.relname`,
  );
  const done: string[] = [];
  for (const { table, vacuum } of due) {
    const command = vacuum ? 'VACUUM (ANALYZE)' : 'ANALYZE';
    await driver.exec(`${command} "${table.replaceAll('"', '""')}"`);
    done.push(`${command} ${table}`);
  }
  return done;
}

/**
 * One round of upkeep, run by one instance at a time: on PostgreSQL it holds an advisory lock for the round,
 * and when another instance holds it this one skips the round (returns undefined).
 */
export async function tidyTablesOnce(driver: SqlDriver): Promise<string[] | undefined> {
  if (driver.kind === 'pglite') return tidyTables(driver);
  return driver.withSession(async (session) => {
    const [row] = await session.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [UPKEEP_LOCK]);
    if (!row?.locked) return undefined;
    try {
      return await tidyTables(session);
    } finally {
      await session.query('SELECT pg_advisory_unlock(hashtext($1))', [UPKEEP_LOCK]);
    }
  });
}

/**
 * Tidies the tables now and then every `intervalMs`, unless the server's own autovacuum does it.
 * Returns a function that stops it and waits for a round in progress.
 */
export async function startUpkeep(driver: SqlDriver, intervalMs = DEFAULT_INTERVAL_MS): Promise<() => Promise<void>> {
  if (await hasAutovacuum(driver)) return async () => undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const round = () => {
    running = tidyTablesOnce(driver)
      .then((done) => {
        if (done?.length) logger().debug({ done }, 'database upkeep');
      })
      .catch((error: unknown) => {
        if (!stopped) logger().warn({ err: error }, 'database upkeep failed');
      });
    return running;
  };
  // The first round runs in the background: the server takes requests meanwhile (it was part of the startup time).
  void round();
  const timer = setInterval(() => void (stopped || round()), intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
