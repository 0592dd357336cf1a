import path from 'node:path';

import { defineConfig } from 'vitest/config';

// Database tests run on PGlite always, and once more on PostgreSQL when TEST_DATABASE_URL is set.
const postgres = process.env.TEST_DATABASE_URL;

// Projects do not inherit the root's test options, so each gets the timeouts itself. Database tests under
// load (CI on two cores) need far more than vitest's 5 s default.
const timeouts = { testTimeout: 60_000, hookTimeout: 120_000 };

const shared = {
  resolve: {
    alias: {
      'server-only': path.resolve(import.meta.dirname, 'test/support/empty.ts'),
      '@': path.resolve(import.meta.dirname),
    },
  },
};

export default defineConfig({
  ...shared,
  test: {
    ...timeouts,
    projects: [
      {
        ...shared,
        test: {
          ...timeouts,
          name: 'pglite',
          include: ['test/**/*.test.ts'],
          globalSetup: ['test/support/seeded-pglite.ts'],
          env: { TEST_DB_KIND: 'pglite' },
        },
      },
      ...(postgres
        ? [
            {
              ...shared,
              test: {
                ...timeouts,
                name: 'postgres',
                include: ['test/**/*.db.test.ts'],
                env: { TEST_DB_KIND: 'postgres' },
              },
            },
          ]
        : []),
    ],
  },
});
