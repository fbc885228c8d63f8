import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { foldApostrophes, nameSimilarity, stem, stopwords, tokenize } from '../src/text/natural.js'

describe('natural, behind one module', () => {
  it('tokenizes, stems and knows stop words', () => {
    expect(tokenize("Putin's 80-strong unit marched")).toEqual(["putin's", '80-strong', 'unit', 'marched'])
    expect(stem('marching')).toBe('march')
    expect(stopwords.has('the')).toBe(true)
    expect(nameSimilarity('Zelensky', 'Zelenskyy')).toBeGreaterThan(0.95)
  })

  it.each([
    ['The crews’re tired and the ferry’s late.', "The crews're tired and the ferry's late."],
    ['I’ m sure they couldn’ t see it.', "I'm sure they couldn't see it."],
    ["We' ve waited, and it isn' t over.", "We've waited, and it isn't over."],
    ["The 'Harbour' inquiry, 'closed' ' now'", "The 'Harbour' inquiry, 'closed' ' now'"],
    ['ʼTis the season, the mayorʼs words.', "'Tis the season, the mayor's words."],
    ['Nothing to fold in this sentence.', 'Nothing to fold in this sentence.'],
  ])('folds the apostrophes of %j', (text, folded) => {
    expect(foldApostrophes(text)).toBe(folded)
  })
})

/**
 * What natural 8.1.1 gave, recorded through this module before the switch to natural 6.10.5
 * (the last release without database drivers among its dependencies): stems of 174 words,
 * tokens of 8 sentences and Jaro-Winkler similarities of 20 name pairs, all written for this
 * test. The four files we import are byte-identical in both releases; this pins it.
 */
const recorded = JSON.parse(
  readFileSync(new URL('./fixtures/natural/natural-8-outputs.json', import.meta.url), 'utf8'),
) as {
  stems: Record<string, string>
  tokens: [string, string[]][]
  similarities: [string, string, number][]
  stopwords: string[]
}

describe('natural 6.10.5 gives what natural 8.1.1 gave', () => {
  it('stems every word of the list alike', () => {
    const stems = Object.fromEntries(Object.keys(recorded.stems).map((word) => [word, stem(word)]))
    expect(stems).toEqual(recorded.stems)
  })

  it('tokenizes every sentence alike', () => {
    expect(recorded.tokens.map(([sentence]) => [sentence, tokenize(sentence)])).toEqual(recorded.tokens)
  })

  it('scores every name pair alike, to the last bit', () => {
    expect(recorded.similarities.map(([a, b]) => [a, b, nameSimilarity(a, b)])).toEqual(recorded.similarities)
  })

  it('has the same stop words', () => {
    expect([...stopwords].sort()).toEqual(recorded.stopwords)
  })
})
