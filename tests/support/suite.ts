/**
 * True in `npm run test:full` (vitest.config.ts sets CORROBORATE_SUITE), false in the fast
 * `npm test`: the full suite adds the heavy parts (10,000-input fuzzing, ReDoS proofs, the
 * packed package, and every run in headless Chromium).
 */
export const fullSuite = process.env.CORROBORATE_SUITE === 'full'

/**
 * A property's number of generated inputs: `full` in the full suite, `fast` in `npm test`.
 * Both draw from the one fixed seed (tests/support/seed-properties.ts), so the fast run's
 * inputs are the first `fast` of the full run's: the full suite checks every input the fast
 * one does.
 */
export function propertyRuns(full: number, fast: number): number {
  return fullSuite ? full : fast
}
