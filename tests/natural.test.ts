import { describe, expect, it } from 'vitest'
import { nameSimilarity, stem, stopwords, tokenize } from '../src/text/natural.js'

describe('natural, behind one module', () => {
  it('tokenizes, stems and knows stop words', () => {
    expect(tokenize("Putin's 80-strong unit marched")).toEqual(["putin's", '80-strong', 'unit', 'marched'])
    expect(stem('marching')).toBe('march')
    expect(stopwords.has('the')).toBe(true)
    expect(nameSimilarity('Zelensky', 'Zelenskyy')).toBeGreaterThan(0.95)
  })
})
