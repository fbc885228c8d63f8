/** A possible link of one statement unit to one claim, with its score. */
export interface Link {
  unit: number
  claim: number
  score: number
}

/**
 * Greedy maximum-weight matching of one article's statements to existing claims: links are
 * taken best first, each statement joins at most one claim and, unless `manyToOne`, each
 * claim takes at most one statement of the article per slot (`slotOf`: body or headings). Ties go to the older claim, then the
 * earlier statement, so the result is deterministic.
 *
 * @example
 * matchArticle([{ unit: 5, claim: 0, score: 0.8 }, { unit: 6, claim: 0, score: 0.6 },
 *   { unit: 6, claim: 1, score: 0.5 }], false) //=> new Map([[5, 0], [6, 1]])
 */
export function matchArticle(
  links: readonly Link[],
  manyToOne: boolean,
  slotOf: (unit: number) => number = () => 0,
): Map<number, number> {
  const sorted = [...links].sort((a, b) => b.score - a.score || a.claim - b.claim || a.unit - b.unit)
  const assigned = new Map<number, number>()
  const taken = new Set<string>()
  for (const link of sorted) {
    if (assigned.has(link.unit)) continue
    const key = `${link.claim}:${slotOf(link.unit)}`
    if (!manyToOne && taken.has(key)) continue
    assigned.set(link.unit, link.claim)
    taken.add(key)
  }
  return assigned
}
