// A freshly initialised, empty PGlite data folder, made once per PGlite version at build time. A new data
// folder starts as a copy of it (lib/db.ts): PGlite's initdb costs about 4.7 s of CPU here, a copy of the
// 40 MB folder a fraction of that. It holds no tables: migrations and the seed still run on the copy, so it
// never goes stale when they change.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './lib.mjs';

export const TEMPLATE_DIR = path.join(root, '.next', 'sandbox-pglite-template');
const STAMP = `${TEMPLATE_DIR}.version`;

function pgliteVersion() {
  return JSON.parse(readFileSync(path.join(root, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8')).version;
}

export async function ensurePgliteTemplate() {
  const version = pgliteVersion();
  if (existsSync(path.join(TEMPLATE_DIR, 'PG_VERSION')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === version) return false;
  const { PGlite } = await import('@electric-sql/pglite');
  const building = `${TEMPLATE_DIR}.building`;
  rmSync(building, { recursive: true, force: true });
  rmSync(STAMP, { force: true });
  const pglite = await PGlite.create(building);
  await pglite.close();
  rmSync(TEMPLATE_DIR, { recursive: true, force: true });
  cpSync(building, TEMPLATE_DIR, { recursive: true });
  rmSync(building, { recursive: true, force: true });
  writeFileSync(STAMP, version);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await ensurePgliteTemplate();
}
