import path from 'node:path';

import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant of lib/access, lib/requests, lib/system-users and
// lib/client-delegation (npm run mutation): those that exercise these folders, on PGlite, in one project.
export default defineConfig({
  resolve: {
    alias: {
      'server-only': path.resolve(import.meta.dirname, 'test/support/empty.ts'),
      '@': path.resolve(import.meta.dirname),
    },
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // MUTATION_TESTS (comma-separated globs) narrows the run, e.g. to test/access/** for lib/access alone.
    include: process.env.MUTATION_TESTS?.split(',') ?? [
      'test/access/**/*.test.ts',
      'test/requests/**/*.test.ts',
      'test/system-users/**/*.test.ts',
      'test/client-delegation/**/*.test.ts',
      'test/portal/**/*.test.ts',
      // The lookup Maskinporten makes (lib/system-users/find-by-external-id.ts), the events a change records,
      // and the timeout written when the clock moves (lib/requests/timeout.ts).
      'test/maskinporten/system-user-token.db.test.ts',
      'test/sandbox/webhooks.db.test.ts',
      'test/sandbox/clock.db.test.ts',
    ],
    env: { TEST_DB_KIND: 'pglite' },
    globalSetup: ['test/support/seeded-pglite.ts'],
    // One file at a time: each mutant run is small, and parallel files starve each other on a busy machine.
    fileParallelism: false,
  },
});
