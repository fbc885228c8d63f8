import { readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { check } from 'recheck'
import { describe, expect, it } from 'vitest'

// Every regular expression of the core lives in a `patterns.ts` module (STYLE.md, point 10).
// Inputs may be 10 MB, so each must be linear-time: recheck proves it per pattern, and each
// pattern also scans 100 KB of adversarial text (a super-linear pattern would not finish).

const src = join(import.meta.dirname, '..', '..', 'src')

function patternModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) return patternModules(path)
      return entry.name === 'patterns.ts' ? [path] : []
    })
    .sort()
}

/** Exported RegExps, also inside exported arrays and plain objects (one level deep). */
function regExpsOf(exports: Record<string, unknown>): [string, RegExp][] {
  const found: [string, RegExp][] = []
  for (const [name, value] of Object.entries(exports)) {
    if (value instanceof RegExp) found.push([name, value])
    else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        if (item instanceof RegExp) found.push([`${name}[${i}]`, item])
      })
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (item instanceof RegExp) found.push([`${name}.${key}`, item])
      }
    }
  }
  return found
}

const modules = patternModules(src)
const patterns: { id: string; regexp: RegExp }[] = []
for (const file of modules) {
  const exports = (await import(pathToFileURL(file).href)) as Record<string, unknown>
  for (const [name, regexp] of regExpsOf(exports))
    patterns.push({ id: `${relative(src, file)} ${name}`, regexp })
}

const size = 100 * 1024

/** Long runs of the characters figure, quote and markup patterns loop over. */
const adversarial: Record<string, string> = {
  letters: 'a'.repeat(size),
  digits: '9'.repeat(size),
  spaces: ' '.repeat(size),
  'line breaks': '\n'.repeat(size),
  'straight quotes': '"'.repeat(size),
  'curly quotes': '“'.repeat(size),
  dots: '.'.repeat(size),
  'digit groups': '1,'.repeat(size / 2),
  'decimal runs': '1.'.repeat(size / 2),
  'number words': 'nine '.repeat(size / 5),
  'hyphenated words': 'twenty-'.repeat(size / 7),
  'money signs': '$1 '.repeat(size / 3),
  'tag openers': '<a '.repeat(size / 3),
  'bracket openers': '[('.repeat(size / 2),
  'markdown markers': '#*_>-|'.repeat(size / 6),
  'capitalised words': 'Port Calloway '.repeat(size / 14),
  'said quotes': '"a," said "'.repeat(size / 11),
  mixed: 'About 1,2 "a. 3% $4 '.repeat(size / 20),
}

describe('regular expressions in src/**/patterns.ts', () => {
  it('finds the pattern modules and their exported RegExps', () => {
    expect(modules.length).toBeGreaterThan(0)
    expect(patterns.length).toBeGreaterThan(0)
  })

  describe.each(patterns)('$id', ({ regexp }) => {
    it('is proven safe from catastrophic backtracking by recheck', { timeout: 120_000 }, async () => {
      // A fixed seed makes recheck's fuzzing, and so the verdict, the same on every run.
      const diagnostics = await check(regexp.source, regexp.flags, { timeout: 60_000, randomSeed: 20261129 })
      // On failure this shows the complexity and the attack recheck found, e.g. "'a'.repeat(31) + '!'".
      const verdict = {
        status: diagnostics.status,
        complexity: 'complexity' in diagnostics ? diagnostics.complexity.summary : null,
        attack: 'attack' in diagnostics ? diagnostics.attack.pattern : null,
      }
      expect(verdict).toEqual({ status: 'safe', complexity: verdict.complexity, attack: null })
    })

    it('scans 100 KB runs of adversarial text to the end', () => {
      const scanner = new RegExp(
        regexp.source,
        regexp.flags.includes('g') ? regexp.flags : `${regexp.flags}g`,
      )
      for (const text of Object.values(adversarial)) {
        let matches = 0
        for (const _ of text.matchAll(scanner)) matches++
        expect(matches).toBeGreaterThanOrEqual(0)
      }
    })
  })
})
