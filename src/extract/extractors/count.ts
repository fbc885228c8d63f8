import { bareCandidate, type Candidate, type Extractor } from '../extractor.js'
import { looksLikeYear } from '../figure-utils.js'
import { parseCouple, parseNumber, parseVague } from '../numbers-in-words.js'
import {
  capitalInitialPattern,
  countPattern,
  countSuffixPattern,
  letterPattern,
  letterScaleEndPattern,
  loneOnePattern,
  onePattern,
  periodStartPattern,
  raceAfterPattern,
  regularPluralPattern,
  speechVerbWordPattern,
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
 * Words after 'at one' that make a phrase of time, not a count ('at one point the lead was
 * cut to two', 'at one stage'). A reader judging real coverage found 'one' of 'at one point'
 * compared with a game's points.
 */
const momentAfterAt = new Set(['point', 'stage', 'time', 'moment'])

/**
 * Cardinal numbers in digits or words: '9,000', 'nine thousand', 'a dozen', '3.5 million',
 * '80-strong', 'tens of thousands' (an interval, hedge 'range'), 'a couple of' (about 2,
 * hedge 'about'). Bare years, and a lone 'one'
 * used as a pronoun, are left out.
 *
 * @example
 * extractDetails('The 80-strong unit') //=> [{ kind: 'count', text: '80-strong', value: 80, ... }]
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
    // '4B', '5m' without a currency are flat numbers or metres, '10k run' a race distance, not counts.
    if (letterScaleEndPattern.test(body)) return null
    if ((body.endsWith('k') || body.endsWith('K')) && raceAfterPattern.test(text.slice(end, end + 9)))
      return null
    // 'two-way', 'one-sided', 'two-thirds': a compound word, not a count; nor is the end of
    // one ('a four-by-four', 'a two-by-four', 'the under-21 side'). A reader of real coverage
    // found a 4x4 vehicle's 'four' compared with 'Four men'.
    if (text[end] === '-' && letterPattern.test(text[end + 1] ?? '')) return null
    if (text[start - 1] === '-' && compoundHeadBeforePattern.test(text.slice(Math.max(0, start - 7), start)))
      return null
    // '76ers', '3D', '4x4', 'MH17': digits run into a word are part of a name.
    if (digitsOnly.test(body) && letterPattern.test(text[end] ?? '')) return null
    if (digitsOnly.test(body) && letterPattern.test(text[start - 1] ?? '')) return null
    // 'the nineteen fifties': a decade in words, not a count of nineteen ('two seventies pop
    // stars' still counts two).
    if (centuryWordPattern.test(body) && decadeAfterPattern.test(text.slice(end, end + 12))) return null
    // "the '50s": a decade, not a count of fifty.
    if (apostrophes.has(text[start - 1] ?? '') && text[end] === 's') return null
    // '88-72', '52-48': a score or a tally; its sides are compared only with another tally's.
    if (digitsOnly.test(body) && inScore(text, start, end)) {
      return {
        kind: 'count',
        start,
        end,
        value: Number(body),
        unit: null,
        hedge: null,
        subject: TALLY,
        extractor: 'count',
      }
    }
    // 'a couple of' is about two; 'tens of thousands' an interval.
    const couple = parseCouple(body)
    const vague = couple === null ? parseVague(body) : { min: couple, max: couple }
    if (vague !== null) {
      return {
        kind: 'count',
        start,
        end,
        value: vague,
        unit: null,
        hedge: couple === null ? 'range' : 'about',
        subject: null,
        extractor: 'count',
      }
    }
    const value = parseNumber(body)
    if (value === null) return null
    if (loneOnePattern.test(body.trim()) || onePattern.test(body)) {
      const after = wordsAfter(text, end, 1)[0]?.text.toLowerCase()
      const before = wordsBefore(text, start, 1)[0]?.text.toLowerCase()
      if (
        // A lone 'one' ending a sentence is a pronoun ('the only one'); alone in the text it is a number.
        (after === undefined && before !== undefined) ||
        (after !== undefined && pronounAfter.has(after)) ||
        (before !== undefined && pronounBefore.has(before)) ||
        (before === 'at' && after !== undefined && momentAfterAt.has(after)) ||
        unnamedSpeaker(text, end)
      )
        return null
    }
    // 'Gates open at nine': a time of day after a verb of schedule, not a count.
    if (clockHour(text, start, end, value)) return null
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
        extractor: 'count',
      }
    }
    return { kind: 'count', start, end, value, unit: null, hedge: null, subject: null, extractor: 'count' }
  },
}

/**
 * The words that join a number into a compound before it ('four-by-four', 'under-21',
 * 'top-five', 'pick-six', 'fourth-and-one', 'three-on-two', 'one-for-two', 'no-one'). Any
 * other word before a hyphen may stand for a dash ('Four people-one with broken bones'), where
 * the number still counts, and 'of' joins counts of people ('a family-of-four').
 */
const compoundHeadBeforePattern = /(?:^|[^\p{L}])(?:by|under|over|top|pick|and|on|for|no)-$/iu

/** The century of a decade in words: the 'nineteen' of 'the nineteen fifties'. */
const centuryWordPattern = /^(?:eighteen|nineteen|twenty)$/i

/** A decade in words right after a number: the 'fifties' of 'the nineteen fifties'. */
const decadeAfterPattern = /^[ -](?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/i

/** Verbs of a schedule before 'at' and an hour: 'open at nine', 'resumes at ten'. */
const scheduleVerbs: ReadonlySet<string> = new Set([
  'open',
  'opens',
  'opened',
  'close',
  'closes',
  'closed',
  'start',
  'starts',
  'started',
  'begin',
  'begins',
  'began',
  'end',
  'ends',
  'ended',
  'resume',
  'resumes',
  'resumed',
  'meet',
  'meets',
  'met',
  'leave',
  'leaves',
  'left',
  'arrive',
  'arrives',
  'arrived',
])

/**
 * True when the number word from `start` to `end` is an hour of the clock: one to twelve in
 * words after a verb of schedule and 'at' ('Gates open at nine', 'talks resume at ten'), not
 * followed by a noun it counts. 'The toll stood at nine' stays a count.
 */
function clockHour(text: string, start: number, end: number, value: number): boolean {
  if (!Number.isInteger(value) || value < 1 || value > 12 || digitStartPattern.test(text.slice(start, end)))
    return false
  const [at, verb] = wordsBefore(text, start, 2)
  if (at === undefined || verb === undefined || at.text.toLowerCase() !== 'at') return false
  if (!scheduleVerbs.has(verb.text.toLowerCase())) return false
  const next = wordsAfter(text, end, 1)[0]
  return (
    next === undefined ||
    next.start !== end + 1 ||
    !letterStartPattern.test(next.text) ||
    afterHourWords.has(next.text)
  )
}

/** Words after an hour that count nothing: 'at ten tomorrow', 'at nine sharp', 'at six on Friday'. */
const afterHourWords: ReadonlySet<string> = new Set([
  'tonight',
  'tomorrow',
  'today',
  'sharp',
  'on',
  'in',
  'this',
  'each',
  'every',
  'and',
  'or',
  'until',
  'after',
  'before',
  'local',
])

/** Digits at the start of a figure. */
const digitStartPattern = /^\d/
/** A word in lower case: what a count would count ('nine boats'). */
const letterStartPattern = /^[a-z]/

/**
 * True when a lone 'one' that ends at `end` reads as 'a' before an unnamed speaker: 'One
 * resident asked', 'one witness said' (a singular noun, then a reporting verb; never 'One man
 * died'). The speaker is
 * the news; the 'one' counts nothing a reader would check.
 */
function unnamedSpeaker(text: string, end: number): boolean {
  const [noun, verb] = wordsAfter(text, end, 2)
  if (noun === undefined || verb === undefined || noun.start !== end + 1 || verb.start !== noun.end + 1)
    return false
  if (noun.text !== noun.text.toLowerCase() || regularPluralPattern.test(noun.text)) return false
  return speechVerbWordPattern.test(verb.text)
}

/**
 * A fiscal year or season ('2012-13', 'fiscal 2023-24', 'the 2019/20 season', '2019-2020')
 * whose second year is `digits` at `start`: one date with the ISO 8601 interval of the two
 * years as its value ('2012/2013'), or null. The second year must follow the first, so
 * '2012-10' (a month) and a score are left alone.
 */
function periodEndingAt(text: string, start: number, digits: string): Candidate | null {
  if (digits.length !== 2 && digits.length !== 4) return null
  const found = periodStartPattern.exec(text.slice(Math.max(0, start - 8), start))
  if (found === null) return null
  const first = Number(found[1])
  let last = Number(digits)
  if (digits.length === 2) {
    last += Math.floor(first / 100) * 100
    if (last <= first) last += 100
  }
  // '2012-10' reads as a month, '1990-2030' as no season: a period spans a year or a few.
  if (last <= first || last - first > 10) return null
  return bareCandidate('date', start - found[0].length, start + digits.length, `${first}/${last}`, 'period')
}

/** True when a capitalised word and ', ' stand right before `start`: 'Ortiz, ' in 'Mr. Ortiz, 54,'. */
function afterNameAndComma(text: string, start: number): boolean {
  if (text.slice(start - 2, start) !== ', ') return false
  const name = wordsBefore(text, start - 2, 1)[0]
  return name !== undefined && name.end === start - 2 && capitalInitialPattern.test(name.text)
}

/** The subject of each side of a score or tally ('88-72', '52-48'). */
export const TALLY = 'tally'

const digitsOnly = /^\d+$/
const apostrophes: ReadonlySet<string> = new Set(["'", '\u2019'])
const dashes: ReadonlySet<string> = new Set(['-', '\u2013'])

/**
 * True when the digits at `start..end` are one side of a score or tally: two whole numbers of
 * at most three digits joined by a hyphen or an en dash with no space, the first not smaller
 * than the second ('88-72', '13-13', '65-53'). A range reads low to high ('10-15 people'), so
 * it is left to the range merging.
 */
function inScore(text: string, start: number, end: number): boolean {
  const digitsAt = (from: number, step: 1 | -1): string => {
    let at = from
    while (at >= 0 && at < text.length && text[at]! >= '0' && text[at]! <= '9') at += step
    return step === 1 ? text.slice(from, at) : text.slice(at + 1, from + 1)
  }
  const own = text.slice(start, end)
  if (own.length > 3) return false
  const next = dashes.has(text[end] ?? '') ? digitsAt(end + 1, 1) : ''
  if (next !== '' && next.length <= 3 && Number(own) >= Number(next)) return true
  const previous = dashes.has(text[start - 1] ?? '') ? digitsAt(start - 2, -1) : ''
  return previous !== '' && previous.length <= 3 && Number(previous) >= Number(own)
}
