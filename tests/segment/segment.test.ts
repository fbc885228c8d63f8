import { describe, expect, it } from 'vitest'
import { isCorroborateError } from '../../src/errors.js'
import { english } from '../../src/language/english.js'
import { parseDocument } from '../../src/parse/index.js'
import { DEFAULT_OUTLETS, findMarkers } from '../../src/segment/citations.js'
import { splitClauses } from '../../src/segment/clauses.js'
import { isPageJunk, segment, segmentDocument } from '../../src/segment/index.js'
import { MAX_SENTENCE_LENGTH } from '../../src/segment/rules/split-long-sentences.js'
import { sentenceRules } from '../../src/segment/sentences.js'

const codeOf = (run: () => unknown): string => {
  try {
    run()
  } catch (error) {
    return isCorroborateError(error) ? error.code : `raw ${String(error)}`
  }
  return 'no error'
}

describe('segment()', () => {
  it('numbers statements with the default article id a1', () => {
    const statements = segment('The dam held. Water receded.')
    expect(statements.map((statement) => statement.id)).toEqual(['a1#0', 'a1#1'])
    expect(
      statements.every((statement) => statement.articleId === 'a1' && statement.details.length === 0),
    ).toBe(true)
  })

  it('gives 1-based line and column of each statement', () => {
    const statements = segment('Title Line\n\n  The dam held. Water receded.')
    expect(statements.map((statement) => [statement.line, statement.column])).toEqual([
      [1, 1],
      [3, 3],
      [3, 17],
    ])
  })

  it.each([
    ['empty text', () => segment(''), 'E_INPUT_EMPTY'],
    ['white space only', () => segment(' \n\t '), 'E_INPUT_EMPTY'],
    ['a number', () => segment(42 as unknown as string), 'E_INPUT_TYPE'],
    ['null', () => segment(null as unknown as string), 'E_INPUT_TYPE'],
    ['too long', () => segment('Rain fell.', { maxInputLength: 5 }), 'E_INPUT_TOO_LARGE'],
    ['bad granularity', () => segment('Rain fell.', { granularity: 'word' as 'clause' }), 'E_OPTION'],
    ['bad format', () => segment('Rain fell.', { format: 'pdf' as 'text' }), 'E_OPTION'],
    ['blank outlet marker', () => segment('Rain fell.', { outletMarkers: [' '] }), 'E_OPTION'],
  ])('rejects %s with a CorroborateError', (_name, run, code) => {
    expect(codeOf(run)).toBe(code)
  })

  it('cuts a 10 MB text without a full stop into bounded statements, losing no word', () => {
    const words = ['troops', 'marched', 'past', 'the', 'reviewing', 'stand', 'while', 'crowds', 'watched']
    const parts: string[] = []
    for (let length = 0; length < 10_000_000; length += 8) parts.push(words[parts.length % words.length]!)
    const raw = parts.join(' ')
    const statements = segment(raw, { maxInputLength: 20_000_000 })
    expect(statements.length).toBeGreaterThan(1000)
    expect(Math.max(...statements.map((statement) => statement.text.length))).toBeLessThanOrEqual(
      MAX_SENTENCE_LENGTH,
    )
    let total = 0
    for (const statement of statements) total += statement.text.split(' ').length
    expect(total).toBe(parts.length)
  })

  it('cuts a long run without spaces at the limit and never inside a surrogate pair', () => {
    const raw = '😀'.repeat(3000)
    const statements = segment(raw)
    expect(statements.map((statement) => statement.text).join('')).toBe(raw)
    for (const statement of statements) expect(statement.text).toMatch(/^(?:\ud83d\ude00)+$/)
  })

  it.each([
    ['NUL bytes', 'Water\u0000\u0000 rose.'],
    ['lone surrogates', '\udc00 Signal \ud800 lost.'],
    ['combining marks alone', '\u0301\u0301 Water rose.'],
    ['right-to-left marks', '\u200fקבוצת החילוץ הגיעה.\u200f'],
    ['only punctuation', '... !!! ???'],
    ['an unclosed quote', '"The water came fast. We lost everything'],
    ['nested brackets', '((([[[ Rain ]]])))'],
  ])('yields statements for %s without throwing', (_name, raw) => {
    const statements = segment(raw)
    expect(statements.length).toBeGreaterThan(0)
    for (const statement of statements)
      expect(raw.slice(statement.start, statement.end).length).toBeGreaterThan(0)
  })

  it('keeps the sentence rules in a literal, documented order', () => {
    expect(sentenceRules.map((rule) => rule.name)).toEqual([
      'findTerminalBoundaries',
      'splitGluedCitations',
      'mergeAbbreviations',
      'mergeInitials',
      'splitInlineLists',
      'mergeListNumbers',
      'keepQuotesTogether',
      'keepParenthesesTogether',
      'attachFollowingMarkers',
      'splitLongSentences',
    ])
  })
})

