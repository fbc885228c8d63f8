import type { SparseVector } from './weights.js'

/**
 * A claim while it is being built: its members (unit numbers, in the order they joined), the
 * articles they come from, and the sum of their unit vectors. With unit-length vectors,
 * `dot(v, sum) / size` is the mean similarity of `v` to the members, and
 * `(|sum|^2 - members with features) / (size * (size - 1))` the mean pairwise similarity.
 */
export interface ClaimState {
  id: number
  members: number[]
  /** Slots of its members (see `Unit.slot`): an article's body statements or its headings. */
  articles: Set<number>
  sum: Map<number, number>
  /** Members whose vector has at least one feature (unit length; the others are zero). */
  nonEmpty: number
  alive: boolean
}

/** A new claim holding one unit. */
export function newClaim(id: number, unit: number, article: number, vector: SparseVector): ClaimState {
  const claim: ClaimState = { id, members: [], articles: new Set(), sum: new Map(), nonEmpty: 0, alive: true }
  addMember(claim, unit, article, vector)
  return claim
}

/** Adds a unit to a claim, updating the vector sum. */
export function addMember(claim: ClaimState, unit: number, article: number, vector: SparseVector): void {
  claim.members.push(unit)
  claim.articles.add(article)
  if (vector.length > 0) claim.nonEmpty += 1
  for (let i = vector.at; i < vector.at + vector.length; i++) {
    const id = vector.ids[i]!
    claim.sum.set(id, (claim.sum.get(id) ?? 0) + vector.weights[i]!)
  }
}

/** Moves every member of `other` into `claim`; `other` is left dead. */
export function absorb(claim: ClaimState, other: ClaimState): void {
  claim.members.push(...other.members)
  for (const article of other.articles) claim.articles.add(article)
  claim.nonEmpty += other.nonEmpty
  for (const [id, weight] of other.sum) claim.sum.set(id, (claim.sum.get(id) ?? 0) + weight)
  other.alive = false
  other.members = []
  other.sum = new Map()
}

/** True when the two claims have no article in common. */
export function articlesDisjoint(a: ClaimState, b: ClaimState): boolean {
  const [small, large] = a.articles.size <= b.articles.size ? [a, b] : [b, a]
  for (const article of small.articles) if (large.articles.has(article)) return false
  return true
}
