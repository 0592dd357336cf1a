// Builds the production app when its sources changed since the last build.
import path from 'node:path';
import { generate } from './generate.mjs';
import { ensurePgliteTemplate } from './pglite-template.mjs';
import { bin, hashInputs, isFresh, root, run, stamp } from './lib.mjs';

const INPUTS = [
  'app',
  'components',
  'lib',
  'prisma/schema.prisma',
  'instrumentation-node.ts',
  'messages',
  'public',
  'instrumentation.ts',
  'middleware.ts',
  'proxy.ts',
  'i18n',
  'next.config.mjs',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
  'testdata',
];

export async function build({ force = false } = {}) {
  await generate();
  const stampFile = path.join(root, '.next', 'sandbox-source-hash');
  const hash = hashInputs(INPUTS);
  if (!force && isFresh(stampFile, hash)) {
    await ensurePgliteTemplate();
    return false;
  }
  await run(bin('next'), ['build'], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  await ensurePgliteTemplate();
  stamp(stampFile, hash);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await build({ force: process.argv.includes('--force') });
}
