import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Database tests run on PGlite always, and once more on PostgreSQL when TEST_DATABASE_URL is set.
const postgres = process.env.TEST_DATABASE_URL;

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
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        ...shared,
        test: {
          name: 'pglite',
          include: ['test/**/*.test.ts'],
          env: { TEST_DB_KIND: 'pglite' },
        },
      },
      ...(postgres
        ? [
            {
              ...shared,
              test: {
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
