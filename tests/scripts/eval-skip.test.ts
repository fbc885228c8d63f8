import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// The evaluation scripts read the public dev sets in ../shared, which a fresh clone lacks: each
// says why it skips and exits 0, so that `npm run eval` and CI never fail for their absence.

const root = join(import.meta.dirname, '../..')
const entries = [
  'ecb-align.mjs',
  'judge-sample.mjs',
  'judged-claims.mjs',
  'judged-single-source.mjs',
  'run.mjs',
  'word-vectors.mjs',
]

describe('evaluation scripts without the dev sets', () => {
  it.each(entries)('%s skips with a message', (script) => {
    const output = execFileSync(process.execPath, [join(root, 'scripts/eval', script), 'out-dir'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CORROBORATE_SHARED: join(root, 'tests/scripts/no-such-folder') },
    })
    expect(output).toContain('eval: skipped, no dev sets at')
  })
})
