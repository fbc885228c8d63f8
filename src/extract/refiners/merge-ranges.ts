import { detailKinds } from '../../detail-kinds.js'
import type { MoneyValue } from '../../types.js'
import { type Candidate, layerOf, type Refiner } from '../extractor.js'
import { scaleWordOf } from '../numbers-in-words.js'
import {
  andJoinerPattern,
  betweenEndPattern,
  betweenPattern,
  fromBeforePattern,
  rangeJoinerPattern,
  toJoinerPattern,
} from '../patterns.js'
import { convertsUnit, inUnitOf, withScaleOf } from './in-unit-of.js'

/**
 * Joins two figures that form a range into one with hedge 'range' and an interval value:
 * '9,000-10,000', 'between 5 and 7', '5 to 7 percent', '$5-7 billion'. A bare number before
 * a unit-bearing figure takes that figure's kind and unit ('5 to 7 percent' is a percent
 * range) and its scale ('$5-7 billion' is 5 to 7 billion). 'from X to Y' is a change, not a
 * range, and stays two figures.
 *
 * @example
 * extractDetails('between 5 and 7 people')
 * //=> [{ kind: 'count', text: 'between 5 and 7', value: { min: 5, max: 7 }, hedge: 'range', ... }]
 */
export const mergeRanges: Refiner = (candidates, text) => {
  const figures = candidates.filter((candidate) => layerOf(candidate.kind) === 'figure')
  const result: Candidate[] = candidates.filter((candidate) => layerOf(candidate.kind) !== 'figure')
  for (let i = 0; i < figures.length; i++) {
    const first = figures[i]!
    const second = figures[i + 1]
    const merged = second === undefined ? null : merge(first, second, text)
    if (merged === null) {
      result.push(first)
      continue
    }
    result.push(merged)
    i++
  }
  return result.sort((a, b) => a.start - b.start || a.end - b.end)
}

function merge(first: Candidate, second: Candidate, text: string): Candidate | null {
  if (!detailKinds[first.kind].ranged || !detailKinds[second.kind].ranged) return null
  if (first.hedge !== null || second.hedge !== null) return null
  const joiner = text.slice(first.end, second.start)
  if (!rangeJoinerPattern.test(joiner)) return null
  // '52-48' is a score or a vote, not a range: ranges run upwards.
  if ((amountOf(first) ?? 0) > (amountOf(second) ?? 0) && !andJoinerPattern.test(joiner)) return null
  const before = text.slice(Math.max(0, first.start - 10), first.start)
  const between = betweenPattern.test(before)
  if (andJoinerPattern.test(joiner) && !between) return null
  if (toJoinerPattern.test(joiner) && fromBeforePattern.test(before)) return null
  const kind = first.kind === 'count' ? second.kind : first.kind
  if (second.kind !== 'count' && second.kind !== kind) return null
  if (first.unit !== null && second.unit !== null && first.unit !== second.unit) return null
  const low = amountOf(first)
  const high = amountOf(second)
  if (low === null || high === null) return null
  // A bare number before a duration or a quantity is in the partner's written unit ('3 to 4
  // years'), not a shortened scale ('$5-7 billion').
  const bare = first.kind === 'count' && convertsUnit(second, text)
  const scaledLow = bare ? inUnitOf(low, second, text) : rescale(first, low, second, high, text)
  if (scaledLow === null) return null
  const scaledHigh = high
  const interval = { min: Math.min(scaledLow, scaledHigh), max: Math.max(scaledLow, scaledHigh) }
  const start = between ? first.start - (before.length - before.search(betweenEndPattern)) : first.start
  const owner = first.kind === 'count' ? second : first
  const value = owner.kind === 'money' ? { ...(owner.value as MoneyValue), amount: interval } : interval
  return { ...owner, start, end: second.end, value, hedge: 'range', extractor: 'merge-ranges' }
}

function amountOf(candidate: Candidate): number | null {
  const value = candidate.value
  if (typeof value === 'number') return value
  if (typeof value === 'object' && 'currency' in value && typeof value.amount === 'number')
    return value.amount
  return null
}

/**
 * The low end of a range whose high end alone is written with a scale word: '$5-7 billion' is
 * 5 to 7 billion, 'between two and three hundred' 200 to 300 (it was 2 to 300, the scale guessed
 * from the magnitudes, which knew no hundreds). Unscaled when the low end has its own scale, when
 * the high end has none ('between 5 and 7,000' is what it says), or when scaling would pass the
 * high end ('between 500 and 2 million').
 */
function rescale(first: Candidate, low: number, second: Candidate, high: number, text: string): number {
  if (scaleWordOf(text.slice(first.start, first.end)) !== null) return low
  return withScaleOf(low, text.slice(second.start, second.end), high)
}
