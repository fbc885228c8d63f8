// Issue 11's small wrong values, through compare: a height in feet and inches, a magnitude
// and a European-grouped number are each one figure, compared with the same figure written
// another way (fictional events, sentences written for these tests).
import { describe, expect, it } from 'vitest'
import { compare } from '../../src/compare/index.js'

function verdicts(a: string, b: string): [string, string][] {
  const report = compare([
    { id: 'a', text: a },
    { id: 'b', text: b },
  ])
  return report.claims.flatMap((claim) =>
    claim.comparisons
      .filter((c) => c.kind !== 'attribution')
      .map((c) => [c.kind, c.status] as [string, string]),
  )
}

describe('one figure however it is written', () => {
  it.each([
    [
      'a height with hyphens and in words',
      'Police said the suspect is 6-foot-2 and thin.',
      'Police said the suspect is 6 feet 2 inches and thin.',
      'agree',
    ],
    [
      'two heights an inch apart',
      'Police said the suspect is 5 ft 10 in and thin.',
      'Police said the suspect is 5 ft 11 in and thin.',
      'diverge',
    ],
    [
      'a magnitude either side of the word',
      'A magnitude-5.2 quake shook the valley towns at dawn.',
      'A 5.2-magnitude quake shook the valley towns at dawn.',
      'agree',
    ],
    [
      'two magnitudes',
      'A magnitude-5.2 quake shook the valley towns at dawn.',
      'A magnitude-5.6 quake shook the valley towns at dawn.',
      'diverge',
    ],
    [
      'European and English grouping',
      'The region has 1.234.567 registered voters this year.',
      'The region has 1,234,567 registered voters this year.',
      'agree',
    ],
  ])('%s', (_name, a, b, status) => {
    const found = verdicts(a, b)
    expect(found.length).toBeGreaterThan(0)
    expect(found.filter(([kind]) => kind === 'quantity' || kind === 'count').map(([, s]) => s)).toEqual([
      status,
    ])
  })
})
