import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Report } from '../../src/types.js'
import { fullSuite } from '../support/suite.js'
import { examplesDir, loadExampleEvents } from './events.js'

// The example scripts import 'corroborate' by package self-reference, so they run against the
// built dist/ (tests/support/build-once.ts builds it before the run), exactly as a user's would.

const root = join(examplesDir, '..')
const events = loadExampleEvents()
const scratch = mkdtempSync(join(tmpdir(), 'corroborate-examples-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function run(script: string, args: string[], cwd = root) {
  const result = spawnSync(process.execPath, [join(examplesDir, script), ...args], { cwd, encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('examples/newsroom.mjs', () => {
  it('prints the disputed claims of the ferry capsize by default, naming the outlets and their values', () => {
    const result = run('newsroom.mjs', [])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^Passenger ferry Marisol capsizes/)
    // The four statuses add up to the claims (the related ones were once left out).
    const counts =
      /(\d+) articles, (\d+) claims: (\d+) corroborated, (\d+) related, ([1-9]\d*) disputed, (\d+) single-source/.exec(
        result.stdout,
      )
    expect(counts).not.toBeNull()
    const [claims, ...statuses] = counts!.slice(2).map(Number)
    expect(statuses.reduce((sum, n) => sum + n, 0)).toBe(claims)
    expect(result.stdout).toContain('Disputed: ')
    expect(result.stdout).toContain('The River Gazette: "')
    expect(result.stdout).toContain('Meridian Wire: "')
  })

  const eventName = (name: string) =>
    (JSON.parse(readFileSync(join(examplesDir, name, 'sources.json'), 'utf8')) as { event: string }).event
  // npm test gives one folder this way, the event the other newsroom tests do not read (the
  // research-batch tests read every event); the full suite gives each of them.
  const folders = fullSuite ? events : events.filter((event) => event.name === 'factory-fire')
  it.each(folders.map((event) => [event.name, eventName(event.name)] as const))(
    'runs on examples/%s given as the folder, without --format',
    (name, title) => {
      const result = run('newsroom.mjs', [join('examples', name)])
      expect(result.stderr).toBe('')
      expect(result.status).toBe(0)
      // The first line names the folder's event, so the folder argument was read.
      expect(result.stdout.split('\n')[0]).toBe(title)
      expect(result.stdout).toContain('Disputed: ')
    },
  )

  it('prints the whole report with render when given --format', () => {
    const result = run('newsroom.mjs', ['examples/budget-vote', '--format', 'json'])
    expect(result.status).toBe(0)
    const report = JSON.parse(result.stdout) as Report
    expect(report.articles.map((article) => article.outlet)).toEqual([
      'Continental Press',
      'Westbury Herald',
      'KVTV News',
    ])
  })
})

describe('examples/research-batch.mjs', () => {
  // One run into 'per-folder' serves both the first test and the determinism test's first
  // run: each run compares every example event in a fresh process (3 to 10 s).
  let perFolder: ReturnType<typeof run> | undefined
  const runPerFolder = () => {
    perFolder ??= run('research-batch.mjs', ['examples', join(scratch, 'per-folder')])
    return perFolder
  }

  it('writes one JSON report per event folder and prints one summary line per event', () => {
    const out = join(scratch, 'per-folder')
    const result = runPerFolder()
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const lines = result.stdout.trim().split('\n')
    expect(lines.map((line) => line.slice(0, line.indexOf(':')))).toEqual(events.map((event) => event.name))
    for (const line of lines)
      expect(line).toMatch(/: \d+ articles \(.+\), \d+ claims, \d+ disputed, .+ -> .+\.json$/)
    expect(readdirSync(out).sort()).toEqual(events.map((event) => `${event.name}.json`).sort())
    for (const event of events) {
      const report = JSON.parse(readFileSync(join(out, `${event.name}.json`), 'utf8')) as Report
      expect(report.articles.map((article) => article.id)).toEqual(
        event.articles.map((article) => article.id),
      )
      expect(report.stats.disputed).toBeGreaterThan(0)
    }
  })

  it('writes byte-identical reports when run twice', () => {
    const first = join(scratch, 'per-folder')
    const second = join(scratch, 'second')
    expect(runPerFolder().status).toBe(0)
    expect(run('research-batch.mjs', ['examples', second]).status).toBe(0)
    for (const event of events) {
      expect(readFileSync(join(second, `${event.name}.json`), 'utf8')).toBe(
        readFileSync(join(first, `${event.name}.json`), 'utf8'),
      )
    }
  })

  it('with --group, lets groupByEvent sort the pooled articles back into the three events', () => {
    const out = join(scratch, 'grouped')
    const result = run('research-batch.mjs', ['examples', out, '--group'])
    expect(result.status).toBe(0)
    const groups = readdirSync(out)
      .map((file) => JSON.parse(readFileSync(join(out, file), 'utf8')) as Report)
      .map((report) => report.articles.map((article) => article.id).sort())
      .sort((a, b) => (a[0]! < b[0]! ? -1 : 1))
    const expected = events
      .map((event) => event.articles.map((article) => article.id).sort())
      .sort((a, b) => (a[0]! < b[0]! ? -1 : 1))
    expect(groups).toEqual(expected)
  })

  it('exits 2 with a message on stderr when the folder holds no events', () => {
    const empty = mkdtempSync(join(scratch, 'empty-'))
    const result = run('research-batch.mjs', [empty, join(scratch, 'none')])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('No event folders')
    expect(result.stdout).toBe('')
  })
})
