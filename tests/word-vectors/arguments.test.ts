import { describe, expect, it } from 'vitest'
import { quantiseVectors, vectorOverlap, type WordVectors, wordCosine } from '../../src/word-vectors/index.js'

// The word-vector helpers called as a new user might call them by mistake: each says what to
// pass, as a CorroborateError, instead of failing inside with a TypeError. A small table of
// our own, so that the word-vector package is not needed here.
const table = quantiseVectors([
  ['harbour', [1, 0.2, 0]],
  ['port', [0.9, 0.3, 0.1]],
])
const call =
  (fn: (...args: never[]) => unknown, ...args: unknown[]) =>
  () =>
    fn(...(args as never[]))

describe('the word-vector helpers refuse what is not their input', () => {
  it.each([
    ['wordCosine without a table', call(wordCosine), /wordCosine expects a word-vector table first/],
    [
      'wordCosine with one word',
      call(wordCosine, table, 'harbour'),
      /wordCosine expects two words after the table/,
    ],
    ['vectorOverlap without a table', call(vectorOverlap), /vectorOverlap expects a word-vector table first/],
    [
      'vectorOverlap with texts in place of the table',
      call(vectorOverlap, 'harbour', 'port'),
      /vectorOverlap expects a word-vector table first/,
    ],
    [
      'quantiseVectors without pairs',
      call(quantiseVectors),
      /quantiseVectors expects \[word, vector\] pairs/,
    ],
    [
      'quantiseVectors with vectors of two lengths',
      call(quantiseVectors, [
        ['harbour', [1, 0]],
        ['port', [1, 0, 0]],
      ]),
      /word vector of 'port' has 3 dimensions, not 2/,
    ],
  ])('%s: E_INPUT_TYPE', (_, run, message) => {
    expect(run).toThrow(
      expect.objectContaining({ code: 'E_INPUT_TYPE', message: expect.stringMatching(message) }),
    )
  })

  it('still answers a well-formed call', () => {
    const own: WordVectors = table
    expect(wordCosine(own, 'harbour', 'port')).toBeGreaterThan(0.9)
    expect(vectorOverlap(own, 'harbour', 'port')).toBeGreaterThan(0.9)
  })
})
