// Generates the Prisma client when schema.prisma changed. `prisma generate` needs no engine binary, but the
// CLI looks for one: PRISMA_SCHEMA_ENGINE_BINARY points it at any file so it never tries to download.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { bin, hashInputs, isFresh, root, run, stamp } from './lib.mjs';

export async function generate() {
  const out = path.join(root, 'lib', 'generated', 'prisma');
  const stampFile = path.join(out, '.schema-hash');
  const hash = hashInputs(['prisma/schema.prisma', 'package-lock.json']);
  if (existsSync(path.join(out, 'client.ts')) && isFresh(stampFile, hash)) return;
  await run(bin('prisma'), ['generate'], {
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
  });
  stamp(stampFile, hash);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Installed as another project's dependency (for its Playwright kit), the sandbox has no Prisma to run.
  if (root.split(path.sep).includes('node_modules')) process.exit(0);
  await generate();
}
