import { describe, expect, it } from 'vitest'
import {
  clearScratch,
  entryOf,
  intList,
  meetId,
  profileScratch,
  pushInt,
} from '../../src/align/profile-scratch.js'

describe('meetId', () => {
  it('keeps each id once, with its greatest weight and the union of its flags', () => {
    const scratch = profileScratch()
    expect(meetId(scratch, 7, 0.5, 1)).toBe(true)
    expect(meetId(scratch, 3, 2, 0)).toBe(true)
    expect(meetId(scratch, 7, 0.25, 4)).toBe(false)
    expect(scratch.size).toBe(2)
    const seven = entryOf(scratch, 7)
    expect(scratch.weights[seven]).toBe(0.5)
    expect(scratch.flags[seven]).toBe(5)
    expect(entryOf(scratch, 4)).toBe(-1)
  })

  it('agrees with a Map on thousands of ids, across growth and clearing', () => {
    const scratch = profileScratch()
    for (let round = 0; round < 3; round++) {
      clearScratch(scratch)
      const expected = new Map<number, number>()
      for (let i = 0; i < 5000; i++) {
        const id = (i * 7919 + round) % 1801
        const weight = (i % 13) / 4
        expect(meetId(scratch, id, weight, 0)).toBe(!expected.has(id))
        expected.set(id, Math.max(expected.get(id) ?? 0, weight))
      }
      expect(scratch.size).toBe(expected.size)
      expect(Array.from(scratch.ids.subarray(0, scratch.size))).toEqual([...expected.keys()])
      for (const [id, weight] of expected) expect(scratch.weights[entryOf(scratch, id)]).toBe(weight)
    }
  })
})

describe('pushInt', () => {
  it('grows the list as it fills', () => {
    const list = intList()
    for (let i = 0; i < 100; i++) pushInt(list, i * 2)
    expect(list.length).toBe(100)
    expect(Array.from(list.values.subarray(0, 100))).toEqual(Array.from({ length: 100 }, (_, i) => i * 2))
  })
})
