import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';

import { DEFAULT_MIGRATIONS_DIR, migrate, MigrationError, readMigrations } from '@/lib/migrate';
import { pgliteDriver, postgresDriver, type SqlDriver } from '@/lib/sql-driver';

import { createPostgresDatabase, testDbKind } from './support/database';

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** An empty database of this project's kind, with no migrations applied. */
async function emptyDriver(): Promise<SqlDriver> {
  if (testDbKind() === 'postgres') {
    const { url, drop } = await createPostgresDatabase();
    const driver = postgresDriver(new pg.Pool({ connectionString: url }));
    cleanups.push(async () => {
      await driver.close();
      await drop();
    });
    return driver;
  }
  const driver = pgliteDriver(await PGlite.create());
  cleanups.push(() => driver.close());
  return driver;
}

async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'migrations-'));
  await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function addMigration(dir: string, name: string, sql: string): Promise<void> {
  await mkdir(path.join(dir, name));
  await writeFile(path.join(dir, name, 'migration.sql'), sql);
}

describe('migrator', () => {
  it('applies every migration to a fresh database and records each as Prisma does', async () => {
    const driver = await emptyDriver();
    const all = await readMigrations();
    const result = await migrate(driver);
    expect(result.applied).toEqual(all.map((m) => m.name));
    expect(result.alreadyApplied).toEqual([]);
    const rows = await driver.query<{ migration_name: string; checksum: string; finished: boolean; steps: number }>(
      `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, applied_steps_count AS steps
       FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows).toEqual(all.map((m) => ({ migration_name: m.name, checksum: m.checksum, finished: true, steps: 1 })));
  });

  it('applies nothing the second time', async () => {
    const driver = await emptyDriver();
    await migrate(driver);
    const again = await migrate(driver);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied.length).toBeGreaterThan(0);
    const [{ count }] = await driver.query<{ count: number }>(`SELECT count(*)::int AS count FROM "_prisma_migrations"`);
    expect(count).toBe(again.alreadyApplied.length);
  });

  it('applies only a migration added later, and keeps the data', async () => {
    const dir = await copyOfMigrations();
    const driver = await emptyDriver();
    await migrate(driver, dir);
    await driver.exec(
      `INSERT INTO "Organization" ("id", "orgNo", "name") VALUES ('11111111-1111-4111-8111-111111111111', '311000039', 'Før AS')`,
    );
    await addMigration(dir, '29990101000000_add_nickname', `ALTER TABLE "Organization" ADD COLUMN "nickname" TEXT;`);
    const result = await migrate(driver, dir);
    expect(result.applied).toEqual(['29990101000000_add_nickname']);
    const [org] = await driver.query<{ name: string; nickname: string | null }>(
      `SELECT "name", "nickname" FROM "Organization" WHERE "orgNo" = '311000039'`,
    );
    expect(org).toEqual({ name: 'Før AS', nickname: null });
  });

  it('rolls a failing migration back whole and refuses to go on', async () => {
    const dir = await copyOfMigrations();
    const driver = await emptyDriver();
    await migrate(driver, dir);
    await addMigration(
      dir,
      '29990101000000_broken',
      `ALTER TABLE "Organization" ADD COLUMN "halfway" TEXT;\nALTER TABLE "NoSuchTable" ADD COLUMN "x" TEXT;`,
    );
    await expect(migrate(driver, dir)).rejects.toThrow(/29990101000000_broken failed/);
    const columns = await driver.query(
      `SELECT 1 FROM information_schema.columns WHERE table_name = 'Organization' AND column_name = 'halfway'`,
    );
    expect(columns).toEqual([]);
    const [{ count }] = await driver.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM "_prisma_migrations" WHERE migration_name = '29990101000000_broken'`,
    );
    expect(count).toBe(0);
  });

  it('refuses a migration that was edited after it was applied', async () => {
    const dir = await copyOfMigrations();
    const driver = await emptyDriver();
    await addMigration(dir, '29990101000000_extra', `CREATE TABLE "Extra" ("id" INTEGER);`);
    await migrate(driver, dir);
    await writeFile(path.join(dir, '29990101000000_extra', 'migration.sql'), `CREATE TABLE "Extra" ("id" BIGINT);`);
    const failure = migrate(driver, dir);
    await expect(failure).rejects.toBeInstanceOf(MigrationError);
    await expect(failure).rejects.toThrow(/changed after it was applied/);
  });
});
