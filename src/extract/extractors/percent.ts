import type { Candidate, Extractor } from '../extractor.js'
import { parseNumber, parseShare } from '../numbers-in-words.js'
import {
  basisPointEndPattern,
  notShareBeforePattern,
  percentagePointCuePattern,
  percentagePointEndPattern,
  percentagePointPattern,
  percentOrSharePattern,
  percentPattern,
  percentSignEndPattern,
  shareOfOnePattern,
} from '../patterns.js'

/**
 * An extractor of one percent pattern: the match, minus its sign or words (`endPattern`), is
 * the number; kind 'percent' with `unit`.
 */
function percentExtractorOf(
  name: string,
  pattern: RegExp,
  endPattern: RegExp,
  unit: '%' | 'pp',
  cue?: RegExp,
): Extractor {
  return {
    name,
    pattern: () => pattern,
    ...(cue === undefined ? {} : { cue }),
    extract(_text, match): Candidate | null {
      const number = match[0].replace(endPattern, '')
      // 'half a percentage point': 'half' on its own is no number, 'a half' is.
      const read = parseNumber(number.toLowerCase() === 'half' ? 'a half' : number)
      if (read === null) return null
      // '25 basis points' is a quarter of a percentage point.
      const value = unit === 'pp' && basisPointEndPattern.test(match[0]) ? hundredth(read) : read
      const start = match.index
      return {
        kind: 'percent',
        start,
        end: start + match[0].length,
        value,
        unit,
        hedge: null,
        subject: null,
        extractor: name,
      }
    },
  }
}

/** Basis points as percentage points, without float noise: 25 -> 0.25, 12.5 -> 0.125. */
function hundredth(value: number): number {
  return Math.round(value * 1e4) / 1e6
}

const percentSign = percentExtractorOf('percent', percentPattern, percentSignEndPattern, '%')

/**
 * Percentages: '90%', '90 percent', '4.5 per cent', 'ninety percent', 'two and a half
 * percent'; value in percent points (90% -> 90), unit '%'. Shares in words ('a third of',
 * 'two-thirds of', 'half the') are percentages too (see `readShare`).
 *
 * @example
 * extractDetails('90 percent of voters') //=> [{ kind: 'percent', text: '90 percent', value: 90, unit: '%', ... }]
 * extractDetails('a third of residents')
 * //=> [{ kind: 'percent', text: 'a third', value: { min: 33.333333, max: 33.333333 }, unit: '%', hedge: 'about', ... }]
 */
export const percentExtractor: Extractor = {
  name: 'percent',
  pattern: () => percentOrSharePattern,
  extract(text, match, context): Candidate | Candidate[] | null {
    return match[1] === undefined ? percentSign.extract(text, match, context) : readShare(text, match)
  },
}

/**
 * Percentage points: '3 percentage points', '0.5pp', 'half a percentage point' (0.5); kind
 * 'percent' with unit 'pp', so that a change in points never compares equal to a share in
 * percent.
 *
 * @example
 * extractDetails('up 3 percentage points')
 * //=> [{ kind: 'percent', text: '3 percentage points', value: 3, unit: 'pp', ... }]
 */
export const percentagePointExtractor: Extractor = percentExtractorOf(
  'percentage-point',
  percentagePointPattern,
  percentagePointEndPattern,
  'pp',
  percentagePointCuePattern,
)

/**
 * A fraction word as a share: 'a third of residents', 'two-thirds of voters', 'one-quarter of',
 * 'half the homes'; kind 'percent', unit '%', value in percent (a third -> 33.333333), source
 * 'share'. Never an ordinal: the 'third' of 'a third of' is a share. A share is a round figure:
 * `attachHedges` reads it as 'about' unless a hedge word says more ('nearly half').
 *
 * @example
 * extractDetails('Two-thirds of voters')
 * //=> [{ kind: 'percent', text: 'Two-thirds', value: { min: 66.666667, max: 66.666667 }, unit: '%', hedge: 'about', ... }]
 */
function readShare(text: string, match: RegExpExecArray): Candidate | null {
  const start = match.index
  const end = start + match[0].length
  if (
    match[0].toLowerCase() === 'half' &&
    notShareBeforePattern.test(text.slice(Math.max(0, start - 12), start))
  )
    return null
  if (shareOfOnePattern.test(text.slice(end, end + 8))) return null
  const value = parseShare(match[0])
  if (value === null) return null
  return { kind: 'percent', start, end, value, unit: '%', hedge: null, subject: null, extractor: 'share' }
}
