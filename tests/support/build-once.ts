import { execFileSync } from 'node:child_process'

/**
 * Builds dist/ once before the tests that run the CLI, the packed package or the browser
 * bundle. A type error does not stop the run here (tsc still emits, and `npm run typecheck`
 * is CI's gate for types). Set CORROBORATE_SKIP_BUILD=1 when dist/ is already fresh.
 */
export default function setup(): void {
  if (process.env.CORROBORATE_SKIP_BUILD === '1') return
  try {
    execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] })
  } catch {
    process.stderr.write('build-once: tsc reported errors; dist/ may be incomplete\n')
  }
}
