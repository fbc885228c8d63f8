import type { Unit } from './build.js'
import { type SparseVector, vectorBlocks } from './weights.js'

/**
 * A claim while it is being built: its members (unit numbers, in the order they joined), the
 * articles they come from, and, while claims are merged, the sum of their unit vectors. With
 * unit-length vectors, `dot(v, sum) / size` is the mean similarity of `v` to the members, and
 * `(|sum|^2 - members with features) / (size * (size - 1))` the mean pairwise similarity.
 */
export interface ClaimState {
  id: number
  members: number[]
  /** Slots of its members (see `Unit.slot`): an article's body statements or its headings. */
  articles: Set<number>
  /**
   * The sum of its members' vectors, feature ids ascending, while the merge rounds read it
   * (`sumClaims` to `dropSums`), else null. Only the merges read it: a Map of every claim's
   * sum kept from its first member to the end of alignment held about 0.19 KB a statement
   * (the Maps and their boxed weights) on one event of 2,000 articles.
   */
  sum: SparseVector | null
  /** Members whose vector has at least one feature (unit length; the others are zero). */
  nonEmpty: number
  alive: boolean
}

/** A new claim holding one unit. */
export function newClaim(id: number, unit: number, article: number, vector: SparseVector): ClaimState {
  const claim: ClaimState = { id, members: [], articles: new Set(), sum: null, nonEmpty: 0, alive: true }
  addMember(claim, unit, article, vector)
  return claim
}

/** Adds a unit to a claim; a claim's sum, when it has one, is then out of date and dropped. */
export function addMember(claim: ClaimState, unit: number, article: number, vector: SparseVector): void {
  claim.members.push(unit)
  claim.articles.add(article)
  if (vector.length > 0) claim.nonEmpty += 1
  claim.sum = null
}

/**
 * Gives each live claim of `ids` the sum of its members' vectors, added in the order the
 * members joined: the same additions, so the same weights, as a Map summed member by member.
 * The sums share blocks of typed arrays (`vectorBlocks`), which `dropSums` lets go together.
 */
export function sumClaims(
  claims: readonly ClaimState[],
  ids: readonly number[],
  units: readonly Unit[],
): void {
  const vectorOf = vectorBlocks()
  let totals: Float64Array = new Float64Array(256)
  let holder: Int32Array = new Int32Array(256).fill(-1)
  const present: number[] = []
  for (const id of ids) {
    const claim = claims[id]!
    if (!claim.alive) continue
    present.length = 0
    for (const member of claim.members) {
      const { ids: features, weights, at, length } = units[member]!.vector
      for (let i = at; i < at + length; i++) {
        const feature = features[i]!
        if (feature >= totals.length) [totals, holder] = grown(totals, holder, feature)
        if (holder[feature] !== id) {
          holder[feature] = id
          totals[feature] = 0
          present.push(feature)
        }
        totals[feature]! += weights[i]!
      }
    }
    present.sort((a, b) => a - b)
    const sum = vectorOf(present.length)
    for (let i = 0; i < present.length; i++) {
      sum.ids[sum.at + i] = present[i]!
      sum.weights[sum.at + i] = totals[present[i]!]!
    }
    claim.sum = sum
  }
}

// Both arrays long enough for `feature`: twice as long or more, the new entries unset.
function grown(totals: Float64Array, holder: Int32Array, feature: number): [Float64Array, Int32Array] {
  let length = totals.length * 2
  while (length <= feature) length *= 2
  const moreTotals = new Float64Array(length)
  moreTotals.set(totals)
  const moreHolder = new Int32Array(length).fill(-1)
  moreHolder.set(holder)
  return [moreTotals, moreHolder]
}

/** Drops the sums of `ids` once the merge rounds are over: nothing after them reads a sum. */
export function dropSums(claims: readonly ClaimState[], ids: readonly number[]): void {
  for (const id of ids) claims[id]!.sum = null
}

/**
 * Moves every member of `other` into `claim`; `other` is left dead. When both have a sum, the
 * sum becomes theirs added feature by feature (`claim`'s weight plus `other`'s, as a Map of
 * `claim`'s sum added `other`'s entries), else it is dropped.
 */
export function absorb(claim: ClaimState, other: ClaimState): void {
  claim.members.push(...other.members)
  for (const article of other.articles) claim.articles.add(article)
  claim.nonEmpty += other.nonEmpty
  claim.sum = claim.sum === null || other.sum === null ? null : addedSums(claim.sum, other.sum)
  other.alive = false
  other.members = []
  other.sum = null
}

// The merge of two sums (ids ascending), in a vector of its own arrays.
function addedSums(left: SparseVector, right: SparseVector): SparseVector {
  const ids = new Int32Array(left.length + right.length)
  const weights = new Float64Array(ids.length)
  let i = left.at
  let j = right.at
  const leftEnd = left.at + left.length
  const rightEnd = right.at + right.length
  let n = 0
  while (i < leftEnd || j < rightEnd) {
    const a = i < leftEnd ? left.ids[i]! : Number.POSITIVE_INFINITY
    const b = j < rightEnd ? right.ids[j]! : Number.POSITIVE_INFINITY
    if (a < b) {
      ids[n] = a
      weights[n++] = left.weights[i++]!
    } else if (b < a) {
      ids[n] = b
      weights[n++] = right.weights[j++]!
    } else {
      ids[n] = a
      weights[n++] = left.weights[i++]! + right.weights[j++]!
    }
  }
  return { ids, weights, at: 0, length: n }
}

/** True when the two claims have no article in common. */
export function articlesDisjoint(a: ClaimState, b: ClaimState): boolean {
  const [small, large] = a.articles.size <= b.articles.size ? [a, b] : [b, a]
  for (const article of small.articles) if (large.articles.has(article)) return false
  return true
}
