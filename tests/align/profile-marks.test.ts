import { describe, expect, it } from 'vitest'
import {
  interner,
  jaccardMarks,
  overlapOf,
  pairFeatures,
  profileOf,
  profileStore,
  writePairFeatures,
} from '../../src/align/pair-features.js'
import { eventWords } from '../../src/align/tokens.js'
import { analyze } from '../../src/index.js'
import { floodReport } from './flood-report.js'

const report = floodReport

describe('Jaccard features read through marks', () => {
  it('equal the merges of sorted lists, whichever profile was marked before', () => {
    const statements = analyze({ id: 'desk', text: report.join(' ') }).statements
    const event = eventWords(statements)
    const intern = interner()
    const store = profileStore()
    const profiles = statements.map((statement) =>
      profileOf(statement, event, intern, undefined, undefined, undefined, store),
    )
    const marks = jaccardMarks()
    const out: number[] = []
    // Every order of pairs: the marked profile changes, and back, between pairs.
    for (const a of [...profiles, ...[...profiles].reverse()]) {
      for (const b of profiles) {
        writePairFeatures(out, a, b, overlapOf(a, b), marks)
        expect(out).toEqual(pairFeatures(a, b))
      }
    }
  })

  it('grow past ids a first small profile never held', () => {
    const intern = interner()
    const [small, large] = ['Rain fell.', report.join(' ')].map((text) => {
      const statement = analyze({ id: 'x', text }).statements[0]!
      return profileOf(statement, eventWords([statement]), intern)
    })
    // Ids past the marks' first 1,024 slots.
    for (let i = 0; i < 3000; i++) intern(`padding ${i}`)
    const later = analyze({ id: 'y', text: 'Rain fell on the bridge road again.' }).statements[0]!
    const late = profileOf(later, eventWords([later]), intern)
    const marks = jaccardMarks()
    const out: number[] = []
    for (const [a, b] of [
      [small!, late],
      [late, small!],
      [large!, late],
      [late, large!],
    ] as const) {
      writePairFeatures(out, a, b, overlapOf(a, b), marks)
      expect(out).toEqual(pairFeatures(a, b))
    }
  })
})
