import { describe, expect, it } from 'vitest'
import { countFeatures, featureCounts, occurrenceAt, shareAt } from '../../src/align/feature-counts.js'
import { weighCounts } from '../../src/align/weights.js'

const term = (stem: string, surface = stem, weight = 1) => ({ stem, surface, weight, attribution: false })

describe('countFeatures', () => {
  it('keeps each occurrence as a number and a share, statement after statement', () => {
    const counts = featureCounts()
    countFeatures(counts, {
      terms: [term('troop', 'troops'), term('march', 'marched', 0.5)],
      names: [],
      subjects: [],
    })
    countFeatures(counts, {
      terms: [term('troop')],
      names: [term('riga', 'Riga')],
      subjects: [term('troop', 'troops')],
    })
    expect(counts.statements).toBe(2)
    expect(Array.from(counts.ends.subarray(0, 2))).toEqual([2, 5])
    expect([0, 1, 2, 3, 4].map((i) => occurrenceAt(counts, i))).toEqual([0, 1, 0, 2, 3])
    expect([0, 1, 2, 3, 4].map((i) => shareAt(counts, i))).toEqual([1, 0.5, 1, 1, 1])
    // A term and a figure subject of one stem are two features.
    expect(counts.kinds).toEqual(['t', 't', 'n', 's'])
    expect([...counts.nameCounts]).toEqual([['riga', 1]])
    expect([...counts.surfaces[0]!]).toEqual([
      ['troops', 1],
      ['troop', 1],
    ])
  })

  it('grows past its first blocks without losing an occurrence', () => {
    const counts = featureCounts()
    for (let i = 0; i < 300; i++)
      countFeatures(counts, { terms: [term(`w${i}`), term('x')], names: [], subjects: [] })
    expect(counts.statements).toBe(300)
    expect(counts.used).toBe(600)
    expect(occurrenceAt(counts, 598)).toBe(counts.numbers.t.get('w299'))
    expect(counts.occurrences.map((block) => block.length)).toEqual([256, 256, 512])
    expect(counts.ends[299]).toBe(600)
  })
})

describe('weighCounts', () => {
  it('merges a name with its variant, summing their spellings', () => {
    const counts = featureCounts()
    countFeatures(counts, { terms: [term('visit')], names: [term('zelensky', 'Zelensky')], subjects: [] })
    countFeatures(counts, { terms: [term('visit')], names: [term('zelenskyy', 'Zelenskyy')], subjects: [] })
    countFeatures(counts, { terms: [], names: [term('zelensky', 'Zelensky')], subjects: [] })
    const variants = new Map([
      ['zelensky', 'zelensky'],
      ['zelenskyy', 'zelensky'],
    ])
    const { vectors, vocabulary } = weighCounts(counts, variants)
    expect(vocabulary.keys).toEqual(['t:visit', 'n:zelensky'])
    expect(Array.from(vocabulary.df)).toEqual([2, 3])
    expect(vocabulary.surfaces).toEqual(['visit', 'Zelensky'])
    const second = vectors[1]!
    expect(Array.from(second.ids.subarray(second.at, second.at + second.length))).toEqual([0, 1])
    // The raw counts are left as they were.
    expect([...counts.surfaces[1]!]).toEqual([['Zelensky', 2]])
  })
})
