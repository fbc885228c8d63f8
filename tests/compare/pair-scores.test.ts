import { describe, expect, it } from 'vitest'
import { keepScore, knownScore, pairScores } from '../../src/compare/pair-scores.js'

describe('pairScores', () => {
  it('keeps a score per ordered pair, NaN for pairs not kept', () => {
    const memo = pairScores()
    keepScore(memo, 2, 7, 3.5)
    keepScore(memo, 7, 2, 0)
    expect(knownScore(memo, 2, 7)).toBe(3.5)
    expect(knownScore(memo, 7, 2)).toBe(0)
    expect(knownScore(memo, 2, 6)).toBeNaN()
    expect(knownScore(memo, 3, 7)).toBeNaN()
    expect(knownScore(memo, 2, 4000)).toBeNaN()
    // A row grows past its length and keeps what it held.
    keepScore(memo, 2, 1000, 1)
    expect([knownScore(memo, 2, 7), knownScore(memo, 2, 1000)]).toEqual([3.5, 1])
  })

  it('treats a NaN score as none', () => {
    const memo = pairScores()
    keepScore(memo, 1, 1, Number.NaN)
    expect(knownScore(memo, 1, 1)).toBeNaN()
  })

  it('keeps more distinct scores than a byte can number, exactly', () => {
    const memo = pairScores()
    const score = (row: number, column: number) => 1 + (row * 300 + column) / 7
    for (let row = 0; row < 3; row++)
      for (let column = 0; column < 300; column++) keepScore(memo, row, column, score(row, column))
    for (let row = 0; row < 3; row++)
      for (let column = 0; column < 300; column++)
        expect(knownScore(memo, row, column)).toBe(score(row, column))
  })
})
