import { describe, expect, it } from 'vitest'
import { extractFromMapped } from '../../src/extract/index.js'
import { isSpeechVerbForm } from '../../src/extract/speech-verbs.js'
import { analyze, compare, extractDetails, segment } from '../../src/index.js'
import { english } from '../../src/language/english.js'
import { parseDocument } from '../../src/parse/index.js'
import { identityMap } from '../../src/parse/offsets.js'
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

  it('splits a compound sentence before a subject word of the language', () => {
    const clauses = (raw: string, language: typeof english) =>
      segmentDocument(raw, parseDocument(raw, 'text'), {
        articleId: 'a',
        granularity: 'clause',
        outletMarkers: [],
        language,
      }).map((unit) => unit.statement.text)
    const theCrowd = 'Troops marched through the old square at dawn, and the crowd cheered them for an hour.'
    const illeCrowd =
      'Troops marched through the old square at dawn, and ille crowd cheered them for an hour.'
    expect(clauses(theCrowd, english)).toHaveLength(2)
    expect(clauses(theCrowd, testLanguage)).toHaveLength(1)
    expect(clauses(illeCrowd, english)).toHaveLength(1)
    expect(clauses(illeCrowd, testLanguage)).toEqual([
      'Troops marched through the old square at dawn',
      'and ille crowd cheered them for an hour.',
    ])
  })

  it('uses English when no language is given', () => {
    const raw = 'Gen. Ortiz left the U.S. The talks ended.'
    const options = { articleId: 'a', granularity: 'sentence', outletMarkers: [] } as const
    const units = segmentDocument(raw, parseDocument(raw, 'text'), options)
    expect(units.map((unit) => unit.statement.text)).toEqual(['Gen. Ortiz left the U.S.', 'The talks ended.'])
    expect(sentences(raw, testLanguage)).toEqual(['Gen.', 'Ortiz left the U.S. The talks ended.'])
  })
})

const speech = (raw: string, language = english) =>
  extractFromMapped(identityMap(raw), raw, { referenceDate: null, language })
    .filter((detail) => detail.kind === 'quote' || detail.kind === 'attribution')
    .map((detail) => [detail.kind, detail.source, detail.cue])

describe('the language seam of speaker cues', () => {
  it('reads an attribution by the speech verbs of the language', () => {
    expect(speech('Twelve boats sank, police said.')).toEqual([['attribution', 'police', 'said']])
    expect(speech('Twelve boats sank, police said.', testLanguage)).toEqual([])
    expect(speech('Twelve boats sank, police dixit.')).toEqual([])
    expect(speech('Twelve boats sank, police dixit.', testLanguage)).toEqual([
      ['attribution', 'police', 'dixit'],
    ])
  })

  it("finds a quote's speaker by the language's speech verbs, before and after the quote", () => {
    const after = '"We will rebuild the bridge," Mayor Ines Varga dixit.'
    expect(speech(after)).toEqual([['quote', null, null]])
    expect(speech(after, testLanguage)).toEqual([
      ['quote', 'Ines Varga', 'dixit'],
      ['attribution', 'Ines Varga', 'dixit'],
    ])
    const before = 'Mayor Ines Varga ait: "We will rebuild the bridge."'
    expect(speech(before)).toEqual([['quote', null, null]])
    expect(speech(before, testLanguage)).toEqual([
      ['attribution', 'Ines Varga', 'ait'],
      ['quote', 'Ines Varga', 'ait'],
    ])
  })

  it('knows a speech verb by its form with the irregular forms of the language', () => {
    expect(isSpeechVerbForm('dixit', english)).toBe(false)
    expect(isSpeechVerbForm('dixit', testLanguage)).toBe(true)
    // 'hundred' has the form of a past tense; English lists it as no speech verb, the test language does not.
    expect(isSpeechVerbForm('hundred', english)).toBe(false)
    expect(isSpeechVerbForm('hundred', testLanguage)).toBe(true)
  })
})

