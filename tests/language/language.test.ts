import { describe, expect, it } from 'vitest'
import { english } from '../../src/language/english.js'
import { parseDocument } from '../../src/parse/index.js'
import { segmentDocument } from '../../src/segment/index.js'
import { testLanguage } from './test-language.js'

const sentences = (raw: string, language = english) =>
  segmentDocument(raw, parseDocument(raw, 'text'), {
    articleId: 'a',
    granularity: 'sentence',
    outletMarkers: [],
    language,
  }).map((unit) => unit.statement.text)

describe('the language seam of segmentation', () => {
  it('keeps a title of the language with its name, and splits after one of another language', () => {
    const raw = 'Zq. Ortiz opened the bridge. Traffic moved.'
    expect(sentences(raw)).toEqual(['Zq.', 'Ortiz opened the bridge.', 'Traffic moved.'])
    expect(sentences(raw, testLanguage)).toEqual(['Zq. Ortiz opened the bridge.', 'Traffic moved.'])
    // English titles are not the test language's: 'Dr.' ends a sentence there.
    expect(sentences('Dr. Park spoke.')).toEqual(['Dr. Park spoke.'])
    expect(sentences('Dr. Park spoke.', testLanguage)).toEqual(['Dr.', 'Park spoke.'])
  })

  it('ends a sentence after an abbreviation only before an opener of the language', () => {
    const english = 'Talks resumed in the U.S. The vote is on Friday.'
    const made = 'Talks resumed in the U.S. La vote is on Friday.'
    expect(sentences(english)).toEqual(['Talks resumed in the U.S.', 'The vote is on Friday.'])
    expect(sentences(english, testLanguage)).toEqual([english])
    expect(sentences(made)).toEqual([made])
    expect(sentences(made, testLanguage)).toEqual(['Talks resumed in the U.S.', 'La vote is on Friday.'])
  })

  it('uses English when no language is given', () => {
    const raw = 'Gen. Ortiz left the U.S. The talks ended.'
    const options = { articleId: 'a', granularity: 'sentence', outletMarkers: [] } as const
    const units = segmentDocument(raw, parseDocument(raw, 'text'), options)
    expect(units.map((unit) => unit.statement.text)).toEqual(['Gen. Ortiz left the U.S.', 'The talks ended.'])
    expect(sentences(raw, testLanguage)).toEqual(['Gen.', 'Ortiz left the U.S. The talks ended.'])
  })
})
