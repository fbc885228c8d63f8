// An empty file among the articles is reported, not fatal: compare keeps it with an
// 'empty-article' finding; only nothing to compare at all is an input error.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '../../src/types.js'
import { expectInputError, fixtures, run } from './support.js'

let scratch: string
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'corroborate-empty-'))
  cpSync(join(fixtures, 'ferry'), join(scratch, 'ferry'), { recursive: true })
  writeFileSync(join(scratch, 'empty.md'), '  \n\n')
  writeFileSync(join(scratch, 'blank.txt'), '')
  writeFileSync(join(scratch, 'shell.html'), '<html><body><article><p></p></article></body></html>\n')
  writeFileSync(join(scratch, 'matter-only.md'), '---\noutlet: Bay Radio\n---\n\n')
  writeFileSync(
    join(scratch, 'batch.jsonl'),
    '{"id": "one", "text": "The ferry ran aground at Dunmore on Tuesday, the coastguard said."}\n{"id": "two", "text": ""}\n',
  )
  writeFileSync(
    join(scratch, 'manifest.json'),
    JSON.stringify({ articles: [{ file: 'empty.md' }, { file: 'ferry/northgate-wire.txt' }] }),
  )
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const emptyIds = (stdout: string): string[] =>
  (JSON.parse(stdout) as Report).findings.filter((f) => f.rule === 'empty-article').map((f) => f.articleId)

describe('CLI: empty articles', () => {
  it('compare keeps an empty file, a blank file and a front-matter-only file, and compares the rest', async () => {
    const argv = [
      'compare',
      'ferry/harbor-gazette.md',
      'empty.md',
      'blank.txt',
      'matter-only.md',
      'ferry/northgate-wire.txt',
      '--format',
      'json',
    ]
    const result = await run(argv, { cwd: scratch })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(emptyIds(result.stdout)).toEqual(['empty', 'blank', 'matter-only'])
    expect((JSON.parse(result.stdout) as Report).claims.length).toBeGreaterThan(0)
  })

  it('compare keeps an HTML page with no text, and refuses a batch of nothing else', async () => {
    const result = await run(['compare', 'ferry/northgate-wire.txt', 'shell.html', '--format', 'json'], {
      cwd: scratch,
    })
    expect(result.code).toBe(0)
    expect(emptyIds(result.stdout)).toEqual(['shell'])
    expectInputError(
      await run(['compare', 'shell.html', 'blank.txt'], { cwd: scratch }),
      'None of the 2 articles has text to read',
    )
  })

  it('compare keeps an empty JSONL record and an empty manifest file', async () => {
    expect(
      emptyIds((await run(['compare', 'batch.jsonl', '--format', 'json'], { cwd: scratch })).stdout),
    ).toEqual(['two'])
    expect(
      emptyIds((await run(['compare', 'manifest.json', '--format', 'json'], { cwd: scratch })).stdout),
    ).toEqual(['empty'])
  })

  it('compare keeps empty standard input among files', async () => {
    const result = await run(['compare', 'ferry/northgate-wire.txt', '-', '--format', 'json'], {
      cwd: scratch,
      stdin: ' \n',
    })
    expect(emptyIds(result.stdout)).toEqual(['stdin'])
  })

  it('refuses a batch with nothing to compare, and one empty article to segment or check', async () => {
    expectInputError(
      await run(['compare', 'empty.md', 'blank.txt'], { cwd: scratch }),
      'All 2 articles are empty',
    )
    expectInputError(await run(['segment', 'empty.md'], { cwd: scratch }), 'empty.md is empty')
    expectInputError(await run(['segment', '-'], { cwd: scratch, stdin: ' \n' }), 'standard input is empty')
    expectInputError(await run(['check', 'blank.txt'], { cwd: scratch }), 'blank.txt is empty')
  })
})
