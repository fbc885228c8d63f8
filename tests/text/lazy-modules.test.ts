import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')

// A module hook that names every module the ES loader loads, on stderr.
const hook = `data:text/javascript,${encodeURIComponent(
  'export async function load(url, context, next) { process.stderr.write("LOAD " + url + "\\n"); return next(url, context) }',
)}`

const child = `
import { register } from 'node:module'
register(${JSON.stringify(hook)})
const { compare } = await import('corroborate')
process.stderr.write('IMPORTED\\n')
const report = compare([
  { id: 'a', outlet: 'Harbour Post', text: 'The council said on Tuesday that "the pier will reopen in May".' },
  { id: 'b', outlet: 'Coast Radio', text: 'The council said on Tuesday that "the old pier will reopen in June".' },
], { referenceDate: '2026-03-12' })
process.stdout.write(JSON.stringify(report))
`

describe('modules loaded on first use', () => {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', child], {
    cwd: root,
    encoding: 'utf8',
  })
  const [atImport = ''] = run.stderr.split('IMPORTED\n')
  const loaded = atImport
    .split('\n')
    .filter((line) => line.startsWith('LOAD '))
    .map((line) => line.slice(5))

  it('imports corroborate without chrono-node, jsdiff or the word-frequency table', () => {
    expect(run.status).toBe(0)
    expect(loaded.some((url) => url.endsWith('/dist/bundle/index.js'))).toBe(true)
    const deferred = /node_modules\/(chrono-node|diff)\/|english-frequency/
    expect(loaded.filter((url) => deferred.test(url))).toEqual([])
  })

  it('loads no file of natural or vfile-location apart: they are in the bundle (scripts/build.mjs)', () => {
    expect(loaded.filter((url) => /\/node_modules\/(natural|vfile-location)\//.test(url))).toEqual([])
  })

  it('loads them when an article needs them: dates read and quote wording compared', () => {
    const report = JSON.parse(run.stdout) as { claims: unknown[] }
    const text = JSON.stringify(report)
    expect(text).toContain('"kind":"date"')
    expect(text).toContain('"kind":"quote"')
    // The two quotes differ by words, which only jsdiff's word diff reports.
    expect(text).toContain('"diff":[')
  })
})
