// A PGlite data folder, migrated and seeded, made once at build time. A new data folder starts as a copy of it
// (lib/db.ts), so a first start only copies and opens: PGlite's initdb, the migrations and the seed cost about
// 4 s of CPU together, the copy of the 40 MB folder a fraction of that. The template is made again whenever
// the PGlite version or what it holds changes (the migrations, the seed and its inputs: TEMPLATE_INPUTS). On
// a copy of a template that is stale anyway (say, `next dev` after a migration was added) the server's own
// migrations and seed bring it up to date, as they do for any existing folder.
import { existsSync, readFileSync, rmSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hashInputs, root, run } from './lib.mjs';

export const TEMPLATE_DIR = path.join(root, '.next', 'sandbox-pglite-template');
const STAMP = `${TEMPLATE_DIR}.version`;

// Everything that decides the template's contents, besides PGlite's version: the schema and its migrations,
// the code that applies them, the seed with its catalogue and default test data, and the loader it uses.
const TEMPLATE_INPUTS = [
  'prisma/migrations',
  'prisma/schema.prisma',
  'lib/migrate.ts',
  'lib/sql-driver.ts',
  'lib/db.ts',
  'lib/seed',
  'lib/testdata',
  'testdata',
  'scripts/pglite-template.mjs',
  'scripts/pglite-template-fill.ts',
];

function pgliteVersion() {
  return JSON.parse(readFileSync(path.join(root, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8')).version;
}

/** What the template was made from: PGlite's version and a hash of TEMPLATE_INPUTS. */
export function templateKey() {
  return `pglite ${pgliteVersion()} inputs ${hashInputs(TEMPLATE_INPUTS)}`;
}

/** Makes the template unless one made from the same inputs is there; returns whether it made one. */
export async function ensurePgliteTemplate() {
  const key = templateKey();
  if (existsSync(path.join(TEMPLATE_DIR, 'PG_VERSION')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === key) return false;
  const building = `${TEMPLATE_DIR}.building`;
  rmSync(building, { recursive: true, force: true });
  rmSync(STAMP, { force: true });
  // The migrations and the seed are TypeScript; tsx runs them as the benchmark's tools do.
  await run(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', path.join(root, 'scripts', 'pglite-template-fill.ts'), building],
    {
      env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    },
  );
  rmSync(TEMPLATE_DIR, { recursive: true, force: true });
  renameSync(building, TEMPLATE_DIR);
  writeFileSync(STAMP, key);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await ensurePgliteTemplate();
}
