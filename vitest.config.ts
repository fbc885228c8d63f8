import { configDefaults, defineConfig } from 'vitest/config'

/**
 * The heavy parts, which `npm test` leaves to `npm run test:full` (CI runs the full suite):
 * the 10,000-input fuzzing and the fault-shape properties, the ReDoS proofs of every regular
 * expression, the packed package installed and linted, and the runs in headless Chromium. The
 * fast suite still runs the fuzz properties, with a few hundred inputs each
 * (tests/fuzz/arbitraries.ts), and skips the Chromium parts of the report tests
 * (tests/support/suite.ts). `vitest run --mode full` is the full suite.
 */
const heavy = ['tests/redos/**', 'tests/browser/**', 'tests/package/**']

export default defineConfig(({ mode }) => {
  const full = mode === 'full'
  return {
    test: {
      include: ['tests/**/*.test.ts'],
      exclude: full ? configDefaults.exclude : [...configDefaults.exclude, ...heavy],
      env: { CORROBORATE_SUITE: full ? 'full' : 'fast' },
      globalSetup: ['tests/support/build-once.ts'],
      setupFiles: ['tests/support/seed-properties.ts'],
      // The only clock in the suite, and only a guard against hangs: no test asserts a time.
      // Generous, because on a loaded 2-core machine (two busy loops beside four other jobs)
      // the 300-input segment properties took 73 and 87 s and failed a 60 s timeout.
      testTimeout: 300_000,
      hookTimeout: 300_000,
      pool: 'forks',
    },
  }
})
