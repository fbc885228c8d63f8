import type { Candidate, Extractor } from '../extractor.js'
import { parseNumber } from '../numbers-in-words.js'
import { durationCuePattern, durationPartsPattern, durationPattern } from '../patterns.js'
import { durationUnits } from '../units.js'

/** 'One day' alone, which after a modal means 'someday'. */
const someDayPattern = /^one day$/i

/** A modal or its contraction right before: 'will', 'would', "I'd", 'could', 'might', 'may'. */
const modalBeforePattern = /(?:\b(?:will|would|could|might|may|shall|should|can|must)|['’]d|['’]ll) $/i

/** 'a' or 'an' as the number of a duration: 'in a year'. */
const articlePattern = /^an?$/i

/**
 * Units that a whole count of rounds to: 'two decades' is 15 to 25 years ('ruled for two
 * decades' and '21 years in power' agree), 'a century' 50 to 150 years.
 */
const roundingUnits: ReadonlySet<string> = new Set(['decade', 'decades', 'century', 'centuries'])

/**
 * Durations: '48 hours', 'a three-day visit', 'two weeks', 'a 10-year sentence'; value in
 * seconds (a month is 30 days, a year 365), unit 's'. A whole number of decades or centuries
 * (`roundingUnits`) is an interval of half a unit either way, hedged 'about'.
 *
 * @example
 * extractDetails('the three-day state visit')
 * //=> [{ kind: 'duration', text: 'three-day', value: 259200, unit: 's', ... }]
 */
export const durationExtractor: Extractor = {
  name: 'duration',
  pattern: () => durationPattern,
  cue: durationCuePattern,
  extract(text, match): Candidate | null {
    const found = durationPartsPattern.exec(match[0])
    if (found === null) return null
    // 'I'd one day stand on that stage', 'we will one day rebuild': someday, no span of time.
    if (
      someDayPattern.test(match[0]) &&
      modalBeforePattern.test(text.slice(Math.max(0, match.index - 12), match.index))
    )
      return null
    const amount = articlePattern.test(found[1]!) ? 1 : parseNumber(found[1]!)
    const seconds = durationUnits[found[2]!.toLowerCase()]
    // Past 2^53 seconds the value is no exact figure: no detail, as for a number that large.
    if (amount === null || seconds === undefined || Math.abs(amount * seconds) > Number.MAX_SAFE_INTEGER)
      return null
    const start = match.index
    const rounded = roundingUnits.has(found[2]!.toLowerCase()) && Number.isInteger(amount)
    return {
      kind: 'duration',
      start,
      end: start + match[0].length,
      value: rounded ? { min: (amount - 0.5) * seconds, max: (amount + 0.5) * seconds } : amount * seconds,
      unit: 's',
      hedge: rounded ? 'about' : null,
      subject: null,
      extractor: 'duration',
    }
  },
}
