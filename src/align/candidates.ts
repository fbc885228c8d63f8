import type { ClaimState } from './claim-state.js'
import type { SparseVector } from './weights.js'

/**
 * A feature found in more claims than this stops being used to find candidates: it is too
 * common to point at one fact ('police', 'people'), and scanning its postings for every
 * statement would make the cost grow with the square of the corpus. It still counts in the
 * similarity of the candidates found through other features.
 */
export const maxPostings = 96

/** How many candidate claims, ranked by shared informative weight, are scored exactly. */
export const candidatesPerStatement = 12

/**
 * Inverted index from features to the claims that carry them: candidate generation without
 * comparing all pairs. Postings of a feature that reaches `maxPostings` claims are dropped.
 */
export class ClaimIndex {
  private readonly postings = new Map<number, number[]>()
  private readonly saturated = new Set<number>()
  /** Scratch space: shared weight per claim while ranking candidates (kept at zero between calls). */
  private shared = new Float64Array(64)

  /** Records the features of `vector` as carried by `claim` (idempotent per feature). */
  add(claim: number, vector: SparseVector | Map<number, number>): void {
    if (vector instanceof Map) {
      for (const id of vector.keys()) this.addFeature(claim, id)
      return
    }
    for (let i = vector.at; i < vector.at + vector.length; i++) this.addFeature(claim, vector.ids[i]!)
  }

  private addFeature(claim: number, id: number): void {
    if (this.saturated.has(id)) return
    const list = this.postings.get(id)
    if (list === undefined) this.postings.set(id, [claim])
    // A list holds fewer than `maxPostings` claims, so this scan is short; a set of the
    // features of every claim cost more memory than it saved time.
    else if (list.includes(claim)) return
    else if (list.length + 1 >= maxPostings) {
      this.saturated.add(id)
      this.postings.delete(id)
    } else list.push(claim)
  }

  /**
   * Live claims sharing an indexed feature with the query, the best `limit` by the query
   * weight they share (ties: the older claim), excluding those `exclude` rejects. The scorer
   * then scores only these.
   */
  candidates(
    query: SparseVector,
    claims: readonly ClaimState[],
    limit: number,
    exclude: (claim: ClaimState) => boolean,
  ): number[] {
    if (this.shared.length < claims.length) {
      this.shared = new Float64Array(Math.max(claims.length, this.shared.length * 2))
    }
    const shared = this.shared
    const touched: number[] = []
    const { ids, weights } = query
    for (let i = query.at; i < query.at + query.length; i++) {
      const list = this.postings.get(ids[i]!)
      if (list === undefined) continue
      const weight = weights[i]!
      for (const claim of list) {
        if (shared[claim] === 0) touched.push(claim)
        shared[claim]! += weight
      }
    }
    const ranked: number[] = []
    for (const id of touched) {
      const claim = claims[id]!
      if (claim.alive && !exclude(claim)) ranked.push(id)
    }
    ranked.sort((a, b) => shared[b]! - shared[a]! || a - b)
    if (ranked.length > limit) ranked.length = limit
    for (const id of touched) shared[id] = 0
    return ranked
  }
}
