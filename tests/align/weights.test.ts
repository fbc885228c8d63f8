import { describe, expect, it } from 'vitest'
import { eventWords, statementTokens } from '../../src/align/tokens.js'
import { vectorBlocks, weigh } from '../../src/align/weights.js'
import { analyze } from '../../src/index.js'

describe('vectorBlocks', () => {
  it('hands out zero-filled vectors that never share an entry, across blocks', () => {
    const vectorOf = vectorBlocks()
    const vectors = Array.from({ length: 3000 }, (_, i) => vectorOf(i % 17))
    vectors.forEach((vector, i) => {
      expect(vector.ids.length).toBe(i % 17)
      expect(vector.weights.length).toBe(i % 17)
      expect(vector.ids.every((id) => id === 0)).toBe(true)
      vector.ids.fill(i + 1)
      vector.weights.fill(i + 1)
    })
    // Writing each vector did not touch another: every entry still holds its own vector's mark.
    vectors.forEach((vector, i) => {
      expect(vector.ids.every((id) => id === i + 1)).toBe(true)
      expect(vector.weights.every((weight) => weight === i + 1)).toBe(true)
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
    for (const vector of vectors) {
      const ids = Array.from(vector.ids)
      expect(ids).toEqual([...ids].sort((a, b) => a - b))
      const norm = Math.hypot(...vector.weights)
      expect(norm).toBeCloseTo(1, 12)
    }
    const crane = vocabulary.ids.get('t:crane')!
    expect(Array.from(vectors[0]!.ids)).toContain(crane)
    expect(Array.from(vectors[3]!.ids)).toContain(crane)
  })
})
