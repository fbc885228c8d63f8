import { configDefaults, defineConfig } from 'vitest/config'

/**
 * The heavy parts, which `npm test` leaves to `npm run test:full` (CI runs the full suite):
 * the 10,000-input fuzzing and the fault-shape properties, the ReDoS proofs of every regular
 * expression, the packed package installed and linted, the runs in headless Chromium and the
 * word-vector doc examples. The fast suite still runs the fuzz properties, with a few hundred
 * inputs each (tests/fuzz/arbitraries.ts), the other properties with fewer inputs
 * (`propertyRuns` in tests/support/suite.ts), and skips the Chromium parts of the report
 * tests. `vitest run --mode full` is the full suite.
 */
const heavy = [
  'tests/redos/**',
  'tests/browser/**',
  'tests/package/**',
  // Each of its examples reads the 50,000-word vector table afresh (about 3 s each); npm test
  // still loads the table once, in tests/word-vectors/word-vectors.test.ts.
  'tests/word-vectors/doc-examples.test.ts',
]

/**
 * Files that need a module registry of their own: they mock a module (`vi.mock`), which a
 * shared registry would have loaded already. Every other file shares one registry per worker
 * (`isolate: false`): the files hold no module-level state between them, and paying the
 * import and the JIT warm-up once per worker instead of once per file took the library's
 * tests from 113 s to 24 s of wall time.
 */
const isolated = ['tests/word-vectors/missing-package.test.ts']

export default defineConfig(({ mode }) => {
  const full = mode === 'full'
  const exclude = full ? configDefaults.exclude : [...configDefaults.exclude, ...heavy]
  // Set in each project: with only a top-level `env`, `--mode full` ran the fast counts.
  const env = { CORROBORATE_SUITE: full ? 'full' : 'fast' }
  return {
    test: {
      setupFiles: ['tests/support/seed-properties.ts'],
      // The only clock in the suite, and only a guard against hangs: no test asserts a time.
      // Generous, because on a loaded 2-core machine (two busy loops beside four other jobs)
      // the 300-input segment properties took 73 and 87 s and failed a 60 s timeout.
      testTimeout: 300_000,
      hookTimeout: 300_000,
      pool: 'forks',
      projects: [
        {
          extends: true,
          test: {
            name: 'shared',
            include: ['tests/**/*.test.ts'],
            exclude: [...exclude, ...isolated],
            isolate: false,
            env,
            // Here only, not at the top: a top-level global setup runs once per project.
            globalSetup: ['tests/support/build-once.ts'],
          },
        },
        { extends: true, test: { name: 'isolated', include: isolated, exclude, isolate: true, env } },
      ],
    },
  }
})
