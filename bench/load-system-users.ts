// Bulk loader: gives one system a large number of active system users, for the benchmark's deep pages.
// Runs before the server opens the data (PGlite allows one process per folder), or beside it on PostgreSQL.
//   node --conditions=react-server --import tsx bench/load-system-users.ts [count]   (DATA_DIR / DATABASE_URL as for npm start)
import { pathToFileURL } from 'node:url';

import cliProgress from 'cli-progress';

import { openDatabase } from '../lib/db';

export const BENCH_SYSTEM_ID = '991825827_smartcloud';
export const BENCH_OWNER_ORG = '314248295';
const BATCH = 5_000;

export interface LoadOptions {
  url?: string;
  dataDir?: string;
  count: number;
  progress?: boolean;
}

/** Tops the bench system up to `count` system users named bench-1 … bench-N; a second run adds nothing. */
export async function loadSystemUsers(options: LoadOptions): Promise<{ existing: number; added: number }> {
  const database = await openDatabase({ url: options.url, dataDir: options.dataDir, seed: true });
  try {
    const { driver } = database;
    const [system] = await driver.query<{ id: string }>(`SELECT id FROM "RegisteredSystem" WHERE "systemId" = $1`, [BENCH_SYSTEM_ID]);
    if (!system) throw new Error(`the seeded system ${BENCH_SYSTEM_ID} is missing`);
    const [{ count: existingText }] = await driver.query<{ count: string }>(
      `SELECT count(*)::text AS count FROM "SystemUser" WHERE "systemInternalId" = $1 AND "externalRef" LIKE 'bench-%'`,
      [system.id],
    );
    const existing = Number(existingText);
    const bar = options.progress
      ? new cliProgress.SingleBar({ format: 'system users {bar} {value}/{total} ({eta}s left)' }, cliProgress.Presets.shades_classic)
      : undefined;
    bar?.start(options.count, Math.min(existing, options.count));
    let added = 0;
    for (let from = existing + 1; from <= options.count; from += BATCH) {
      const to = Math.min(from + BATCH - 1, options.count);
      // One statement per batch: the rows are generated inside the database, not sent one by one.
      await driver.query(
        `INSERT INTO "SystemUser" ("id", "type", "integrationTitle", "systemInternalId", "reporteeOrgNo", "externalRef",
                                   "rights", "accessPackages", "createdBy")
         SELECT gen_random_uuid(), 'standard', 'Benchmark ' || n, $1::uuid, $2, 'bench-' || n,
                '[{"resource":[{"id":"urn:altinn:resource","value":"ske-krav-og-betalinger"}]}]'::jsonb,
                ARRAY['urn:altinn:accesspackage:skattegrunnlag'], 'bench-loader'
         FROM generate_series($3::int, $4::int) AS n
         ON CONFLICT DO NOTHING`,
        [system.id, BENCH_OWNER_ORG, from, to],
      );
      added += to - from + 1;
      bar?.update(to);
    }
    bar?.stop();
    return { existing, added };
  } finally {
    await database.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = Number(process.argv[2] ?? 100_000);
  const result = await loadSystemUsers({
    url: process.env.DATABASE_URL || undefined,
    dataDir: process.env.DATA_DIR ?? './.data',
    count,
    progress: true,
  });
  console.log(`bench system users: ${result.existing} were there, ${result.added} added`);
}
