import type { Candidate, Extractor } from '../extractor.js'
import { parseNumber } from '../numbers-in-words.js'
import {
  percentagePointEndPattern,
  percentagePointPattern,
  percentPattern,
  percentSignEndPattern,
} from '../patterns.js'

/**
 * An extractor of one percent pattern: the match, minus its sign or words (`endPattern`), is
 * the number; kind 'percent' with `unit`.
 */
function percentExtractorOf(name: string, pattern: RegExp, endPattern: RegExp, unit: '%' | 'pp'): Extractor {
  return {
    name,
    pattern: () => pattern,
    extract(_text, match): Candidate | null {
      const value = parseNumber(match[0].replace(endPattern, ''))
      if (value === null) return null
      const start = match.index
      return {
        kind: 'percent',
        start,
        end: start + match[0].length,
        value,
        unit,
        hedge: null,
        subject: null,
        source: name,
      }
    },
  }
}

/**
 * Percentages: '90%', '90 percent', '4.5 per cent', 'ninety percent'; value in percent
 * points (90% -> 90), unit '%'.
 *
 * @example
 * // '90 percent of voters' -> { kind: 'percent', text: '90 percent', value: 90, unit: '%' }
 */
export const percentExtractor: Extractor = percentExtractorOf(
  'percent',
  percentPattern,
  percentSignEndPattern,
  '%',
)

/**
 * Percentage points: '3 percentage points', '0.5pp'; kind 'percent' with unit 'pp', so that
 * a change in points never compares equal to a share in percent.
 *
 * @example
 * // 'up 3 percentage points' -> { kind: 'percent', text: '3 percentage points', value: 3, unit: 'pp' }
 */
export const percentagePointExtractor: Extractor = percentExtractorOf(
  'percentage-point',
  percentagePointPattern,
  percentagePointEndPattern,
  'pp',
)
