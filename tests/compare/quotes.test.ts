import { describe, expect, it } from 'vitest'
import {
  briefDiff,
  compareQuotes,
  quoteOverlap,
  quoteText,
  sameQuote,
  speakerOf,
  wordDiff,
} from '../../src/compare/quotes.js'
import type { Detail, Statement } from '../../src/types.js'

function q(words: string, speaker?: string): Detail {
  const detail: Detail = {
    kind: 'quote',
    text: `"${words}"`,
    start: 0,
    end: words.length + 2,
    value: words,
    unit: null,
    hedge: null,
    subject: null,
  }
  if (speaker !== undefined) detail.speaker = speaker
  return detail
}

describe('compareQuotes', () => {
  it.each([
    { a: 'We will rebuild every home.', b: 'we will rebuild every home', status: 'agree' },
    { a: 'It\u2019s a tragedy', b: "It's a tragedy", status: 'agree' },
    { a: 'We will rebuild every home by winter', b: 'rebuild every home', status: 'compatible' },
    { a: 'We will rebuild every home', b: 'We will rebuild all the homes', status: 'diverge' },
    { a: 'We will rebuild every home', b: 'We will not rebuild every home', status: 'diverge' },
  ])('"$a" against "$b": $status', ({ a, b, status }) => {
    expect(compareQuotes(a, b).status).toBe(status)
  })

  it('diffs a reworded quote word by word', () => {
    const { diff } = compareQuotes('We will rebuild every home', 'We will not rebuild every home')
    expect(diff?.filter((part) => part.added).map((part) => part.value.trim())).toEqual(['not'])
    expect(diff?.some((part) => part.removed)).toBe(false)
  })

  it('shortens a diff for a one-line message', () => {
    const parts = wordDiff(
      'Our crews worked through the night and we will rebuild every home before the winter comes',
      'Our crews worked through the night and we will rebuild all the homes before the winter comes',
    )
    expect(briefDiff(parts)).toBe('... will rebuild [-every home-] [+all the homes+] before the ...')
  })
})

describe('sameQuote', () => {
  it.each([
    {
      name: 'same speaker, reworded',
      a: q('The current was running faster than anything we have recorded', 'Ines Varga'),
      b: q("The current was faster than anything we've seen", 'Varga'),
      same: true,
    },
    {
      name: 'same speaker, two different remarks',
      a: q('We will rebuild', 'Ana Ortiz'),
      b: q('Nobody is leaving', 'Ortiz'),
      same: false,
    },
    {
      name: 'different speakers, same words',
      a: q('We will rebuild every home', 'Ortiz'),
      b: q('We will rebuild every home', 'Lee'),
      same: false,
    },
    {
      name: 'no speakers, high overlap',
      a: q('homes before profits, now'),
      b: q('homes before profits'),
      same: true,
    },
    {
      name: 'no speakers, low overlap',
      a: q('homes before profits'),
      b: q('the river is rising fast'),
      same: false,
    },
    {
      name: 'one speaker unknown, middling overlap',
      a: q('The current was running faster than anything we have recorded', 'Ines Varga'),
      b: q("The current was faster than anything we've seen"),
      same: false,
    },
  ])('$name: $same', ({ a, b, same }) => {
    const side = (d: Detail) => ({ text: quoteText(d), speaker: d.speaker })
    expect(sameQuote(side(a), side(b)) > 0).toBe(same)
    expect(sameQuote(side(b), side(a)) > 0).toBe(same)
  })

  it('scores closer wording higher, so the closest version wins', () => {
    const base = { text: 'We will rebuild every home by winter', speaker: 'Ortiz' }
    const close = sameQuote(base, { text: 'We will rebuild every home', speaker: 'Ortiz' })
    const far = sameQuote(base, { text: 'Every home will be rebuilt, in time', speaker: 'Ortiz' })
    expect(close).toBeGreaterThan(far)
    expect(far).toBeGreaterThan(0)
  })

  it('takes its overlap thresholds and name similarity from the options', () => {
    const reworded = [
      { text: 'We will rebuild every home', speaker: undefined },
      { text: 'We will rebuild all the homes', speaker: undefined },
    ] as const
    const thresholds = { quoteOverlap: 0.5, sameSpeakerQuoteOverlap: 0.2, nameSimilarity: 0.93 }
    expect(sameQuote(...reworded, thresholds)).toBe(1.75)
    expect(sameQuote(...reworded, { ...thresholds, quoteOverlap: 0.8 })).toBe(0)
    const spoken = (speaker: string) => ({ text: 'We will rebuild every home', speaker })
    expect(sameQuote(spoken('Zelensky'), spoken('Zelenskyy'), thresholds)).toBe(2)
    expect(sameQuote(spoken('Zelensky'), spoken('Zelenskyy'), { ...thresholds, nameSimilarity: 0.99 })).toBe(
      0,
    )
    const remarks = [
      spoken('Ortiz'),
      { text: 'Every home will be rebuilt, in time', speaker: 'Ortiz' },
    ] as const
    expect(sameQuote(...remarks, thresholds)).toBe(1.5)
    expect(sameQuote(...remarks, { ...thresholds, sameSpeakerQuoteOverlap: 0.6 })).toBe(0)
  })

  it('measures overlap on content-word stems', () => {
    expect(quoteOverlap('They rebuild homes', 'rebuilding all the homes')).toBe(1)
    expect(quoteOverlap('rain', 'sun')).toBe(0)
  })

  it('strips quote marks and edge punctuation from the quoted words', () => {
    expect(quoteText({ ...q('x'), value: '\u201cWe will rebuild,\u201d' })).toBe('We will rebuild')
  })
})

describe('speakerOf', () => {
  const statement = (details: Detail[], citations: Statement['citations'] = []): Statement => ({
    id: 's#0',
    articleId: 's',
    index: 0,
    text: '',
    start: 0,
    end: 0,
    line: 1,
    column: 1,
    kind: 'sentence',
    details,
    citations,
  })
  const attribution = (name: string): Detail => ({
    ...q(name),
    kind: 'attribution',
    value: name,
    speaker: name,
  })

  it.each([
    {
      name: 'the quote names its speaker',
      quote: q('We rebuild', 'Ana Ortiz'),
      others: [attribution('Tom Lee')],
      speaker: 'Ana Ortiz',
    },
    {
      name: 'one attribution in the statement',
      quote: q('We rebuild'),
      others: [attribution('Ana Ortiz')],
      speaker: 'Ana Ortiz',
    },
    {
      name: 'one person under two spellings',
      quote: q('We rebuild'),
      others: [attribution('Ana Ortiz'), attribution('Ortiz')],
      speaker: 'Ana Ortiz',
    },
    {
      name: 'two people: no telling',
      quote: q('We rebuild'),
      others: [attribution('Ana Ortiz'), attribution('Tom Lee')],
      speaker: undefined,
    },
    { name: 'nobody', quote: q('We rebuild'), others: [], speaker: undefined },
  ])('$name', ({ quote, others, speaker }) => {
    expect(speakerOf(quote, statement([quote, ...others]))).toBe(speaker)
  })

  it('reads a said citation', () => {
    const quote = q('We rebuild')
    expect(
      speakerOf(quote, statement([quote], [{ kind: 'said', source: 'Ana Ortiz', start: 0, end: 1 }])),
    ).toBe('Ana Ortiz')
  })
})
