// batch and enqueue read JSONL; a JSON document given instead is refused up front, and a file
// of many bad lines names the first few rather than flooding the terminal. Also: a file named
// twice on the command line is read once.
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { invalidLineReporter, namedInvalidLines, refuseJsonDocument } from '../../src/cli/jsonl-input.js'
import type { Report } from '../../src/types.js'
import { expectInputError, fakeIo, run } from './support.js'

let dir: string
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'corroborate-jsonl-'))
  const saved = await run([
    'compare',
    'ferry/harbor-gazette.md',
    'ferry/northgate-wire.txt',
    '--format',
    'json',
  ])
  writeFileSync(join(dir, 'report.json'), saved.stdout)
  writeFileSync(join(dir, 'articles.json'), JSON.stringify([{ text: 'One.' }, { text: 'Two.' }], null, 2))
  writeFileSync(join(dir, 'inline-array.jsonl'), '[{"text": "One."}, {"text": "Two."}]\n')
  writeFileSync(join(dir, 'broken.json'), '{\n  "text": "One.",\n')
  writeFileSync(join(dir, 'good.jsonl'), '{"event": "e", "text": "One."}\n{"event": "e", "text": "Two."}\n')
})

describe('a JSON document where JSONL belongs', () => {
  it('names a saved report as one and points at render', async () => {
    const result = await run(['batch', 'report.json'], { cwd: dir })
    expectInputError(
      result,
      "report.json is a corroborate report, not articles; to write it in another format run 'corroborate render report.json --format html'",
    )
  })

  it('points articles in one document at compare, or at jq to write them one a line', () => {
    for (const file of ['articles.json', 'inline-array.jsonl']) {
      expect(() => refuseJsonDocument(file, dir, 'batch'), file).toThrow(
        `${file} is one JSON document, not JSONL (one article a line); compare its articles as one event with 'corroborate compare ${file}', or write them one a line: jq -c '.[]' ${file} > articles.jsonl`,
      )
    }
  })

  it('says what a line must be when the document does not parse either', () => {
    expect(() => refuseJsonDocument('broken.json', dir, 'enqueue')).toThrow(
      "broken.json:1 '{' is not a JSON object on one line; enqueue reads JSONL",
    )
  })

  it('lets JSONL through, and a file it cannot open (the run says why)', () => {
    expect(() => refuseJsonDocument('good.jsonl', dir, 'batch')).not.toThrow()
    expect(() => refuseJsonDocument('missing.jsonl', dir, 'batch')).not.toThrow()
  })
})

describe('many unreadable lines', () => {
  it(`names the first ${namedInvalidLines}, then says once that it names no more`, () => {
    const { io, stderr } = fakeIo()
    const report = invalidLineReporter(io, 'in.jsonl')
    for (let line = 1; line <= 400; line++) report(line, 'not JSON')
    expect(stderr).toHaveLength(namedInvalidLines + 1)
    expect(stderr[0]).toBe('corroborate: in.jsonl:1 skipped: not JSON\n')
    expect(stderr.at(-1)).toBe(
      'corroborate: in.jsonl: more unreadable lines skipped; naming no more of them\n',
    )
  })
})

describe('a file named twice', () => {
  it('is read once, with a warning, so it is not compared with itself', async () => {
    const result = await run([
      'compare',
      'ferry/harbor-gazette.md',
      'ferry/*.md',
      'ferry/northgate-wire.txt',
      '--format',
      'json',
    ])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe(
      'corroborate: warning: ferry/harbor-gazette.md is given more than once; reading it once\n',
    )
    const report = JSON.parse(result.stdout) as Report
    expect(report.articles.map((article) => article.id)).toEqual(['harbor-gazette', 'northgate-wire'])
  })

  // Through a link a new user compared a file with itself: every statement corroborated.
  it('is read once when a link names it again, and the warning says which file it is', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'corroborate-link-'))
    writeFileSync(join(folder, 'wire.txt'), 'Twelve boats sank in the storm on Monday.\n')
    writeFileSync(join(folder, 'post.txt'), 'Ten boats sank in the storm on Monday.\n')
    symlinkSync('wire.txt', join(folder, 'latest.txt'))
    try {
      const result = await run(['compare', 'wire.txt', 'latest.txt', 'post.txt'], { cwd: folder })
      expect(result.stderr).toBe(
        'corroborate: warning: latest.txt is the same file as wire.txt; reading it once\n',
      )
      expect(result.stdout).toMatch(/^corroborate: 2 articles/)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})
