import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Report } from '../../src/types.js'
import { fixtures } from './support.js'

// These run the real bin against dist/, which tests/support/build-once.ts builds once.
const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const bin = join(root, 'bin/corroborate.js')
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version

function corroborate(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: fixtures,
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('bin/corroborate.js', () => {
  it('prints its version', () => {
    expect(corroborate(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
  })

  it('compares files into a JSON report on stdout, exit 0', () => {
    const result = corroborate([
      'compare',
      'ferry/harbor-gazette.md',
      'ferry/northgate-wire.txt',
      '--format',
      'json',
    ])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as Report
    expect(report.articles.map((article) => article.id)).toEqual(['harbor-gazette', 'northgate-wire'])
  })

  it('reads an article from a pipe', () => {
    const text = readFileSync(join(fixtures, 'draft-sourced.md'), 'utf8')
    const result = corroborate(['segment', '-', '--format', 'json'], text)
    expect(result.code).toBe(0)
    expect((JSON.parse(result.stdout) as unknown[]).length).toBeGreaterThan(2)
  })

  it('exits 2 with one line on stderr and no stack trace for a missing file', () => {
    const result = corroborate(['compare', 'ferry/missing.md'])
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'corroborate: cannot read ferry/missing.md: no such file\n',
    })
  })

  it('exits 2 for an unknown flag', () => {
    const result = corroborate(['check', 'draft-unsourced.md', '--strict'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /^corroborate: unknown option '--strict' for 'check'\. Try 'corroborate check --help'\.\n$/,
    )
  })

  it('fails a draft with an unsourced figure: GitHub annotations on stdout, exit 1', () => {
    const result = corroborate([
      'check',
      'draft-unsourced.md',
      '--fail-on',
      'unsourced',
      '--format',
      'github',
    ])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^::(error|warning|notice) file=draft-unsourced\.md,line=5,/m)
    expect(result.stderr).toMatch(/failed --fail-on unsourced/)
  })

  it('passes the sourced draft, exit 0', () => {
    const result = corroborate(['check', 'draft-sourced.md', '--fail-on', 'unsourced', '--format', 'github'])
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' })
  })
})
