import { absorb, articlesDisjoint, type ClaimState } from './claim-state.js'

/** A possible merge of two claims, with the mean similarity across them. */
export interface ClaimLink {
  a: number
  b: number
  score: number
}

/**
 * Merges claims best link first. A claim takes part in at most one merge per call (its
 * members changed, so its other links are stale; the caller scores again in a next round),
 * and, unless `manyToOne`, two claims merge only when no article is in both. The older
 * claim absorbs the younger. Returns the claims that grew.
 *
 * @example
 * // Claims 0 and 1 merge (the best link); claim 1 has changed, so its link to 2 waits a round.
 * import { newClaim } from './claim-state.js'
 * const none = { ids: Int32Array.of(), weights: Float64Array.of(), at: 0, length: 0 }
 * const claims = [0, 1, 2].map((id) => newClaim(id, id, id, none)) // unit i of article i
 * mergeClaims(claims, [{ a: 0, b: 1, score: 0.5 }, { a: 1, b: 2, score: 0.4 }], false) //=> [0]
 */
export function mergeClaims(claims: ClaimState[], links: readonly ClaimLink[], manyToOne: boolean): number[] {
  const sorted = [...links].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b)
  const touched = new Set<number>()
  const grown: number[] = []
  for (const link of sorted) {
    if (touched.has(link.a) || touched.has(link.b)) continue
    const older = claims[Math.min(link.a, link.b)]!
    const younger = claims[Math.max(link.a, link.b)]!
    if (!older.alive || !younger.alive) continue
    if (!manyToOne && !articlesDisjoint(older, younger)) continue
    absorb(older, younger)
    touched.add(link.a)
    touched.add(link.b)
    grown.push(older.id)
  }
  return grown
}
