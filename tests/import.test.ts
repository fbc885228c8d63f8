import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')

describe('importing corroborate', () => {
  it('prints nothing to stdout or stderr, so JSON output stays clean', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const api = await import('corroborate'); if (typeof api.compare !== 'function') process.exit(9)",
      ],
      { cwd: root, encoding: 'utf8' },
    )
    expect(run.status).toBe(0)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe('')
  })
})
