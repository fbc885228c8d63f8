import { casual } from 'chrono-node/en'
import type { Candidate, ExtractContext, Extractor } from '../extractor.js'
import { looksLikeYear } from '../figure-utils.js'
import {
  apostropheSPattern,
  dateDigitCuePattern,
  dateLeadPattern,
  dateWordBeforePattern,
  dateWordCuePattern,
  digitPattern,
  digitsOnlyPattern,
  durationLikeDatePattern,
  futureCuePattern,
  isoDatePattern,
  lowerWordPattern,
  pastReportingPattern,
  relativeWordPattern,
  singleWordPattern,
  slashNumberPattern,
  trailingPunctuationPattern,
  whitespaceRunPattern,
  wholeTextPattern,
  yearPattern,
} from '../patterns.js'

type ParsedComponents = ReturnType<typeof casual.parse>[number]['start']

const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
/** Fixed anchor when there is no reference date: only what the text states is kept. */
const noReference = new Date(2000, 0, 1, 12)

/**
 * Dates and times by chrono-node: 'on Thursday', 'May 9', 'last year', 'Wednesday evening',
 * '9 May 2025 at 10am'. With `context.referenceDate` the value is an ISO date ('2025-05-08'),
 * a month ('2025-05'), a year ('2024') or a date-time ('2025-05-09T10:00'), whichever the text
 * states. Without one, only stated parts are kept: a weekday stays its lower-case name
 * ('thursday'), a day of a month is '--05-09', and relative words stay lower-case words
 * ('last year'), so two outlets without dates still compare.
 *
 * @example
 * // 'on Thursday', referenceDate '2025-05-09' -> { kind: 'date', text: 'Thursday', value: '2025-05-08' }
 */
export const dateExtractor: Extractor = {
  name: 'date',
  pattern: () => wholeTextPattern,
  extract(text, _match, context): Candidate[] {
    const reference = referenceOf(context)
    const found: Candidate[] = []
    for (const [offset, piece] of chunks(text)) {
      // Most statements hold no date: chrono is the costliest extractor, so skip it there.
      if (mayHoldDate(piece)) found.push(...chronoDates(text, offset, piece, reference))
    }
    return found
  },
}

/**
 * False when chrono-node cannot find a date the date extractor keeps in `text`: no clock time,
 * date-like digits, month, weekday, day word or time unit (see `dateDigitCuePattern`). A
 * linear scan, far cheaper than running chrono.
 *
 * @example
 * mayHoldDate('Affecting 4,315 homes, the flood closed the bridge.') //=> false
 * mayHoldDate('The bridge reopened on Friday.') //=> true
 */
export function mayHoldDate(text: string): boolean {
  return dateDigitCuePattern.test(text) || dateWordCuePattern.test(text)
}

/**
 * The dates chrono reads in `piece`, which starts at `offset` in `text`, as candidates (with
 * offsets into `text`). The date extractor calls it only where `mayHoldDate` is true;
 * tests hold the pattern to this function, so skipping never loses a date.
 *
 * @example
 * chronoDates('Talks resume on Thursday.', 0, 'Talks resume on Thursday.', null)[0].value //=> 'thursday'
 */
export function chronoDates(
  text: string,
  offset: number,
  piece: string,
  reference: Date | null,
): Candidate[] {
  const found: Candidate[] = []
  for (const result of casual.parse(piece, reference ?? noReference)) {
    const candidate = fromResult(text, offset, result, reference)
    if (candidate !== null) found.push(candidate)
  }
  return found
}

/**
 * Pieces of at most about 2,000 characters, cut after a sentence end or a line break, so
 * that chrono's work grows linearly with the text.
 */
function* chunks(text: string): Generator<[number, string]> {
  const size = 2000
  let start = 0
  while (start < text.length) {
    let end = Math.min(text.length, start + size)
    if (end < text.length) {
      const window = text.slice(start, end)
      const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('. '))
      if (cut > size / 2) end = start + cut + 1
    }
    yield [start, text.slice(start, end)]
    start = end
  }
}

function fromResult(
  text: string,
  offset: number,
  result: ReturnType<typeof casual.parse>[number],
  reference: Date | null,
): Candidate | null {
  const anchored = reference !== null
  let start = offset + result.index
  let phrase = result.text.replace(trailingPunctuationPattern, '')
  // 'for two weeks', 'the last 48 hours': spans of time, which the duration extractor reads.
  if (durationLikeDatePattern.test(phrase)) return null
  const lead = dateLeadPattern.exec(phrase)
  if (lead !== null) {
    start += lead[0].length
    phrase = phrase.slice(lead[0].length)
  }
  const dateWord = lead !== null || dateWordBeforePattern.test(text.slice(Math.max(0, start - 12), start))
  if (!keep(phrase, result.start, dateWord)) return null
  const weekday =
    reference !== null && weekdayOnly(phrase, result.start)
      ? weekdayDate(text, start, result.start, reference)
      : null
  const year =
    reference !== null && result.start.isCertain('month') && !result.start.isCertain('year')
      ? yearFor(text, start, result.start, reference)
      : null
  const value = weekday ?? dateValue(phrase, result.start, anchored, year)
  if (value === null) return null
  return {
    kind: 'date',
    start,
    end: start + phrase.length,
    value,
    unit: null,
    hedge: null,
    subject: null,
    source: 'date',
  }
}

/**
 * Bare years and decades: 'in 2015', 'since 1945', 'the 1990s'; value '2015' or '1990s'.
 * A four-digit number followed by a content word ('2015 troops') is a count, not a year.
 *
 * @example
 * // 'his previous appearance in 2015' -> { kind: 'date', text: '2015', value: '2015' }
 */
