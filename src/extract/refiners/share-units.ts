import { detailKinds } from '../../detail-kinds.js'
import { packedMap } from '../../packed-map.js'
import type { MoneyValue } from '../../types.js'
import { type Candidate, layerOf, type Refiner } from '../extractor.js'
import { unitJoinerPattern } from '../patterns.js'
import { inUnitOf } from './in-unit-of.js'

/**
 * Gives a bare number the unit of the figure it is paired with: in 'from 5 to 7 percent' and
 * '5 to 7 percent' the 5 is a percentage too, in 'from $5 to 7 billion'... only the bare
 * side changes; in '2 or 3 hours' the 2 is a duration of 7,200 seconds (`inUnitOf`). Runs before `mergeRanges`, which then joins true ranges.
 *
 * @example
 * extractDetails('Unemployment rose from 5 to 7 percent.').map((d) => [d.kind, d.text, d.value])
 * //=> [['percent', '5', 5], ['percent', '7 percent', 7]]
 */
export const shareUnits: Refiner = (candidates, text) => {
  const figures = candidates.filter((candidate) => layerOf(candidate.kind) === 'figure')
  const shared = new Map<Candidate, Candidate>()
  for (let i = 0; i + 1 < figures.length; i++) {
    const bare = figures[i]!
    const partner = figures[i + 1]!
    if (bare.kind !== 'count' || bare.hedge !== null || typeof bare.value !== 'number') continue
    if (!detailKinds[partner.kind].sharesUnit) continue
    if (!unitJoinerPattern.test(text.slice(bare.end, partner.start))) continue
    const amount = inUnitOf(bare.value, partner, text)
    if (amount === null) continue
    const value: Candidate['value'] =
      partner.kind === 'money' ? { ...(partner.value as MoneyValue), amount } : amount
    shared.set(bare, { ...bare, kind: partner.kind, unit: partner.unit, value, extractor: 'share-units' })
  }
  if (shared.size === 0) return candidates
  return packedMap(candidates, (candidate) => shared.get(candidate) ?? candidate)
}
