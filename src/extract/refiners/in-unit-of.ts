import type { MoneyValue } from '../../types.js'
import type { Candidate } from '../extractor.js'
import { durationPartsPattern, scaleWordPattern } from '../patterns.js'
import { durationUnits, splitUnit, toBase } from '../units.js'

/**
 * A bare number read in the unit of the figure it is paired with, as that figure's value is
 * stored: in seconds after a duration ('2 or 3 hours': 2 is 7,200), in the base unit after a
 * quantity ('5 to 7 miles': 5 is 8,046.72 m; '50 to 60 degrees Fahrenheit' converts, not
 * scales), unchanged after an age or a magnitude and after any other figure (a count, a percentage, money, whose scale
 * `mergeRanges` guesses). The unit is read again from the partner's text, `text` being the
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
    const scale = scaleWordOf(written)
    const amount = (partner.value as MoneyValue).amount
    if (scale !== null && typeof amount === 'number' && bare * scale <= amount) return bare * scale
  }
  return bare
}

/** True when `inUnitOf` converts a bare number for this partner, so that no scale is guessed. */
export function convertsUnit(partner: Candidate, text: string): boolean {
  return (
    partner.kind === 'duration' ||
    (partner.kind === 'quantity' && splitUnit(text.slice(partner.start, partner.end)) !== null)
  )
}

/** What each scale word multiplies by, for `scaleWordOf`. */
const scaleValues: ReadonlyMap<string, number> = new Map([
  ['dozen', 12],
  ['hundred', 100],
  ['thousand', 1e3],
  ['k', 1e3],
  ['lakh', 1e5],
  ['lakhs', 1e5],
  ['million', 1e6],
  ['mn', 1e6],
  ['m', 1e6],
  ['crore', 1e7],
  ['crores', 1e7],
  ['billion', 1e9],
  ['bn', 1e9],
  ['b', 1e9],
  ['trillion', 1e12],
  ['tn', 1e12],
])

/**
 * The value of the scale word a figure's text ends its number with ('7 billion', '$7bn', 'three
 * hundred', '6 thousand dollars'), or null when it has none ('7,000', 'seven').
 *
 * @example
 * scaleWordOf('$7bn') //=> 1000000000
 * scaleWordOf('three hundred') //=> 100
 * scaleWordOf('7,000') //=> null
 */
export function scaleWordOf(figure: string): number | null {
  let value: number | null = null
  for (const found of figure.matchAll(scaleWordPattern))
    value = scaleValues.get(found[1]!.toLowerCase()) ?? value
  return value
}
