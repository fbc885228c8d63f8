import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expandGlob, isGlob, matchSegment } from '../../src/cli/glob.js'

describe('matchSegment', () => {
  it.each([
    ['*.md', 'harbor.md', true],
    ['*.md', 'harbor.mdx', false],
    ['*.md', '.md', true],
    ['a?c', 'abc', true],
    ['a?c', 'abbc', false],
    ['*wire*', 'northgate-wire.txt', true],
    ['*-*-*.txt', 'a-b-c.txt', true],
    ['*-*-*.txt', 'a-b.txt', false],
    ['**', 'anything', true],
    ['exact.txt', 'exact.txt', true],
    ['exact.txt', 'exact.txt2', false],
    ['', '', true],
    ['*', '', true],
  ])('%s against %s is %s', (pattern, name, expected) => {
    expect(matchSegment(pattern, name)).toBe(expected)
  })

  it('stays fast on a pattern of many stars against a long name that fails', () => {
    const name = 'a'.repeat(5000)
    expect(matchSegment('*a*a*a*a*a*b', name)).toBe(false)
  })
})

describe('expandGlob', () => {
  let root: string
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'corroborate-glob-'))
    for (const path of [
      'a.md',
      'b.txt',
      'desk/c.md',
      'desk/2025/d.md',
      '.hidden/e.md',
      'node_modules/f.md',
      '.g.md',
    ]) {
      mkdirSync(join(root, path, '..'), { recursive: true })
      writeFileSync(join(root, path), 'text')
    }
    mkdirSync(join(root, 'folder.md'))
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it.each([
    ['*.md', ['a.md']],
    ['*', ['a.md', 'b.txt']],
    ['desk/*.md', ['desk/c.md']],
    ['**/*.md', ['a.md', 'desk/2025/d.md', 'desk/c.md']],
    ['desk/**/*.md', ['desk/2025/d.md', 'desk/c.md']],
    ['?.txt', ['b.txt']],
    ['.*.md', ['.g.md']],
    ['nowhere/*.md', []],
  ])('%s finds %j (files only, sorted, no dot or node_modules folders)', (pattern, expected) => {
    expect(expandGlob(pattern, root)).toEqual(expected)
  })

  it('keeps absolute patterns absolute', () => {
    expect(expandGlob(`${root}/desk/*.md`, '/')).toEqual([`${root}/desk/c.md`])
  })

  it('tells patterns from plain paths', () => {
    expect(isGlob('desk/*.md')).toBe(true)
    expect(isGlob('a?.md')).toBe(true)
    expect(isGlob('desk/a.md')).toBe(false)
  })
})
