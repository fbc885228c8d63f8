/**
 * True in `npm run test:full` (vitest.config.ts sets CORROBORATE_SUITE), false in the fast
 * `npm test`: the full suite adds the heavy parts (10,000-input fuzzing, ReDoS proofs, the
 * packed package, and every run in headless Chromium).
 */
export const fullSuite = process.env.CORROBORATE_SUITE === 'full'
