import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractors } from '../../src/extract/built-ins.js'
import { statementContext } from '../../src/extract/extractor.js'
import { figureCases, nameCases, quoteCases } from '../fixtures/extract/cases.js'

// An extractor's `cue` lets the runner skip statements its pattern cannot match in. That loses
// nothing only if every text the pattern matches in holds the cue: these tests hold each cue
// to its pattern, on the fixture sentences and on phrases built from the pieces figures are made of.

const context = statementContext({ referenceDate: null })
const cued = extractors.flatMap((extractor) =>
  extractor.cue === undefined ? [] : [[extractor.name, extractor.pattern(context), extractor.cue] as const],
)
const fixtures = [
  ...[...Object.values(figureCases).flat(), ...nameCases, ...quoteCases].map((c) => c.text),
  'The keeper, 6-foot-2, replaced a 5 ft 10 in forward who stood 6 feet 1 inch tall.',
  'A magnitude-5.8 tremor followed the 6.1 on the Richter scale within a day.',
]

function matchesIn(pattern: RegExp, text: string): boolean {
  return new RegExp(pattern.source, pattern.flags.replace('g', '')).test(text)
}

const pieces = [
  ...'5 12 34 6.1 2,000 0.5 25 two a an half one three'.split(' '),
  ...'year years old percentage point points pp ppt basis bps magnitude Richter moment on the scale'.split(
    ' ',
  ),
  ...'feet foot ft inches inch in hour hours days week month decade century for within after over'.split(' '),
  ...'quarter quarters of a percent people rose by'.split(' '),
]
const separators = ['', ' ', ' ', ' ', '-', ', ', '.']
const phrase = fc
  .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...separators)), { minLength: 1, maxLength: 7 })
  .map((parts) => parts.map(([piece, separator]) => piece + separator).join(''))

describe('extractor cues', () => {
  it('are set on the extractors of figures that need a word of their own', () => {
    expect(cued.map(([name]) => name).sort()).toEqual(
      ['age', 'duration', 'feet-and-inches', 'magnitude', 'percentage-point'].sort(),
    )
  })

  it.each(cued)('%s: the cue is found in every fixture its pattern matches in', (_name, pattern, cue) => {
    expect(cue.global || cue.sticky).toBe(false)
    const matched = fixtures.filter((text) => matchesIn(pattern, text))
    expect(matched.length).toBeGreaterThan(0)
    expect(matched.filter((text) => !cue.test(text))).toEqual([])
    // It does skip: most fixture sentences lack it.
    expect(fixtures.filter((text) => !cue.test(text)).length).toBeGreaterThan(fixtures.length / 2)
  })

  it.each(cued)(
    '%s: the cue is found in every phrase its pattern matches in (property)',
    (_name, pattern, cue) => {
      fc.assert(
        fc.property(phrase, fc.boolean(), (text, upper) => {
          const cased = upper ? text.toUpperCase() : text
          if (matchesIn(pattern, cased)) expect(cue.test(cased), cased).toBe(true)
        }),
        { numRuns: 2000, seed: 14 },
      )
    },
  )
})
