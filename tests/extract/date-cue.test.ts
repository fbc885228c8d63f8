import { casual } from 'chrono-node/en'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chronoDates, mayHoldDate } from '../../src/extract/extractors/date.js'
import { figureCases, nameCases, quoteCases } from '../fixtures/extract/cases.js'

// The date extractor runs chrono-node only where `mayHoldDate` is true. That loses nothing only
// if it is true wherever chrono finds a date the extractor keeps, so these tests hold it to
// chrono itself, on fixture sentences and on phrases built from the pieces chrono reads.

const reference = new Date(2025, 2, 12, 12)
const keptDates = (text: string): number =>
  chronoDates(text, 0, text, null).length + chronoDates(text, 0, text, reference).length

/** Words and pieces that chrono reads, that look like what it reads, or that glue onto either. */
const pieces = [
  ...'at from in on of for within this last past next after ago before earlier later out and the a an few several couple half about around'.split(
    ' ',
  ),
  ...'one two three ten twelve first fifth twentieth thirty-first'.split(' '),
  ...'may mar march sept. dec jun june sun sat mon monday thurs fri. friday weekend'.split(' '),
  ...'now today tonight tomorrow yesterday noon midnight morning night evening'.split(' '),
  ...'s m h d w y mo mos hr hrs min mins sec qtr yr day days week weeks month year years quarter'.split(' '),
  ..."am pm a.m. p.m. a p o'clock clock T".split(' '),
  ...'5 12 30 2024 1999 05 4,315 12.5 9,000'.split(' '),
  ...'they them tend mayor money showed people said police ferry'.split(' '),
]
const separators = ['', ' ', ' ', ' ', '  ', ',', ', ', '.', '. ', '-', '/', ':', "'", '(', ')']

const phrase = fc
  .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...separators)), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.map(([piece, separator]) => piece + separator).join(''))

describe('mayHoldDate', () => {
  it('is true for every phrase of date-like pieces in which the extractor keeps a chrono date (property)', () => {
    fc.assert(
      fc.property(phrase, fc.boolean(), (text, upper) => {
        const cased = upper ? text.toUpperCase() : text
        if (keptDates(cased) > 0) expect(mayHoldDate(cased), cased).toBe(true)
      }),
      { numRuns: 3000, seed: 11 },
    )
  })

  it("is true for every fixture sentence in which chrono finds anything but a lone 'now'", () => {
    const texts = [...Object.values(figureCases).flat(), ...nameCases, ...quoteCases].map((c) => c.text)
    const found = (text: string) =>
      casual.parse(text, reference).filter((result) => result.text.toLowerCase() !== 'now')
    const missed = texts.filter((text) => found(text).length > 0 && !mayHoldDate(text))
    expect(missed).toEqual([])
  })

  it.each(['Officials now say that 14 homes were lost.', 'Now the bridge is closed to lorries.'])(
    "lets chrono skip %j, where it reads only 'now', a date the extractor never keeps",
    (text) => {
      expect(casual.parse(text, reference).map((result) => result.text.toLowerCase())).toEqual(['now'])
      expect(keptDates(text)).toBe(0)
      expect(mayHoldDate(text)).toBe(false)
    },
  )

  it.each([
    'Affecting 4,315 homes, the flood closed the bridge.',
    'Twelve people died, police said.',
    'The mayor showed the damaged bridge to reporters.',
    'Turnout rose 48.8% and the fund grew to 12.5 million.',
    'A 5.6 magnitude quake hit the island.',
  ])('lets chrono skip %j', (text) => {
    expect(casual.parse(text, reference)).toEqual([])
    expect(mayHoldDate(text)).toBe(false)
  })

  it.each([
    'The bridge reopened on Friday.',
    'Talks resume at 10:30.',
    'The ferry left 3 days ago.',
    'The vote is set for 3 March 2026.',
    'The polls close by 11.30 GMT.',
    'The hearing was set for 14.03.2026.',
  ])('lets chrono read %j', (text) => {
    expect(mayHoldDate(text)).toBe(true)
    expect(keptDates(text)).toBeGreaterThan(0)
  })
})
