// @ts-check
// Mutation testing of the rules (npm run mutation, not part of npm test): Stryker changes the code of the four
// folders one mutant at a time and runs the tests that cover it; a mutant no test notices is a gap.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: ['lib/access/**/*.ts', 'lib/requests/**/*.ts', 'lib/system-users/**/*.ts', 'lib/client-delegation/**/*.ts'],
  coverageAnalysis: 'perTest',
  // A rerun tests only the mutants whose code or covering tests changed since the last run (--force: all).
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 1),
  timeoutMS: 60_000,
  dryRunTimeoutMinutes: 40,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['.stryker-tmp*', '.data', 'e2e', 'bench', 'test-results', 'playwright-report', 'reports', '.next'],
};
