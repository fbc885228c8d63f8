import { detailKinds } from '../detail-kinds.js'
import { stem, stopwords } from '../text/natural.js'
import { rarity } from '../text/rarity.js'
import type { Detail } from '../types.js'
import { knownEvent, locate } from './same-thing.js'

/** How many words on each side of a value are its context. */
export const CONTEXT_REACH = 6

// Words of a statement with where they stand: letters, with inner apostrophes and hyphens.
const wordPattern = /\p{L}+(?:['\u2019-]\p{L}+)*/gu

/**
 * The context of a value in its statement: the stems of up to `CONTEXT_REACH` words on each
 * side of it (stop words and figures left out, event words folded: 'dead' and 'killed' are one
 * term, see `knownEvent`), each weighted by its rarity in general English
 * (`rarity`, at least 0.25). Located by the detail's text nearest its offset in the statement.
 *
 * @example
 * const text = 'The company estimated the damage at £12 million.'
 * valueContext({ text, start: 0 }, extractDetails(text).find((d) => d.kind === 'money'))
 * //=> new Map([['compani', 1.5], ['estim', 3], ['damag', 2]])
 */
export function valueContext(
  statement: { text: string; start: number },
  detail: Detail,
): Map<string, number> {
  const text = statement.text
  const context = new Map<string, number>()
  const place = locate(text, detail.text, detail.start - statement.start)
  if (place === null) return context
  const { start: at, end } = place
  const before: string[] = []
  const after: string[] = []
  for (const match of text.matchAll(wordPattern)) {
    if (match.index + match[0].length <= at) before.push(match[0])
    else if (match.index >= end) {
      after.push(match[0])
      if (after.length >= CONTEXT_REACH) break
    }
  }
  // The thing a count or rank counts ('touchdowns' in 'six touchdowns') is left out: it is what
  // made the two values comparable at all, and would tie any two counts of one thing. An event
  // word ('missing', 'dead') stays: it says what happened.
  const own = new Set<string>()
  if (detailKinds[detail.kind].unitIsSubject) {
    for (const word of (detail.subject ?? '').toLowerCase().split(/\s+/)) {
      if (word !== '' && knownEvent(word) === undefined) own.add(stem(word))
    }
  }
  for (const word of [...before.slice(-CONTEXT_REACH), ...after]) {
    const lower = word.toLowerCase()
    if (stopwords.has(lower)) continue
    const stemmed = stem(lower)
    if (own.has(stemmed)) continue
    const term = knownEvent(lower) ?? stemmed
    context.set(term, Math.max(context.get(term) ?? 0, Math.max(0.25, rarity(lower))))
  }
  return context
}

/**
 * How alike two values' contexts are, 0..1: the rarity-weighted overlap of their
 * `valueContext`s, as a share of the lighter context, once that weighs at least
 * `MIN_CONTEXT_WEIGHT` (a clause either side is often another fact: 'estimated the damage at
 * £12 million, a spokesperson said' and 'estimated the damage at £8 million and said production
 * would move' share all that ties them); below it, as a share of both (Dice), so that a context
 * of one or two words does not match everything. '23 points to become the scoring leader' and
 * 'five points during a pivotal run' share one word.
 *
 * @example
 * const contextOf = (text) => valueContext({ text, start: 0 }, extractDetails(text).find((d) => d.kind === 'money'))
 * contextSimilarity(contextOf('The company estimated the damage at £12 million, a spokesperson said.'),
 *                   contextOf('The company estimated the damage at £8 million and said production would move.')) //=> 0.65
 */
export function contextSimilarity(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let totalA = 0
  let totalB = 0
  let shared = 0
  for (const [term, weight] of a) {
    totalA += weight
    const other = b.get(term)
    if (other !== undefined) shared += Math.min(weight, other)
  }
  for (const weight of b.values()) totalB += weight
  const lighter = Math.min(totalA, totalB)
  if (lighter === 0) return 0
  return lighter >= MIN_CONTEXT_WEIGHT ? shared / lighter : (2 * shared) / (totalA + totalB)
}

/** The context weight (sum of rarities) from which `contextSimilarity` measures against the lighter context alone. */
export const MIN_CONTEXT_WEIGHT = 5
