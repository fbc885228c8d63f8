import { detailKinds } from '../../detail-kinds.js'
import { packedMap } from '../../packed-map.js'
import type { Hedge, MoneyValue } from '../../types.js'
import type { Candidate, Refiner } from '../extractor.js'
import { hedgeInterval, hedgeOf } from '../normalize.js'
import { hedgeAfterPattern, hedgeBeforePattern } from '../patterns.js'

/** 'over' and 'under' before a duration mean 'during' ('over three days'), not a hedge. */
const temporalWords = new Set(['over', 'under', 'around', 'some'])

/**
 * Reads hedge words around a figure ('about', 'more than', 'at least', 'up to', '9,000 or
 * more'), widens the detail's span to include them, and turns its value into the interval
 * that `hedgeInterval` documents. 'about X' stays X..X: the compare stage applies its
 * tolerance. A share in words without a hedge word ('a third of') is 'about'.
 *
 * @example
 * extractDetails('Approximately 9,000 troops')
 * //=> [{ text: 'Approximately 9,000', value: { min: 9000, max: 9000 }, hedge: 'about', ... }]
 */
export const attachHedges: Refiner = (candidates, text) =>
  packedMap(candidates, (candidate) => {
    if (!detailKinds[candidate.kind].ranged || candidate.hedge !== null) return candidate
    const before = hedgeBeforePattern.exec(text.slice(Math.max(0, candidate.start - 16), candidate.start))
    if (before !== null) {
      const phrase = before[1]!
      if (!(candidate.kind === 'duration' && temporalWords.has(phrase.toLowerCase()))) {
        const hedge = hedgeOf(phrase)
        if (hedge !== null)
          return hedged(candidate, hedge, candidate.start - phrase.length - 1, candidate.end)
      }
    }
    const after = hedgeAfterPattern.exec(text.slice(candidate.end, candidate.end + 12))
    if (after !== null) {
      const hedge = hedgeOf(after[1]!)
      if (hedge !== null) return hedged(candidate, hedge, candidate.start, candidate.end + after[0].length)
    }
    // 'a third of residents' is a round share, not an exact 33.333333%.
    if (candidate.extractor === 'share') return hedged(candidate, 'about', candidate.start, candidate.end)
    return candidate
  })

function hedged(candidate: Candidate, hedge: Hedge, start: number, end: number): Candidate {
  const value = candidate.value
  if (typeof value === 'number')
    return { ...candidate, start, end, hedge, value: hedgeInterval(hedge, value) }
  if (typeof value === 'object' && 'currency' in value) {
    const money = value as MoneyValue
    return {
      ...candidate,
      start,
      end,
      hedge,
      value: { ...money, amount: hedgeInterval(hedge, money.amount) },
    }
  }
  return candidate
}
