import type { MoneyValue } from '../../types.js'
import type { Candidate } from '../extractor.js'
import { scaleWordOf } from '../numbers-in-words.js'
import { durationPartsPattern } from '../patterns.js'
import { durationUnits, splitUnit, toBase } from '../units.js'

/**
 * A bare number read in the unit of the figure it is paired with, as that figure's value is
 * stored: in seconds after a duration ('2 or 3 hours': 2 is 7,200), in the base unit after a
 * quantity ('5 to 7 miles': 5 is 8,046.72 m; '50 to 60 degrees Fahrenheit' converts, not
 * scales), times the scale word an amount of money writes ('5 or 6 thousand dollars': 5 is
 * 5,000; `withScaleOf`), unchanged after an age, a magnitude or any other figure (a count, a
 * percentage). The unit is read again from the partner's text, `text` being the
 * text the candidates' offsets index. Null when the partner's unit cannot be read back (the
 * bare number then keeps no unit): before this, '3 to 4 years' was 3,000,000 to 126,144,000
 * seconds, the 3 scaled like the 5 of '$5-7 billion'.
 *
 * @example
 * const hours = { kind: 'duration', start: 10, end: 17, value: 10800, unit: 's', hedge: null, subject: null, extractor: 'duration' }
 * inUnitOf(2, hours, 'took 2 or 3 hours') //=> 7200
 */
export function inUnitOf(bare: number, partner: Candidate, text: string): number | null {
  const written = text.slice(partner.start, partner.end)
  if (partner.kind === 'duration') {
    const parts = durationPartsPattern.exec(written)
    const seconds = parts === null ? undefined : durationUnits[parts[2]!.toLowerCase()]
    return seconds === undefined ? null : bare * seconds
  }
  // A quantity whose text ends in no unit it converts keeps its written number: an age ('3 and
  // 5 years old'), a magnitude.
  const parts = partner.kind === 'quantity' ? splitUnit(written) : null
  if (parts !== null) return toBase(bare, parts.unit)?.value ?? null
  // '5 or 6 thousand dollars': the scale word of an amount of money is the bare number's too.
  if (partner.kind === 'money') {
    const amount = (partner.value as MoneyValue).amount
    if (typeof amount === 'number') return withScaleOf(bare, written, amount)
  }
  return bare
}

/**
 * `low` times the scale word that `partner` (a figure's text) writes, when that stays at most
 * `high`: the 5 of '$5-7 billion' and of '5 or 6 thousand dollars'; `low` itself when the
 * partner writes none ('between 5 and 7,000') or the product would pass `high` ('between 500
 * and 2 million').
 *
 * @example
 * withScaleOf(5, '7 billion', 7e9) //=> 5000000000
 * withScaleOf(500, '2 million', 2e6) //=> 500
 */
export function withScaleOf(low: number, partner: string, high: number): number {
  const scale = scaleWordOf(partner)
  return scale === null || low * scale > high ? low : low * scale
}

/** True when `inUnitOf` converts a bare number for this partner, so that no scale is guessed. */
export function convertsUnit(partner: Candidate, text: string): boolean {
  return (
    partner.kind === 'duration' ||
    (partner.kind === 'quantity' && splitUnit(text.slice(partner.start, partner.end)) !== null)
  )
}