describe('statement spans after parser normalisation', () => {
  // The three inputs fuzzing analyze() found; each statement's span must slice to its source.
  it.each([
    ['a BOM before Markdown', '\ufeff police ', 'markdown', ['police']],
    ['a lone CR and a CRLF in HTML', '\r police\r\npolice ', 'html', ['police\r\npolice']],
    ['an unclosed ~~~ fence in Markdown', '~~~ about firefighters [^1]: note\n\n<p> ', 'markdown', ['<p>']],
    [
      'a Windows-saved Markdown article with a BOM',
      '\ufeff## Ferry Capsizes\r\n\r\nNine people were rescued. Two are missing.\r\n',
      'markdown',
      ['Ferry Capsizes', 'Nine people were rescued.', 'Two are missing.'],
    ],
  ] as const)('slices %s to the statement source', (_name, raw, format, sources) => {
    const statements = segment(raw, { format })
    expect(statements.map((statement) => raw.slice(statement.start, statement.end))).toEqual(sources)
  })
})

describe('segmentDocument()', () => {
  it('returns content whose text is the statement text and whose map points into the raw input', () => {
    const raw = '<p>Fish &amp; chips cost more AP News2. Sales fell.</p>'
    const units = segmentDocument(raw, parseDocument(raw, 'html'), {
      articleId: 'ap',
      granularity: 'sentence',
      outletMarkers: [],
    })
    expect(units.map((unit) => unit.statement.text)).toEqual(['Fish & chips cost more.', 'Sales fell.'])
    const [first] = units
    expect(first!.content.text).toBe(first!.statement.text)
    expect(raw.slice(first!.statement.start, first!.statement.end)).toBe(
      'Fish &amp; chips cost more AP News2.',
    )
    expect(first!.statement.citations).toEqual([{ kind: 'marker', source: 'AP News', start: 30, end: 38 }])
  })
})

describe('findMarkers()', () => {
  it('finds outlet, bracket, footnote and superscript markers with removal ranges', () => {
    const text = 'Trade doubled BBC3. Exports rose [2]. Imports fell[^n1]. Prices rose.⁴'
    expect(
      findMarkers(text, DEFAULT_OUTLETS).map((marker) => [
        marker.family,
        marker.source,
        text.slice(marker.start, marker.end),
      ]),
    ).toEqual([
      ['outlet', 'BBC', 'BBC3'],
      ['bracket', '2', '[2]'],
      ['bracket', 'n1', '[^n1]'],
      ['superscript', '4', '⁴'],
    ])
  })

  it('prefers the longest outlet name', () => {
    const [marker] = findMarkers('Ships sailed The New York Times12.', DEFAULT_OUTLETS)
    expect(marker?.source).toBe('The New York Times')
  })

  it.each([
    ['a word with digits mid-sentence', 'The G7 summit opened.'],
    ['a TV channel before a lower-case word', 'It aired on BBC1 last night.'],
    ['a unit power', 'It covers 12 m² of wall.'],
    ['a dateline-like phrase mid-paragraph', 'The report (Reuters) - a summary - leaked.'],
  ])('finds none in %s', (_name, text) => {
    expect(findMarkers(text, DEFAULT_OUTLETS)).toEqual([])
  })
})

describe('isPageJunk()', () => {
  it.each([
    'Share this article',
    'Post a Comment',
    'Previous Post Next Post',
    'youtube',
    '2 hours ago',
    'Advertisement',
    'Read more »',
    'Facebook Twitter Email',
    'By Jane Okoro',
    '***',
    'on Dec 23 2012, 5:03p',
    'December 23, 2012 at 6:11 pm ET',
    'Sun, Dec. 23, 2012',
    '12/23/2012 5:03 PM',
  ])('treats %j as page junk', (text) => {
    expect(isPageJunk(text)).toBe(true)
  })

  it.each([
    'Share prices fell 4%.',
    'By Thursday the river had risen.',
    'Read more carefully, the judge said.',
    'Advertisement revenue fell.',
    'On Dec 23 2012, the Colts clinched a playoff spot.',
    'The vote is set for December 23, 2012.',
  ])('keeps %j as a statement', (text) => {
    expect(isPageJunk(text)).toBe(false)
  })
})

describe('splitClauses()', () => {
  it('splits only where both sides are long enough', () => {
    const text =
      'Police sealed off the harbour road before dawn; divers searched the water until noon, and they found nothing.'
    expect(splitClauses(text, 0, text.length, english).map(([start, end]) => text.slice(start, end))).toEqual(
      [
        'Police sealed off the harbour road before dawn',
        'divers searched the water until noon, and they found nothing.',
      ],
    )
  })
})