export const yearExtractor: Extractor = {
  name: 'year',
  pattern: () => yearPattern,
  extract(text, match): Candidate | null {
    const start = match.index
    const end = start + match[0].length
    if (!looksLikeYear(text, start, end)) return null
    const value = match[0].replace(apostropheSPattern, 's')
    return { kind: 'date', start, end, value, unit: null, hedge: null, subject: null, source: 'year' }
  },
}

function referenceOf(context: ExtractContext): Date | null {
  if (context.referenceDate === null) return null
  const iso = isoDatePattern.exec(context.referenceDate)
  if (iso !== null) return new Date(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), 12)
  const parsed = Date.parse(context.referenceDate)
  if (Number.isNaN(parsed)) return null
  const date = new Date(parsed)
  return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 12)
}

/** True for a bare weekday ('Thursday', 'Wednesday evening'), without 'next', 'last' or a date. */
function weekdayOnly(phrase: string, start: ParsedComponents): boolean {
  return start.isCertain('weekday') && !start.isCertain('day') && !relativeWordPattern.test(phrase)
}

/**
 * The date of a bare weekday in news copy: the most recent such day on or before the
 * reference date, unless the sentence speaks of the future ('will', 'is due', 'scheduled',
 * 'next'), then the first such day on or after it.
 */
function weekdayDate(text: string, position: number, start: ParsedComponents, anchor: Date): string {
  const target = start.get('weekday') ?? 0
  const reference = Date.UTC(anchor.getFullYear(), anchor.getMonth(), anchor.getDate())
  const future = isFuture(text, position)
  const offset = (target - new Date(reference).getUTCDay() + 7) % 7
  const date = new Date(reference + (future ? offset : offset === 0 ? 0 : offset - 7) * 86400000)
  return date.toISOString().slice(0, 10) + timeOf(text.slice(position), start)
}

/** 'T10:30' when the text states a clock time, else ''. */
function timeOf(phrase: string, start: ParsedComponents): string {
  if (!start.isCertain('hour') || !digitPattern.test(phrase)) return ''
  return `T${pad(start.get('hour') ?? 0)}:${pad(start.get('minute') ?? 0)}`
}

/**
 * The year of a date whose year the text leaves out ('in October', 'May 9'): the one that puts
 * it on or before the reference date, unless the sentence speaks of the future.
 */
function yearFor(text: string, position: number, start: ParsedComponents, anchor: Date): number {
  const year = anchor.getFullYear()
  const month = start.get('month') ?? 1
  const day = start.isCertain('day') ? (start.get('day') ?? 1) : 1
  const reference = Date.UTC(year, anchor.getMonth(), anchor.getDate())
  const sameYear = Date.UTC(year, month - 1, day)
  const future = isFuture(text, position)
  if (!future && sameYear > reference) return year - 1
  if (future && sameYear < reference) return year + 1
  return year
}

/**
 * True when the sentence around a date speaks of the future ('will', 'is due'), unless a
 * reporting verb in the past sits right before the date ('told CNN on Tuesday').
 */
function isFuture(text: string, position: number): boolean {
  if (pastReportingPattern.test(text.slice(Math.max(0, position - 30), position))) return false
  return futureCuePattern.test(sentenceAround(text, position))
}

function sentenceAround(text: string, position: number): string {
  const start = Math.max(text.lastIndexOf('. ', position), 0)
  const end = text.indexOf('. ', position)
  return text.slice(start, end === -1 ? text.length : end)
}

function keep(phrase: string, start: ParsedComponents, precededByDateWord: boolean): boolean {
  const lower = phrase.toLowerCase()
  if (lower === 'now' || lower === 'present' || slashNumberPattern.test(phrase)) return false
  // A month name alone in lower case is a verb or a modal: 'troops march', 'it may'.
  if (lowerWordPattern.test(phrase) && start.isCertain('month') && !start.isCertain('day')) return false
  // A month name alone is a date only after a preposition or a time word: 'in March', 'last May'.
  if (
    singleWordPattern.test(phrase) &&
    start.isCertain('month') &&
    !start.isCertain('day') &&
    !precededByDateWord
  )
    return false
  // Bare numbers chrono reads as days or hours belong to the figure extractors.
  if (digitsOnlyPattern.test(phrase)) return false
  return true
}

function dateValue(
  phrase: string,
  start: ParsedComponents,
  anchored: boolean,
  yearOverride: number | null,
): string | null {
  const lower = phrase.toLowerCase().replace(whitespaceRunPattern, ' ')
  const relative = relativeWordPattern.test(lower)
  const hasTime = start.isCertain('hour') && digitPattern.test(phrase)
  const time = hasTime ? `${pad(start.get('hour') ?? 0)}:${pad(start.get('minute') ?? 0)}` : null
  const certainDay = start.isCertain('day') || start.isCertain('weekday')
  if (anchored || (!relative && start.isCertain('year'))) {
    const year = String(yearOverride ?? start.get('year')).padStart(4, '0')
    const month = pad(start.get('month') ?? 1)
    if (certainDay) return `${year}-${month}-${pad(start.get('day') ?? 1)}${time === null ? '' : `T${time}`}`
    if (start.isCertain('month')) return `${year}-${month}`
    if (start.isCertain('year')) return year
    if (time !== null) return `${year}-${month}-${pad(start.get('day') ?? 1)}T${time}`
    return null
  }
  if (relative) return lower
  if (start.isCertain('month') && start.isCertain('day'))
    return `--${pad(start.get('month') ?? 1)}-${pad(start.get('day') ?? 1)}`
  if (start.isCertain('weekday')) return weekdays[start.get('weekday') ?? 0] ?? lower
  if (start.isCertain('month')) return `--${pad(start.get('month') ?? 1)}`
  if (time !== null) return time
  return null
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
