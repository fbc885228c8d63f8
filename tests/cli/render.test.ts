// corroborate render: a saved JSON report in another format, and a saved report given to
// compare by mistake, which says what it is and points at render.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '../../src/types.js'
import { expectInputError, run } from './support.js'

const ferry = ['ferry/harbor-gazette.md', 'ferry/northgate-wire.txt', 'ferry/valley-courier.json']

let dir: string
let saved: string
let report: Report
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'corroborate-render-'))
  saved = (await run(['compare', ...ferry, '--format', 'json'])).stdout
  report = JSON.parse(saved) as Report
  writeFileSync(join(dir, 'report.json'), saved)
  writeFileSync(join(dir, 'batch.jsonl'), `${JSON.stringify({ event: 'ferry', report })}\n`)
  writeFileSync(
    join(dir, 'two.jsonl'),
    `${JSON.stringify({ event: 'a', report })}\n${JSON.stringify({ event: 'b', report })}\n`,
  )
})

describe('corroborate render', () => {
  it('writes a saved report as compare would have, in any format', async () => {
    // Not sarif or github: compare points those at the files it read, which a saved report does not name.
    for (const format of ['text', 'markdown', 'html', 'json', 'svg']) {
      const rendered = await run(['render', 'report.json', '--format', format], { cwd: dir })
      const compared = await run(['compare', ...ferry, '--format', format])
      expect(rendered.code, format).toBe(0)
      expect(rendered.stdout, format).toBe(compared.stdout)
    }
  })

  it('reads standard input and one line of batch output, and takes --only and --title', async () => {
    const piped = await run(['render', '-', '--only', 'disputed'], { stdin: saved })
    expect(piped.code).toBe(0)
    expect(piped.stdout).toMatch(/^showing disputed claims only: /m)
    const line = await run(['render', 'batch.jsonl', '--format', 'markdown', '--title', 'Ferry grounds'], {
      cwd: dir,
    })
    expect(line.stdout.split('\n')[0]).toBe('# Ferry grounds')
  })

  it('refuses to write over the report it reads', async () => {
    const result = await run(['render', 'report.json', '--format', 'json', '--out', 'report.json'], {
      cwd: dir,
    })
    expectInputError(result, 'is an input; write the report to another file')
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(saved)
  })

  it('names the file and field of a report that contradicts itself', async () => {
    const claims = report.claims.map((claim) =>
      claim.status === 'single-source' ? { ...claim, status: 'related' } : claim,
    )
    writeFileSync(join(dir, 'edited.json'), JSON.stringify({ ...report, claims }))
    const result = await run(['render', 'edited.json'], { cwd: dir })
    expectInputError(
      result,
      /^corroborate: edited\.json: report\.claims\[\d+\] \(claim c\d+\) is 'related' but/,
    )
  })

  it.each([
    [['render'], "render needs a saved report, e.g. 'corroborate render report.json --format html'"],
    [
      ['render', 'ferry/harbor-gazette.md'],
      "ferry/harbor-gazette.md is not a saved report: render reads the JSON that 'corroborate compare --format json' writes",
    ],
    [
      ['render', 'ferry/valley-courier.json'],
      "ferry/valley-courier.json holds articles, not a report; compare them with 'corroborate compare ferry/valley-courier.json'",
    ],
    [['render', 'ferry-articles.jsonl'], 'ferry-articles.jsonl is not valid JSON'],
    [
      ['render', 'report.json', '--only', 'disputed', '--format', 'json'],
      '--only applies to the text, markdown, html, svg reports',
    ],
  ])('%j is an input error that says what to do', async (argv, message) => {
    expectInputError(await run(argv), message)
  })

  it('says how to pick one event out of batch output of several', async () => {
    const result = await run(['render', 'two.jsonl'], { cwd: dir })
    expectInputError(result, "it looks like 'corroborate batch' output (JSONL): pick one event's line")
  })
})

describe('a saved report given to compare', () => {
  it('says it is a report and suggests render, not an unknown key', async () => {
    const result = await run(['compare', 'report.json'], { cwd: dir })
    expectInputError(
      result,
      "report.json is a corroborate report, not articles; to write it in another format run 'corroborate render report.json --format html'",
    )
    expect(result.stderr).not.toContain('schemaVersion')
  })

  it('on standard input too', async () => {
    expectInputError(
      await run(['compare', '-'], { stdin: saved }),
      "standard input is a corroborate report, not articles; to write it in another format run 'corroborate render - --format html'",
    )
  })

  it('and a line of batch output among articles', async () => {
    const result = await run(['compare', 'batch.jsonl'], { cwd: dir })
    expectInputError(
      result,
      `batch.jsonl:1 is a line of 'corroborate batch' output (event "ferry"), not an article`,
    )
    expect(result.stderr).toContain(
      'jq -c \'select(.event == "ferry")\' batch.jsonl | corroborate render - --format html',
    )
  })
})
