import { describe, expect, it } from 'vitest'
import { intList } from '../../src/align/profile-scratch.js'
import { pushTrigrams } from '../../src/align/profile-trigrams.js'

/** The codes `pushTrigrams` gives `word`. */
function codes(word: string): number[] {
  const list = intList()
  pushTrigrams(list, word)
  return Array.from(list.values.subarray(0, list.length))
}

/** The trigrams of the padded word, as the strings the codes stand for. */
function trigrams(word: string): string[] {
  const padded = ` ${word} `
  const found: string[] = []
  for (let i = 0; i + 3 <= padded.length; i++) found.push(padded.slice(i, i + 3))
  return found
}

describe('pushTrigrams', () => {
  it('gives one code per trigram of the padded word, none for the empty word', () => {
    expect(codes('ab')).toEqual([66, 4224])
    expect(codes('a')).toHaveLength(1)
    expect(codes('')).toEqual([])
    expect(codes('zelenskyy')).toHaveLength(9)
  })

  it('gives two trigrams the same code exactly when they are the same characters', () => {
    const words = [
      'police',
      'polic',
      "o'neil",
      'covid-19',
      'and/or',
      'café',
      'naïve',
      'Kyiv',
      'ΑΘΗΝΑ',
      '😀x',
      'x😀',
    ]
    const codeOf = new Map<string, number>()
    const trigramOf = new Map<number, string>()
    for (const word of words) {
      const found = codes(word)
      trigrams(word).forEach((trigram, i) => {
        const code = found[i]!
        expect(codeOf.get(trigram) ?? code).toBe(code)
        expect(trigramOf.get(code) ?? trigram).toBe(trigram)
        codeOf.set(trigram, code)
        trigramOf.set(code, trigram)
      })
    }
  })

  it('gives a word the same codes on every call', () => {
    expect(codes('naïve')).toEqual(codes('naïve'))
    expect(codes('hospital')).toEqual(codes('hospital'))
  })
})
