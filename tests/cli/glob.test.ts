import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expandGlob, isGlob } from '../../src/cli/glob.js'
import { CorroborateError } from '../../src/errors.js'

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

  describe('one segment, as the hand-written matcher had it', () => {
    let flat: string
    beforeAll(() => {
      flat = mkdtempSync(join(tmpdir(), 'corroborate-glob-flat-'))
      for (const name of [
        'harbor.md',
        'harbor.mdx',
        'abc',
        'abbc',
        'northgate-wire.txt',
        'a-b-c.txt',
        'a-b.txt',
        'exact.txt',
        'exact.txt2',
        'x[1].md',
        'y{a,b}.md',
        'ya.md',
        'z(c).md',
        '!bang.md',
      ]) {
        writeFileSync(join(flat, name), 'text')
      }
      symlinkSync(join(flat, 'harbor.md'), join(flat, 'linked.md'))
    })
    afterAll(() => rmSync(flat, { recursive: true, force: true }))

    it.each([
      ['*.md', ['!bang.md', 'harbor.md', 'linked.md', 'x[1].md', 'ya.md', 'y{a,b}.md', 'z(c).md']],
      ['a?c', ['abc']],
      ['*wire*', ['northgate-wire.txt']],
      ['*-*-*.txt', ['a-b-c.txt']],
      ['exact.txt*', ['exact.txt', 'exact.txt2']],
      ['x[1]*', ['x[1].md']],
      ['y{a,b}*', ['y{a,b}.md']],
      ['z(c)*', ['z(c).md']],
      ['!bang*', ['!bang.md']],
    ])('%s finds %j (brackets, braces, parentheses and ! are literal)', (pattern, expected) => {
      expect(expandGlob(pattern, flat)).toEqual(expected)
    })

    it('refuses more than three stars in one segment before touching a file', () => {
      expect(() => expandGlob('*a*a*a*a*b', flat)).toThrow(CorroborateError)
      expect(() => expandGlob('*a*a*a*a*b', flat)).toThrow(
        "the pattern '*a*a*a*a*b' has 5 '*' in '*a*a*a*a*b'; use at most 3 in one path segment",
      )
      expect(expandGlob('**/*r*r*.md', flat)).toEqual(['harbor.md'])
    })
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
    ['./desk/*.md', ['./desk/c.md']],
    ['desk//*.md', ['desk/c.md']],
    ['desk\\**\\*.md', ['desk/2025/d.md', 'desk/c.md']],
    ['**/node_modules/*.md', ['node_modules/f.md']],
    ['node_modules/*.md', ['node_modules/f.md']],
    ['.hidden/*.md', ['.hidden/e.md']],
  ])('%s finds %j (files only, sorted, no dot or node_modules folders)', (pattern, expected) => {
    expect(expandGlob(pattern, root)).toEqual(expected)
  })

  it('follows symbolic links to folders, and a link back up ends', () => {
    const linked = mkdtempSync(join(tmpdir(), 'corroborate-glob-links-'))
    mkdirSync(join(linked, 'real'))
    writeFileSync(join(linked, 'real/x.md'), 'text')
    symlinkSync(join(linked, 'real'), join(linked, 'alias'))
    symlinkSync(linked, join(linked, 'real/up'))
    try {
      expect(expandGlob('*/*.md', linked)).toEqual(['alias/x.md', 'real/x.md'])
      // fdir cuts the loop off; which of the paths through it come back is its own choice.
      const throughLoop = expandGlob('real/**/*.md', linked)
      expect(throughLoop).toContain('real/x.md')
      expect(throughLoop.length).toBeLessThan(4)
    } finally {
      rmSync(linked, { recursive: true, force: true })
    }
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
