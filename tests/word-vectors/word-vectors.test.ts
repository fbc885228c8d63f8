import { beforeAll, describe, expect, it } from 'vitest'
import { compare, similarity } from '../../src/index.js'
import {
  loadWordVectors,
  quantiseVectors,
  vectorOverlap,
  type WordVectorScorer,
  type WordVectors,
  wordCosine,
  wordVectorSimilarity,
} from '../../src/word-vectors/index.js'

// Pairs written for these tests: the same fact in other words, and an unrelated statement.
const paraphrases: [string, string][] = [
  [
    'Firefighters carried 12 residents out of the blazing apartment block before dawn.',
    'Fire crews rescued 12 people from the burning flats early in the morning.',
  ],
  [
    'The council postponed the vote on the new stadium until spring.',
    'Local lawmakers delayed their decision on the arena project by several months.',
  ],
  [
    'Heavy rain flooded the main highway, stranding hundreds of drivers.',
    'Torrential downpours swamped the motorway and left many motorists stuck.',
  ],
]
const unrelated = [
  'The orchestra will perform a new symphony at the festival next week.',
  'Shares of the chip maker rose after its quarterly earnings beat forecasts.',
  'The museum acquired a rare medieval manuscript from a private collector.',
]

let table: WordVectors
let score: WordVectorScorer

beforeAll(async () => {
  table = await loadWordVectors()
  score = await wordVectorSimilarity({ vectors: table })
})

describe('loadWordVectors', () => {
  it('keeps the 50,000 most frequent words, quantised', () => {
    expect(table.rows.size).toBe(50_000)
    expect(table.dimensions).toBe(100)
    expect(table.values).toBeInstanceOf(Int8Array)
    expect(table.values.length).toBe(50_000 * 100)
    expect(table.rows.has('the')).toBe(true)
  })

  it('puts words of one meaning close together', () => {
    expect(wordCosine(table, 'wreckage', 'debris')).toBeGreaterThan(0.6)
    expect(wordCosine(table, 'wreckage', 'symphony')).toBeLessThan(0.3)
    expect(wordCosine(table, 'wreckage', 'not-a-word-at-all')).toBeUndefined()
  })

  it('treats words that name Object members as plain words', () => {
    expect(wordCosine(table, 'constructor', '__proto__')).toBeUndefined()
  })
})

describe('wordVectorSimilarity', () => {
  it('scores paraphrases with few shared words above unrelated sentences', () => {
    for (const [a, b] of paraphrases) {
      for (const other of unrelated) expect(score(a, b)).toBeGreaterThan(score(a, other))
    }
  })

  it('scores those paraphrases higher than the lexical similarity alone does', () => {
    for (const [a, b] of paraphrases) expect(score(a, b)).toBeGreaterThan(similarity(a, b))
  })

  it('gives scores in 0..1, symmetric, the same on every call', async () => {
    const texts = [...paraphrases.flat(), ...unrelated, '', '   ', '42', 'Constructor toString __proto__.']
    const again = await wordVectorSimilarity({ vectors: table })
    for (const a of texts) {
      for (const b of texts) {
        const value = score(a, b)
        expect(value).toBeGreaterThanOrEqual(0)
        expect(value).toBeLessThanOrEqual(1)
        expect(score(b, a)).toBeCloseTo(value, 12)
        expect(again(a, b)).toBe(value)
      }
    }
    expect(score('', paraphrases[0]![0])).toBe(0)
  })

  it('loads the package once per process', async () => {
    const first = await wordVectorSimilarity()
    // Without a clock: a second load would read the file, which takes I/O callbacks, so it
    // could not settle before the next turn of the event loop; the remembered table does.
    const pending = wordVectorSimilarity()
    const nextTurn = new Promise<'read again'>((resolve) => setImmediate(() => resolve('read again')))
    expect(await Promise.race([pending.then(() => 'remembered' as const), nextTurn])).toBe('remembered')
    const second = await pending
    expect(second(...paraphrases[0]!)).toBe(first(...paraphrases[0]!))
  })

  it('serves as the similarity hook of compare, with a threshold on its scale', () => {
    const articles = [
      { id: 'north', text: `${paraphrases[1]![0]} ${unrelated[0]}` },
      { id: 'south', text: `${paraphrases[1]![1]} ${unrelated[1]}` },
    ]
    const result = compare(articles, { similarity: score, threshold: 0.4 })
    const text = new Map(
      result.articles.flatMap((article) => article.statements.map((s) => [s.id, s.text] as const)),
    )
    const joined = result.claims.filter((claim) => claim.articleIds.length === 2)
    expect(joined).toHaveLength(1)
    expect(joined[0]!.statementIds.map((id) => text.get(id)).sort()).toEqual([...paraphrases[1]!].sort())
  })

  it('rejects what is neither text nor a statement', () => {
    expect(() => score(42 as unknown as string, 'text')).toThrowError(
      expect.objectContaining({ code: 'E_INPUT_TYPE' }),
    )
  })
})

describe('vectorOverlap', () => {
  it('is 1 for the same words and 0 when a text has no weighted word', () => {
    expect(vectorOverlap(table, 'Wreckage blocked the road.', 'The road blocked wreckage.')).toBeCloseTo(1, 6)
    expect(vectorOverlap(table, 'the of and', 'Wreckage blocked the road.')).toBe(0)
  })

  it('works on a small table of your own', () => {
    const own = quantiseVectors([
      ['harbour', [1, 0.2, 0]],
      ['port', [0.9, 0.3, 0.1]],
      ['poem', [0, 0.1, 1]],
    ])
    expect(vectorOverlap(own, 'harbour', 'port')).toBeGreaterThan(vectorOverlap(own, 'harbour', 'poem'))
  })
})
