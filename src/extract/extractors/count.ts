import type { Candidate, Extractor } from '../extractor.js'
import { looksLikeYear } from '../figure-utils.js'
import { parseNumber, parseVague } from '../numbers-in-words.js'
import {
  capitalInitialPattern,
  countPattern,
  countSuffixPattern,
  letterPattern,
  letterScaleEndPattern,
  loneOnePattern,
  onePattern,
  periodStartPattern,
} from '../patterns.js'
import { wordsAfter, wordsBefore } from '../text-utils.js'

/** Words after a lone 'one' that show it is a pronoun, not a count ('one of', 'one another'). */
const pronounAfter = new Set(['of', 'another', 'who', 'which', 'that', 'day', 'way', 'side', 'thing', 'hand'])
/** Words before a lone 'one' that show it is a pronoun ('no one', 'the one'). */
const pronounBefore = new Set([
  'no',
  'the',
  'any',
  'every',
  'this',
  'that',
  'each',
  'which',
  'only',
  'anyone',
])

/**
 * Cardinal numbers in digits or words: '9,000', 'nine thousand', 'a dozen', '3.5 million',
 * '80-strong', 'tens of thousands' (an interval, hedge 'range'). Bare years, and a lone 'one'
 * used as a pronoun, are left out.
 *
 * @example
 * // 'The 80-strong unit' -> { kind: 'count', text: '80-strong', value: 80 }
 */
export const countExtractor: Extractor = {
  name: 'count',
  pattern: () => countPattern,
  extract(text, match): Candidate | null {
    const start = match.index
    const end = start + match[0].length
    const body = match[0].replace(countSuffixPattern, '')
    const period = periodEndingAt(text, start, match[0])
    if (period !== null) return period
    if (looksLikeYear(text, start, end)) return null
    // '4B', '5m', '10k' without a currency are flat numbers, metres or race distances, not counts.
    if (letterScaleEndPattern.test(body)) return null
    // 'two-way', 'one-sided', 'two-thirds': a compound word, not a count.
    if (text[end] === '-' && letterPattern.test(text[end + 1] ?? '')) return null
    const vague = parseVague(body)
    if (vague !== null) {
      return {
        kind: 'count',
        start,
        end,
        value: vague,
        unit: null,
        hedge: 'range',
        subject: null,
        source: 'count',
      }
    }
    const value = parseNumber(body)
    if (value === null) return null
    if (loneOnePattern.test(body.trim()) || onePattern.test(body)) {
      const after = wordsAfter(text, end, 1)[0]?.text.toLowerCase()
      const before = wordsBefore(text, start, 1)[0]?.text.toLowerCase()
      if (
        after === undefined ||
        pronounAfter.has(after) ||
        (before !== undefined && pronounBefore.has(before))
      )
        return null
    }
    // 'Mr. Ortiz, 54, said': an age in apposition to a name.
    if (
      Number.isInteger(value) &&
      value > 0 &&
      value <= 120 &&
      text[end] === ',' &&
      afterNameAndComma(text, start)
    ) {
      return {
        kind: 'quantity',
        start,
        end,
        value,
        unit: 'years',
        hedge: null,
        subject: 'age',
        source: 'count',
      }
    }
    return { kind: 'count', start, end, value, unit: null, hedge: null, subject: null, source: 'count' }
  },
}

/**
 * A fiscal year or season ('2012-13', 'fiscal 2023-24', 'the 2019/20 season', '2019-2020')
 * whose second year is `digits` at `start`: one date with the ISO 8601 interval of the two
 * years as its value ('2012/2013'), or null. The second year must follow the first, so
 * '2012-10' (a month) and a score are left alone.
 */
function periodEndingAt(text: string, start: number, digits: string): Candidate | null {
  if (digits.length !== 2 && digits.length !== 4) return null
  const found = periodStartPattern.exec(text.slice(Math.max(0, start - 6), start))
  if (found === null) return null
  const first = Number(found[1])
  let last = Number(digits)
  if (digits.length === 2) {
    last += Math.floor(first / 100) * 100
    if (last <= first) last += 100
  }
  // '2012-10' reads as a month, '1990-2030' as no season: a period spans a year or a few.
  if (last <= first || last - first > 10) return null
  return {
    kind: 'date',
    start: start - found[0].length,
    end: start + digits.length,
    value: `${first}/${last}`,
    unit: null,
    hedge: null,
    subject: null,
    source: 'period',
  }
}

/** True when a capitalised word and ', ' stand right before `start`: 'Ortiz, ' in 'Mr. Ortiz, 54,'. */
function afterNameAndComma(text: string, start: number): boolean {
  if (text.slice(start - 2, start) !== ', ') return false
  const name = wordsBefore(text, start - 2, 1)[0]
  return name !== undefined && name.end === start - 2 && capitalInitialPattern.test(name.text)
}
