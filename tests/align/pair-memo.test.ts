import { describe, expect, it } from 'vitest'
import { denseMemoLimit, pairMemo, recallPair, rememberPair } from '../../src/align/pair-memo.js'

describe('pairMemo', () => {
  for (const size of [40, denseMemoLimit + 1]) {
    it(`remembers each unordered pair's answer as a Map would (${size} things)`, () => {
      const memo = pairMemo(size)
      const expected = new Map<string, boolean>()
      const key = (a: number, b: number): string => `${Math.min(a, b)} ${Math.max(a, b)}`
      for (let i = 0; i < 5000; i++) {
        const a = (i * 7919) % size
        const b = (i * 104729 + 13) % size
        expect(recallPair(memo, b, a)).toBe(expected.get(key(a, b)))
        const value = (i * 31) % 3 === 0
        rememberPair(memo, a, b, value)
        expected.set(key(a, b), value)
        expect(recallPair(memo, a, b)).toBe(value)
      }
      for (const [pair, value] of expected) {
        const [a, b] = pair.split(' ').map(Number) as [number, number]
        expect(recallPair(memo, b, a)).toBe(value)
      }
    })
  }
})