describe('the language option of the public API', () => {
  const texts = (statements: readonly { text: string }[]) => statements.map((statement) => statement.text)

  it('segments by the words of the language it is given, English by default', () => {
    const raw = 'Zq. Ortiz opened the bridge. Traffic moved.'
    expect(texts(segment(raw))).toEqual(['Zq.', 'Ortiz opened the bridge.', 'Traffic moved.'])
    expect(texts(segment(raw, { language: testLanguage }))).toEqual([
      'Zq. Ortiz opened the bridge.',
      'Traffic moved.',
    ])
    expect(texts(segment(raw, { language: english }))).toEqual(texts(segment(raw)))
  })

  it('reaches segmentation and speaker cues through analyze, extractDetails and compare', () => {
    const raw = 'Zq. Varga opened the bridge. Twelve boats sank, police dixit.'
    const article = analyze({ id: 'wire', text: raw }, { language: testLanguage })
    expect(texts(article.statements)).toEqual([
      'Zq. Varga opened the bridge.',
      'Twelve boats sank, police dixit.',
    ])
    expect(article.statements[1]!.citations).toEqual([
      {
        kind: 'said',
        source: 'police',
        start: raw.indexOf('police dixit'),
        end: raw.indexOf('police dixit') + 12,
      },
    ])
    expect(analyze({ id: 'wire', text: raw }).statements[2]!.citations).toEqual([])
    const cue = (options = {}) =>
      extractDetails('Twelve boats sank, police dixit.', options)
        .filter((detail) => detail.kind === 'attribution')
        .map((detail) => detail.cue)
    expect(cue()).toEqual([])
    expect(cue({ language: testLanguage })).toEqual(['dixit'])
    const report = compare([raw, 'Zq. Varga opened the bridge on Monday.'], { language: testLanguage })
    expect(report.articles.map((entry) => entry.statements.length)).toEqual([2, 1])
    // report.options records what changes a result through JSON: a Language is code, so not it.
    expect(Object.keys(report.options)).not.toContain('language')
  })

  it.each([
    ['a string', 'en', "received 'en'"],
    ['a record without a code', { ...english, code: '' }, 'its code'],
    ['a list for a Set', { ...english, titles: ['dr'] }, "'titles' is a list, not a Set of words"],
    [
      'an upper-case entry',
      { ...english, sentenceOpeners: new Set(['The']) },
      "'sentenceOpeners' holds 'The'; entries are lower-case",
    ],
    [
      'an abbreviation written with its last dot',
      { ...english, titles: new Set([...english.titles, 'cmdt.']) },
      "'titles' holds 'cmdt.'; write abbreviations without their last dot ('cmdt')",
    ],
    [
      'an entry with a space before it',
      { ...english, neverFinal: new Set([' viz']) },
      "'neverFinal' holds ' viz'; write it without the spaces around it",
    ],
    [
      'a speech verb of spaces only',
      { ...english, speechVerbs: [...english.speechVerbs, '  '] },
      "'speechVerbs' holds '  ', not a word",
    ],
    [
      'speech verbs that are no list',
      { ...english, speechVerbs: 'said' },
      "'speechVerbs' is 'said', not a list",
    ],
  ])('refuses %s with E_OPTION', (_, language, part) => {
    let caught: unknown
    try {
      segment('Ten boats sank.', { language: language as never })
    } catch (error) {
      caught = error
    }
    expect(caught).toMatchObject({ code: 'E_OPTION' })
    expect((caught as Error).message).toMatch(/^Option 'language' must be a Language record like english/)
    expect((caught as Error).message).toContain(part)
  })
})

describe('english, shared by every call', () => {
  it('refuses to change in place, so one caller cannot change the sentences of the next', () => {
    const raw = 'Cmdt. Alvarez inspected the dam. Crews waited.'
    const before = segment(raw).map((statement) => statement.text)
    let caught: unknown
    try {
      ;(english.titles as Set<string>).add('cmdt')
    } catch (error) {
      caught = error
    }
    expect(caught).toMatchObject({ code: 'E_OPTION' })
    expect((caught as Error).message).toContain('english is read-only and shared by every call')
    expect((caught as Error).message).toContain(
      "{ ...english, titles: new Set([...english.titles, 'cmdt']) }",
    )
    expect(() => (english.neverFinal as Set<string>).delete('e.g')).toThrow('english is read-only')
    expect(() => (english.sentenceOpeners as Set<string>).clear()).toThrow('english is read-only')
    expect(() => (english.speechVerbs as string[]).push('quipped')).toThrow(TypeError)
    expect(() => Object.assign(english, { code: 'xx' })).toThrow(TypeError)
    expect(english.titles.has('cmdt')).toBe(false)
    expect(english.neverFinal.has('e.g')).toBe(true)
    expect(segment(raw).map((statement) => statement.text)).toEqual(before)
    // A spread of english is still a Language, and its own Set takes the new word.
    const own = { ...english, titles: new Set([...english.titles, 'cmdt']) }
    expect(segment(raw, { language: own }).map((statement) => statement.text)).toEqual([
      'Cmdt. Alvarez inspected the dam.',
      'Crews waited.',
    ])
  })
})
