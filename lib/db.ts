import 'server-only';

import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';

import { refreshClock } from './clock';
import { config } from './config';
import { PrismaClient } from './generated/prisma/client';
import { logger } from './logger';
import { DEFAULT_MIGRATIONS_DIR, migrate, type MigrationResult } from './migrate';
import { seed } from './seed';
import { pgliteDriver, postgresDriver, type SqlDriver } from './sql-driver';

export type Db = PrismaClient;

export interface Database {
  prisma: PrismaClient;
  driver: SqlDriver;
  /** Where the data lives, for logs: never contains a password. */
  label: string;
  migrations: MigrationResult;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** A postgres:// URL; without one the embedded database (PGlite) is used. */
  url?: string;
  /** PGlite's data folder, or "memory://" for a throw-away database. */
  dataDir?: string;
  migrationsDir?: string;
  /** Load the default test data (idempotent). */
  seed?: boolean;
  /**
   * A PGlite data folder that a new (missing or empty) data folder starts as a copy of; `false` for none (where
   * a template is made). Without one, a seeded open uses the build's migrated and seeded template
   * (scripts/pglite-template.mjs), when there is one.
   */
  templateDir?: string | false;
  /** A PGlite data folder as dumped by `dumpDataDir`, for an in-memory database that starts as its copy. */
  loadDataDir?: Blob;
}

// PGlite's memory is the server's own: its default 128 MB of shared buffers made up a third of the server's
// resident memory (a 100 000-row database opened at 322 MB RSS, and at 181 MB with 16 MB of buffers). The
// sandbox's tables are small and the files stay in the operating system's cache, so 32 MB is plenty.
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];

// A PGlite data folder, migrated and seeded once at build time (scripts/pglite-template.mjs). A new data folder
// starts as a copy of it instead of running PGlite's initdb (4.7 s of CPU), the migrations and the seed: on the
// copy the migrations find nothing to apply and the seed finds its SeedState hash. A stale copy is brought up
// to date by the same two steps, as any existing folder is. Only a seeded open uses it by default: an unseeded
// one must not find the default data.
const PGLITE_TEMPLATE_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), '.next', 'sandbox-pglite-template');

/** Fills a new (missing or empty) data folder from the template, when there is one; returns whether it did. */
async function fromTemplate(dataDir: string, templateDir: string): Promise<boolean> {
  const entries = await readdir(dataDir).catch(() => undefined);
  if (entries && entries.length > 0) return false;
  const template = await stat(path.join(templateDir, 'PG_VERSION')).catch(() => undefined);
  if (!template) return false;
  await copyTree(templateDir, dataDir);
  return true;
}

/**
 * Copies a folder with all its files and (empty) folders, all files at once: fs.cp's copy of the 1 100-file
 * template cost 0.6-0.9 s of CPU on the busy 2-core machine of 2026-12-01, this one 0.26-0.74 s (median 0.42 s).
 */
async function copyTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  const entries = await readdir(from, { withFileTypes: true });
  await Promise.all(
    entries.map((entry) =>
      entry.isDirectory()
        ? copyTree(path.join(from, entry.name), path.join(to, entry.name))
        : copyFile(path.join(from, entry.name), path.join(to, entry.name)),
    ),
  );
}

function describeUrl(url: string): string {
  const u = new URL(url);
  return `PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`;
}

/** Opens a database, brings its schema up to date and optionally loads the default data. */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  let driver: SqlDriver;
  let prisma: PrismaClient;
  let label: string;
  if (options.url) {
    // Loaded only for PostgreSQL: the embedded database's start has no use for them (about 50 ms).
    const [{ default: pg }, { PrismaPg }] = await Promise.all([import('pg'), import('@prisma/adapter-pg')]);
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    // An idle connection the server closes (restart, DROP DATABASE … FORCE) is reported here; without a
    // listener it would be an uncaught exception that ends the process. The pool replaces the connection.
    pool.on('error', (error) => logger().warn({ err: error }, 'database connection lost'));
    driver = postgresDriver(pool);
    prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    label = describeUrl(options.url);
  } else {
    const dataDir = options.dataDir ?? 'memory://';
    const inMemory = dataDir.startsWith('memory://');
    const templateDir = options.templateDir ?? (options.seed ? PGLITE_TEMPLATE_DIR : undefined);
    if (!inMemory && !(templateDir && (await fromTemplate(dataDir, templateDir)))) await mkdir(dataDir, { recursive: true });
    const pglite = await PGlite.create(inMemory ? undefined : dataDir, {
      startParams: PGLITE_START_PARAMS,
      loadDataDir: inMemory ? options.loadDataDir : undefined,
    });
    driver = pgliteDriver(pglite);
    prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    label = inMemory ? 'PGlite in memory' : `PGlite at ${path.resolve(/* turbopackIgnore: true */ dataDir)}`;
  }
  try {
    const migrations = await migrate(driver, options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
    if (options.seed) await seed(prisma, driver);
    let closing: Promise<void> | undefined;
    return {
      prisma,
      driver,
      label,
      migrations,
      close() {
        closing ??= prisma.$disconnect().then(() => driver.close().catch(() => undefined));
        return closing;
      },
    };
  } catch (error) {
    await prisma.$disconnect();
    await driver.close();
    throw error;
  }
}

// One database per process. Kept on globalThis because Next.js bundles this module into several server
// chunks (instrumentation, route handlers, pages), and PGlite's folder may be opened only once.
const key = Symbol.for('systembruker-sandbox.database');
type WithDatabase = typeof globalThis & { [key]?: Promise<Database> };

/** The process's database, opened (and migrated and seeded) on first use, never at import time. */
export function database(): Promise<Database> {
  const g = globalThis as WithDatabase;
  if (!g[key]) {
    const { DATABASE_URL, DATA_DIR } = config();
    g[key] = openDatabase({ url: DATABASE_URL, dataDir: DATA_DIR, seed: true }).then((opened) => {
      logger().info(
        { database: opened.label, applied: opened.migrations.applied },
        opened.migrations.applied.length ? 'database migrated' : 'database up to date',
      );
      return opened;
    });
    // A failed open must not be cached, or every later request would see the same failure.
    g[key].catch(() => {
      delete g[key];
    });
  }
  return g[key];
}

/** The process's Prisma client; the sandbox clock's cached offset is refreshed on the way (lib/clock). */
export async function db(): Promise<PrismaClient> {
  const { prisma } = await database();
  await refreshClock(prisma);
  return prisma;
}

/**
 * The process's plain SQL session, without Prisma: for the hot reads where one hand-written query replaces
 * several of Prisma's (the approval page). Prisma's own per-query work was a tenth of a page's CPU and PGlite's
 * per-statement cost a third, so each round trip saved counts. The clock is refreshed as in db().
 */
export async function sql(): Promise<SqlDriver> {
  const { prisma, driver } = await database();
  await refreshClock(prisma);
  return driver;
}

/** Lets tests and tools put their own database in place of the configured one. */
export function useDatabase(opened: Database): void {
  (globalThis as WithDatabase)[key] = Promise.resolve(opened);
}

export async function closeDatabase(): Promise<void> {
  const g = globalThis as WithDatabase;
  const current = g[key];
  delete g[key];
  if (current) await (await current).close();
}
