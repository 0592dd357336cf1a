// `npm test`: the lint (ESLint and Prettier, as `npm run lint`), the type check (`tsc --noEmit`; the build skips it), unit and API tests (vitest; on PGlite, and
// again on PostgreSQL when TEST_DATABASE_URL is set), then the browser tests (Playwright, Debian's Chromium)
// against a production build.
import { existsSync } from 'node:fs';
import { build } from './build.mjs';
import { generate } from './generate.mjs';
import { bin, run } from './lib.mjs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

try {
  await generate();
  await run(bin('eslint'), ['.']);
  await run(bin('prettier'), ['--check', '.']);
  await run(bin('tsc'), ['--noEmit']);
  await run(bin('vitest'), ['run']);
  if (!existsSync(chromium)) {
    console.error(
      `Chromium was not found at ${chromium}: install it with "sudo apt-get install -y chromium" (or set CHROMIUM_PATH), then run npm test again.`,
    );
    process.exit(1);
  }
  await build();
  await run(bin('playwright'), ['test'], { env: { ...process.env, CHROMIUM_PATH: chromium } });
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
