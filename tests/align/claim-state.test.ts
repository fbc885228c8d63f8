import { describe, expect, it } from 'vitest'
import type { Unit } from '../../src/align/build.js'
import { absorb, addMember, dropSums, newClaim, sumClaims } from '../../src/align/claim-state.js'
import { ownVector, type SparseVector } from '../../src/align/weights.js'

/** A unit of article `article` with the features `entries` ([id, weight], ids ascending). */
function unit(article: number, entries: [number, number][]): Unit {
  const vector = ownVector(
    Int32Array.from(entries, ([id]) => id),
    Float64Array.from(entries, ([, w]) => w),
  )
  return {
    statement: { id: `u${article}` } as Unit['statement'],
    article,
    slot: article * 2,
    vector,
    verbatim: -1,
  }
}

/** A sum as a Map, as `ClaimState.sum` was kept before: each member's weights added in join order. */
function mapSum(vectors: readonly SparseVector[]): Map<number, number> {
  const sum = new Map<number, number>()
  for (const vector of vectors) {
    for (let i = vector.at; i < vector.at + vector.length; i++) {
      sum.set(vector.ids[i]!, (sum.get(vector.ids[i]!) ?? 0) + vector.weights[i]!)
    }
  }
  return sum
}

function entries(sum: SparseVector | null): [number, number][] {
  if (sum === null) return []
  return Array.from({ length: sum.length }, (_, i) => [sum.ids[sum.at + i]!, sum.weights[sum.at + i]!])
}

describe('claim sums', () => {
  const units = [
    unit(0, [
      [1, 0.1],
      [4, 0.7],
      [9, 0.3],
    ]),
    unit(1, [
      [4, 0.2],
      [300, 0.6],
    ]),
    unit(2, [
      [1, 0.35],
      [9, 0.15],
      [300, 0.05],
    ]),
    unit(3, []),
  ]

  it('sums the members in the order they joined, ids ascending, equal to a Map summed member by member', () => {
    const claim = newClaim(0, 2, units[2]!.slot, units[2]!.vector)
    addMember(claim, 0, units[0]!.slot, units[0]!.vector)
    addMember(claim, 3, units[3]!.slot, units[3]!.vector)
    expect(claim.sum).toBeNull()
    sumClaims([claim], [0], units)
    const expected = [...mapSum([units[2]!.vector, units[0]!.vector])].sort((a, b) => a[0] - b[0])
    expect(entries(claim.sum)).toEqual(expected)
    expect(claim.nonEmpty).toBe(2)
  })

  it('adds the sums of two claims on `absorb` as a Map of the first took the second, and drops them after', () => {
    const claims = [0, 1, 2].map((id) => newClaim(id, id, units[id]!.slot, units[id]!.vector))
    addMember(claims[0]!, 3, units[3]!.slot, units[3]!.vector)
    sumClaims(claims, [0, 1, 2], units)
    absorb(claims[0]!, claims[2]!)
    const expected = mapSum([units[0]!.vector])
    for (const [id, weight] of mapSum([units[2]!.vector])) expected.set(id, (expected.get(id) ?? 0) + weight)
    expect(entries(claims[0]!.sum)).toEqual([...expected].sort((a, b) => a[0] - b[0]))
    expect(claims[2]!.alive).toBe(false)
    expect(claims[0]!.members).toEqual([0, 3, 2])
    dropSums(claims, [0, 1, 2])
    expect(claims.map((claim) => claim.sum)).toEqual([null, null, null])
  })
})
