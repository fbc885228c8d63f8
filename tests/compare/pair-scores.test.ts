import { describe, expect, it } from 'vitest'
import { keepScore, knownScore, pairScores, releaseScores } from '../../src/compare/pair-scores.js'

describe('pairScores', () => {
  it('keeps scores as its rows grow', () => {
    const memo = pairScores()
    keepScore(memo, 1, 3, 0.5)
    keepScore(memo, 1, 40, 2)
    expect(knownScore(memo, 1, 3)).toBe(0.5)
    expect(knownScore(memo, 1, 40)).toBe(2)
    expect(knownScore(memo, 1, 4)).toBeNaN()
    expect(knownScore(memo, 0, 3)).toBeNaN()
  })

  it('gives a later memo released rows with no score of the memo before', () => {
    const first = pairScores()
    for (let column = 0; column < 16; column++) keepScore(first, 0, column, column)
    releaseScores(first)
    expect(knownScore(first, 0, 3)).toBeNaN()
    const second = pairScores()
    keepScore(second, 0, 1, 7)
    for (let column = 0; column < 16; column++)
      expect(knownScore(second, 0, column)).toBe(column === 1 ? 7 : Number.NaN)
  })
})
