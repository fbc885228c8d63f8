import { describe, expect, it } from 'vitest'
import { eventWords, statementTokens } from '../../src/align/tokens.js'
import { type SparseVector, vectorBlocks, weigh } from '../../src/align/weights.js'
import { analyze } from '../../src/index.js'

describe('vectorBlocks', () => {
  it('hands out zero-filled vectors that never share an entry, across blocks', () => {
    const vectorOf = vectorBlocks()
    const vectors = Array.from({ length: 3000 }, (_, i) => vectorOf(i % 17))
    const ids = (vector: SparseVector) => vector.ids.subarray(vector.at, vector.at + vector.length)
    const weights = (vector: SparseVector) => vector.weights.subarray(vector.at, vector.at + vector.length)
    vectors.forEach((vector, i) => {
      expect(vector.length).toBe(i % 17)
      expect(ids(vector).every((id) => id === 0)).toBe(true)
      ids(vector).fill(i + 1)
      weights(vector).fill(i + 1)
    })
    // Writing each vector did not touch another: every entry still holds its own vector's mark.
    vectors.forEach((vector, i) => {
      expect(ids(vector).every((id) => id === i + 1)).toBe(true)
      expect(weights(vector).every((weight) => weight === i + 1)).toBe(true)
    })
    expect(new Set(vectors.map((vector) => vector.ids.buffer)).size).toBeGreaterThan(1)
  })
})

describe('weigh', () => {
  it('gives every statement a unit-length vector of ascending ids', () => {
    const { statements } = analyze(
      'Harbour cranes stood idle on Monday. Dock workers walked out over pay. The port said talks resume Friday. Cranes stood idle again.',
    )
    const event = eventWords(statements)
    const { vectors, vocabulary } = weigh(
      statements.map((statement) => statementTokens(statement, event)),
      new Map(),
    )
    expect(vectors).toHaveLength(statements.length)
    const idsOf = (vector: SparseVector) =>
      Array.from(vector.ids.subarray(vector.at, vector.at + vector.length))
    for (const vector of vectors) {
      const ids = idsOf(vector)
      expect(ids).toEqual([...ids].sort((a, b) => a - b))
      const norm = Math.hypot(...vector.weights.subarray(vector.at, vector.at + vector.length))
      expect(norm).toBeCloseTo(1, 12)
    }
    const crane = vocabulary.ids.get('t:crane')!
    expect(idsOf(vectors[0]!)).toContain(crane)
    expect(idsOf(vectors[3]!)).toContain(crane)
  })
})
