import { describe, expect, it } from 'vitest'
import { pairId, pairIds } from '../../src/align/pair-ids.js'

describe('pairId', () => {
  it('numbers each ordered pair once, in the order first asked, across growth', () => {
    const table = pairIds()
    const expected = new Map<string, number>()
    for (let i = 0; i < 20000; i++) {
      const a = (i * 7919) % 613
      const b = (i * 104729) % 587
      const key = `${a} ${b}`
      if (!expected.has(key)) expected.set(key, expected.size)
      expect(pairId(table, a, b)).toBe(expected.get(key))
    }
    expect(table.size).toBe(expected.size)
    expect(pairId(table, 1, 2)).not.toBe(pairId(table, 2, 1))
  })
})
