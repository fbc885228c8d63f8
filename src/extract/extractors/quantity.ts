import type { Candidate, Extractor } from '../extractor.js'
import { parseNumber } from '../numbers-in-words.js'
import {
  ageCuePattern,
  agePattern,
  feetAndInchesCuePattern,
  feetAndInchesPattern,
  magnitudeCuePattern,
  magnitudePattern,
  quantityPattern,
  yearsOldEndPattern,
} from '../patterns.js'
import { splitUnit, toBase, unitCaseFits } from '../units.js'

/**
 * Quantities with a unit: '120 km', '3,000 tonnes', '35 degrees Celsius', '41C', '2 1/2
 * inches', '12 t', 'a 6-mile stretch'.
 * The value is converted to the unit's base (metres, kilograms, square metres, °C), so
 * outlets that use different units still compare.
 *
 * @example
 * extractDetails('120 km') //=> [{ kind: 'quantity', value: 120000, unit: 'm', ... }]
 */
export const quantityExtractor: Extractor = {
  name: 'quantity',
  pattern: () => quantityPattern,
  extract(_text, match): Candidate | null {
    const parts = splitUnit(match[0])
    // '41C' is a temperature, '4c' or '12f' (a flat, a grade) is not; '500 g' a mass, '5G' not.
    if (parts !== null && !unitCaseFits(parts.unit)) return null
    const amount = parts === null ? null : parseNumber(parts.amount)
    const base = parts === null || amount === null ? null : toBase(amount, parts.unit)
    if (base === null) return null
    return quantityAt(match, 'quantity', base.value, base.unit)
  },
}

/**
 * A length in feet and inches as one quantity in metres: '6-foot-2', '5 ft 10 in', '6 feet 2
 * inches'. Longer than the feet or the inches alone, it wins over both (`removeOverlaps`).
 *
 * @example
 * extractDetails('He stood 6-foot-2.')[0]
 * //=> { kind: 'quantity', text: '6-foot-2', value: 1.8796, unit: 'm', ... }
 */
export const feetAndInchesExtractor: Extractor = {
  name: 'feet-and-inches',
  pattern: () => feetAndInchesPattern,
  cue: feetAndInchesCuePattern,
  extract(_text, match): Candidate | null {
    const inches = Number(match[2] ?? match[3])
    if (inches >= 12) return null
    const feet = toBase(Number(match[1]), 'foot')
    const rest = toBase(inches, 'inch')
    if (feet === null || rest === null) return null
    return quantityAt(match, 'feet-and-inches', Math.round((feet.value + rest.value) * 1e6) / 1e6, feet.unit)
  },
}

/**
 * Earthquake magnitudes: 'magnitude 6.1', 'a 6.1-magnitude quake', '5.2 on the Richter scale'; unit 'magnitude',
 * subject 'magnitude'.
 *
 * @example
 * extractDetails('a magnitude 6.1 earthquake') //=> [{ kind: 'quantity', value: 6.1, unit: 'magnitude', ... }]
 */
export const magnitudeExtractor: Extractor = {
  name: 'magnitude',
  pattern: () => magnitudePattern,
  cue: magnitudeCuePattern,
  extract(_text, match): Candidate | null {
    const value = Number(match[1] ?? match[2] ?? match[3])
    if (!Number.isFinite(value)) return null
    return quantityAt(match, 'magnitude', value, 'magnitude', 'magnitude')
  },
}

/**
 * Ages: 'a 34-year-old man', 'aged 34 years old'; unit 'years', subject 'age'.
 *
 * @example
 * extractDetails('a 34-year-old man')
 * //=> [{ kind: 'quantity', text: '34-year-old', value: 34, unit: 'years', subject: 'age', ... }]
 */
export const ageExtractor: Extractor = {
  name: 'age',
  pattern: () => agePattern,
  cue: ageCuePattern,
  extract(_text, match): Candidate | null {
    const value = parseNumber(match[0].replace(yearsOldEndPattern, ''))
    if (value === null) return null
    return quantityAt(match, 'age', value, 'years', 'age')
  },
}

/**
 * A quantity candidate spanning the whole match, unhedged: what each extractor above returns
 * once it has read the value (in the unit's base) and, where the pattern implies it, the subject.
 */
function quantityAt(
  match: RegExpExecArray,
  extractor: string,
  value: number,
  unit: string,
  subject: string | null = null,
): Candidate {
  const start = match.index
  return {
    kind: 'quantity',
    start,
    end: start + match[0].length,
    value,
    unit,
    hedge: null,
    subject,
    extractor,
  }
}
