import type { casual } from 'chrono-node/en'
import { chronoEnglish } from '#lazy-modules'
import { stopwords } from '../../text/natural.js'
import { isoDatePattern } from '../../text/patterns.js'
import type { Detail } from '../../types.js'
import { calendarWords } from '../entities/lexicon.js'
import { bareCandidate, type Candidate, type ExtractContext, type Extractor } from '../extractor.js'
import { looksLikeYear } from '../figure-utils.js'
import {
  apostropheSPattern,
  clockTimeLeadPattern,
  countedNounAfterPattern,
  dateDigitCuePattern,
  dateLeadPattern,
  dateWordBeforePattern,
  dateWordCuePattern,
  digitPattern,
  digitsOnlyPattern,
  durationLikeDatePattern,
  futureCuePattern,
  leadingBareNumberPattern,
  leadingNumberPattern,
  levelAtPattern,
  lowerWordPattern,
  pastReportingPattern,
  relativeWordPattern,
  scoreEndPattern,
  scorePattern,
  singleWordPattern,
  slashNumberPattern,
  trailingBareNumberPattern,
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
 * '9 May 2025 at 10am'. With `context.referenceDate` (the article's publication date) the
 * value is an ISO date ('2025-05-08'), a month ('2025-05'), an ISO week ('2025-W19'), a year
 * ('2024') or a date-time ('2025-05-09T10:00'), whichever the text states; a year the text
 * leaves out is chosen by `yearFor`, the week of a bare weekday by `weekdayDate`, and those
 * parts are listed in `implied`. Without one, only stated parts are kept: a weekday stays its
 * lower-case name ('thursday'), a day of a month is '--05-09', and relative words stay
 * lower-case words ('last year'), so two outlets without dates still compare. Every date
 * says its `granularity` (docs/comparison-rules.md, section 6).
 *
 * @example
 * extractDetails('on Thursday', { referenceDate: '2025-05-09' })
 * //=> [{ kind: 'date', text: 'Thursday', value: '2025-05-08', granularity: 'day', implied: ['year', 'month', 'day'], ... }]
 */
export const dateExtractor: Extractor = {
  name: 'date',
  pattern: () => wholeTextPattern,
  extract(text, _match, context): Candidate[] {
    const reference = referenceOf(context)
    const found: Candidate[] = []
    for (const [offset, piece] of chunks(text)) {
      // Most statements hold no date: chrono is the costliest extractor, so skip it there.
      if (mayHoldDate(piece)) for (const date of chronoDates(text, offset, piece, reference)) found.push(date)
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
 * Weekday abbreviations that chrono reads as dates but that, in lower case, are words of
 * running text: 'they sat in the lobby' is no Saturday. A reader judging real coverage found
 * 'sat' compared as a date. 'Sat' and 'Sat.' stay dates.
 */
const lowerCaseWeekdayAbbreviations: ReadonlySet<string> = new Set([
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
])

/**
 * Whether a capitalised weekday abbreviation chrono read alone ('Sun') is part of a name: a
 * capitalised word that is no day, month or stop word stands right after it ('the Harbourside
 * Sun Ledger') or right before it ('the Daily Sun reported'). A reader of real coverage found a
 * newspaper's name compared as a date. 'Open Sat Sun Mon', 'the Sun matinee' and 'Sun. at
 * noon' stay dates.
 *
 * @example
 * namesAbbreviation('told the Harbourside Sun Ledger', { index: 21, text: 'Sun' }) //=> true
 * namesAbbreviation('Closed Sun, Mon and Tue.', { index: 7, text: 'Sun' }) //=> false
 */
export function namesAbbreviation(piece: string, parsed: { index: number; text: string }): boolean {
  if (!lowerCaseWeekdayAbbreviations.has(parsed.text.toLowerCase())) return false
  const after = capitalisedWordAfter.exec(piece.slice(parsed.index + parsed.text.length))?.[1]
  const before = capitalisedWordBefore.exec(piece.slice(0, parsed.index))?.[1]
  return [after, before].some(
    (word) =>
      word !== undefined &&
      !calendarWords.has(word.toLowerCase()) &&
      !lowerCaseWeekdayAbbreviations.has(word.toLowerCase()) &&
      !stopwords.has(word.toLowerCase()),
  )
}

const capitalisedWordAfter = /^ (\p{Lu}\p{L}+)/u
// Not the first word: a sentence's capital says nothing ('Open Sat to Mon').
const capitalisedWordBefore = /[^\p{L}\s]?\s(\p{Lu}\p{L}+) $/u

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
  const anchor = reference ?? noReference
  for (const parsed of chronoEnglish().casual.parse(piece, anchor)) {
    if (lowerCaseWeekdayAbbreviations.has(parsed.text) || namesAbbreviation(piece, parsed)) continue
    const result = withoutCount(parsed, piece, anchor)
    if (result === null) continue
    const candidate = fromResult(text, offset, partOfDay(result, anchor), reference)
    if (candidate !== null) found.push(candidate)
  }
  return found
}

/** What `fromResult` reads of a chrono result. */
type ChronoResult = Pick<ReturnType<typeof casual.parse>[number], 'index' | 'text' | 'start'>

/**
 * A chrono result without a count next to its date: chrono reads the 14 of 'the toll rose to 14
 * on Friday' as two o'clock, and the 12 of 'On March 3, 12 people were rescued' or 'Two days
 * later, 12 people' as the year (2012) or the hour, and the count is lost. A one- or two-digit
 * number before 'on'/'this'/'last'/'next' (unless 'at', 'by' ... make it a clock time; 'stood
 * at 12 this morning' is a level), or after a comma or a relative time word and before a noun
 * (`countedNounAfterPattern`), is cut off and the rest read again; null when the rest is no date.
 */
function withoutCount(result: ChronoResult, piece: string, anchor: Date): ChronoResult | null {
  // 'beat Cleveland 34-12 Sunday': the 12 ends a score, not the date.
  const number = leadingNumberPattern.exec(result.text)
  if (number !== null && scoreEndPattern.test(piece.slice(Math.max(0, result.index - 2), result.index)))
    return reread(result, result.text.slice(number[0].length), number[0].length, anchor)
  const leading = leadingBareNumberPattern.exec(result.text)
  if (leading !== null) {
    const at = leading[0].startsWith('at ')
    const lead = piece.slice(Math.max(0, result.index - 16), result.index) + (at ? 'at ' : '')
    const count = levelAtPattern.test(lead) || (!at && !clockTimeLeadPattern.test(lead))
    if (count) return reread(result, result.text.slice(leading[0].length), leading[0].length, anchor)
  }
  const trailing = trailingBareNumberPattern.exec(result.text)
  if (trailing === null) return result
  if (!countedNounAfterPattern.test(piece.slice(result.index + result.text.length))) return result
  return reread(result, result.text.slice(0, trailing.index), 0, anchor)
}

/**
 * The date that ends `text` (which starts `shift` characters into `result`'s text), read
 * again; null when there is none.
 */
function reread(result: ChronoResult, text: string, shift: number, anchor: Date): ChronoResult | null {
  const again = chronoEnglish().casual.parse(text, anchor)[0]
  if (again === undefined || again.index + again.text.length !== text.length) return null
  return { index: result.index + shift + again.index, text: again.text, start: again.start }
}

/**
 * The date inside a part of the day chrono reads as nothing: 'the morning of March 3', 'the
 * night of Dec. 12' come back from chrono with no known component, so the date after 'of' is
 * read on its own ('March 3'). Any other result is returned as it is.
 */
function partOfDay(result: ChronoResult, anchor: Date): ChronoResult {
  const known = ['year', 'month', 'day', 'weekday', 'hour'] as const
  if (known.some((component) => result.start.isCertain(component))) return result
  const cut = result.text.indexOf(' of ')
  if (cut === -1) return result
  const tail = result.text.slice(cut + 4)
  const inner = chronoEnglish().casual.parse(tail, anchor)[0]
  if (inner === undefined) return result
  return { index: result.index + cut + 4 + inner.index, text: inner.text, start: inner.start }
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
  result: ChronoResult,
  reference: Date | null,
): Candidate | null {
  let start = offset + result.index
  let phrase = result.text.replace(trailingPunctuationPattern, '')
  if (spanOfTime(phrase)) return null
  const lead = dateLeadPattern.exec(phrase)
  if (lead !== null) {
    start += lead[0].length
    phrase = phrase.slice(lead[0].length)
  }
  const dateWord = lead !== null || dateWordBeforePattern.test(text.slice(Math.max(0, start - 12), start))
  if (!keep(phrase, result.start, dateWord)) return null
  const read =
    reference === null
      ? unanchoredDate(phrase, result.start)
      : anchoredDate(text, start, phrase, result.start, reference, lead?.[0] ?? '')
  if (read === null) return null
  const { granularity, implied } = read
  return bareCandidate('date', start, start + phrase.length, read.value, 'date', { granularity, implied })
}

/**
 * Bare years and decades: 'in 2015', 'since 1945', 'the 1990s'; value '2015' or '1990s'.
 * A four-digit number followed by a content word ('2015 troops') is a count, not a year.
 *
 * @example
 * extractDetails('his previous appearance in 2015') //=> [{ kind: 'date', text: '2015', value: '2015', ... }]
 */
export const yearExtractor: Extractor = {
  name: 'year',
  pattern: () => yearPattern,
  extract(text, match): Candidate | null {
    const start = match.index
    const end = start + match[0].length
    if (!looksLikeYear(text, start, end)) return null
    const value = match[0].replace(apostropheSPattern, 's')
    const granularity = value.endsWith('s') ? 'decade' : 'year'
    return bareCandidate('date', start, end, value, 'year', { granularity, implied: [] })
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

/** A date value with how fine it is and which parts the publication date supplied. */
interface DateReading {
  value: string
  granularity: Granularity
  implied: DatePart[]
}

type Granularity = NonNullable<Detail['granularity']>
type DatePart = NonNullable<Detail['implied']>[number]

/**
 * Words after a span of time that tie it to another event, not to the publication date ('five
 * hours before it was contained'). 'Earlier' and 'later' stay dates: 'up from 12 a year
 * earlier' counts from the publication date.
 */
const narrativeEnds = new Set(['before', 'after'])
/** Phrases chrono reads as a date that name no date ('in the week' of 'in the week of Dec. 8'). */
const bareUnits = new Set(['the day', 'the week', 'the month', 'the year'])

/**
 * True for a span of time chrono reads as a date: 'for two weeks', 'the last 48 hours', and
 * 'five hours before' ('burned for five hours before it was contained'), 'three days after
 * the storm', 'the year after' ('made the playoffs the year after a 2-14 season'): chrono
 * counts those from the publication date (or, without one, from 2000: 'the year after' was
 * the year 2001), but they count from another event. The duration extractor reads the span
 * ('five hours'); 'three days ago' stays a date.
 */
function spanOfTime(phrase: string): boolean {
  if (durationLikeDatePattern.test(phrase)) return true
  const lower = phrase.toLowerCase().replace(whitespaceRunPattern, ' ')
  if (bareUnits.has(lower)) return true
  const cut = lower.lastIndexOf(' ')
  if (cut <= 0 || !narrativeEnds.has(lower.slice(cut + 1))) return false
  const span = lower.slice(0, cut)
  return durationLikeDatePattern.test(span) || bareUnits.has(span)
}

/**
 * A date read in an article without a publication date: only what the text states. A
 * weekday stays its name ('thursday'), a day of a month is '--05-09', a month '--05', a clock
 * time '10:30', and relative words stay lower-case words ('last year'); a stated year gives
 * an ISO value ('2025-05-09', '2025-05', '2025').
 */
function unanchoredDate(phrase: string, start: ParsedComponents): DateReading | null {
  const lower = phrase.toLowerCase().replace(whitespaceRunPattern, ' ')
  const granularity = granularityOf(phrase, start)
  if (relativeWordPattern.test(lower)) return { value: lower, granularity, implied: [] }
  if (start.isCertain('year')) return isoReading(phrase, start, start.get('year') ?? 0, [])
  const value =
    start.isCertain('month') && start.isCertain('day')
      ? `--${pad(start.get('month') ?? 1)}-${pad(start.get('day') ?? 1)}`
      : start.isCertain('weekday')
        ? (weekdays[start.get('weekday') ?? 0] ?? lower)
        : start.isCertain('month')
          ? `--${pad(start.get('month') ?? 1)}`
          : hasClockTime(phrase, start)
            ? `${pad(start.get('hour') ?? 0)}:${pad(start.get('minute') ?? 0)}`
            : null
  return value === null ? null : { value, granularity, implied: [] }
}

/**
 * A date read against the article's publication date `anchor`. Relative words are exact
 * ('yesterday', 'last year', 'next month'; 'last week' is an ISO week, '2025-W46'). A bare
 * weekday is the most recent such day (`weekdayDate`); a month or a day of a month without a
 * year takes the year `yearFor` chooses; those parts are `implied`.
 */
function anchoredDate(
  text: string,
  position: number,
  phrase: string,
  start: ParsedComponents,
  anchor: Date,
  lead: string,
): DateReading | null {
  const lower = phrase.toLowerCase().replace(whitespaceRunPattern, ' ')
  const relative = relativeWordPattern.test(lower)
  if (relative && weekUnit(lower)) {
    const base = lower.includes('this week') ? anchor : start.date()
    return {
      value: isoWeek(base.getFullYear(), base.getMonth(), base.getDate()),
      granularity: 'week',
      implied: [],
    }
  }
  if (start.isCertain('weekday') && !start.isCertain('day') && !relative) {
    const value = weekdayDate(text, position, start, anchor) + timeOf(phrase, start)
    return { value, granularity: granularityOf(phrase, start), implied: ['year', 'month', 'day'] }
  }
  if (start.isCertain('month') && !start.isCertain('year') && !relative) {
    return isoReading(phrase, start, yearFor(text, position, start, anchor, lead), ['year'])
  }
  if (!start.isCertain('month') && !start.isCertain('day') && !start.isCertain('year') && !relative) {
    // A clock time alone ('at 10:30'): on the publication date, a guess.
    if (!hasClockTime(phrase, start)) return null
    return isoReading(phrase, start, anchor.getFullYear(), ['year', 'month', 'day'])
  }
  return isoReading(phrase, start, start.get('year') ?? anchor.getFullYear(), [])
}

/** An ISO value at the precision the components state: '2025-05-09T10:00', '2025-05-09', '2025-05', '2025'. */
function isoReading(
  phrase: string,
  start: ParsedComponents,
  year: number,
  implied: DatePart[],
): DateReading | null {
  const yyyy = String(year).padStart(4, '0')
  const month = pad(start.get('month') ?? 1)
  const day = pad(start.get('day') ?? 1)
  const time = timeOf(phrase, start)
  const granularity = granularityOf(phrase, start)
  if (start.isCertain('day') || start.isCertain('weekday') || time !== '') {
    return { value: `${yyyy}-${month}-${day}${time}`, granularity, implied }
  }
  if (start.isCertain('month')) return { value: `${yyyy}-${month}`, granularity, implied }
  if (start.isCertain('year')) return { value: yyyy, granularity, implied }
  return null
}

/**
 * How fine a date's text is: a clock time ('10:30 a.m. on Friday') is 'time'; 'last week',
 * 'two weeks ago' 'week'; a day, a weekday or a day word ('yesterday') 'day'; then 'month',
 * then 'year'.
 */
function granularityOf(phrase: string, start: ParsedComponents): Granularity {
  if (hasClockTime(phrase, start)) return 'time'
  const lower = phrase.toLowerCase()
  if (weekUnit(lower)) return 'week'
  if (start.isCertain('day') || start.isCertain('weekday')) return 'day'
  if (lower.includes('month') || (start.isCertain('month') && !lower.includes('year'))) return 'month'
  if (lower.includes('year') || start.isCertain('year')) return 'year'
  return 'day'
}

/** True when a phrase counts in weeks ('last week', 'two weeks ago'), not 'weekend' or 'weekday'. */
function weekUnit(lower: string): boolean {
  for (const word of lower.split(' ')) if (word === 'week' || word === 'weeks') return true
  return false
}

/** True when the text states a clock time with digits ('10am', '10:30'): 'evening' is no time. */
function hasClockTime(phrase: string, start: ParsedComponents): boolean {
  return start.isCertain('hour') && digitPattern.test(phrase)
}

/**
 * The ISO week of a day, 'YYYY-Www' (weeks start on Monday; week 1 holds the first Thursday).
 *
 * @example
 * isoWeek(2025, 10, 13) //=> '2025-W46' // 13 November 2025
 */
export function isoWeek(year: number, monthIndex: number, day: number): string {
  const date = new Date(Date.UTC(year, monthIndex, day))
  const weekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay()
  date.setUTCDate(date.getUTCDate() + 4 - weekday)
  const weekYear = date.getUTCFullYear()
  const week = Math.ceil(((date.getTime() - Date.UTC(weekYear, 0, 1)) / dayMs + 1) / 7)
  return `${weekYear}-W${pad(week)}`
}

const dayMs = 86400000

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
  const date = new Date(reference + (future ? offset : offset === 0 ? 0 : offset - 7) * dayMs)
  return date.toISOString().slice(0, 10)
}

/** 'T10:30' when the text states a clock time, else ''. */
function timeOf(phrase: string, start: ParsedComponents): string {
  if (!hasClockTime(phrase, start)) return ''
  return `T${pad(start.get('hour') ?? 0)}:${pad(start.get('minute') ?? 0)}`
}

/** How far ahead of publication a date without a year may lie and still be the coming one. */
const aheadDays = 61

/**
 * The year of a date whose year the text leaves out ('in October', 'Dec. 12'), chosen among
 * the occurrences around the publication date `anchor` (for a month, its first day):
 *
 * 1. a weekday stated with it ('Friday, Dec. 12') picks the nearest year it fits;
 * 2. the sentence speaks of the future ('will', 'is due', 'scheduled', 'next'): the next
 *    occurrence on or after publication;
 * 3. the next occurrence is at most `aheadDays` (61) days ahead and nothing marks the past
 *    (a reporting verb right before, 'since', 'last'): that one, since news names a date of
 *    the coming weeks without its year ('Dec. 12' in an article of 20 November);
 * 4. otherwise the last occurrence on or before publication: news mostly looks back
 *    ('Flights resumed in April', published in January, is last April).
 *
 * chrono's own `forwardDate` option always takes the future one, and without it chrono takes
 * the nearest one either way; neither fits news, which looks back more often than ahead.
 */
function yearFor(
  text: string,
  position: number,
  start: ParsedComponents,
  anchor: Date,
  lead: string,
): number {
  const year = anchor.getFullYear()
  const month = start.get('month') ?? 1
  const reference = Date.UTC(year, anchor.getMonth(), anchor.getDate())
  const dayOf = (y: number): number =>
    Date.UTC(y, month - 1, start.isCertain('day') ? (start.get('day') ?? 1) : 1)
  const years = [year - 1, year, year + 1]
  if (start.isCertain('weekday') && start.isCertain('day')) {
    const fits = years.filter((y) => new Date(dayOf(y)).getUTCDay() === start.get('weekday'))
    const nearest = fits.sort((a, b) => Math.abs(dayOf(a) - reference) - Math.abs(dayOf(b) - reference))[0]
    if (nearest !== undefined) return nearest
  }
  const past = dayOf(year) <= reference ? year : year - 1
  const next = dayOf(year) >= reference ? year : year + 1
  if (isFuture(text, position)) return next
  const soon = (dayOf(next) - reference) / dayMs <= aheadDays
  return soon && !pastCue(text, position, lead) ? next : past
}

/** Words right before a date that put it in the past: 'since Dec. 12', 'last December'. */
const pastLeads = new Set(['since', 'last'])

/** True when a reporting verb in the past sits right before a date ('said on Dec. 12') or 'since'/'last' leads it. */
function pastCue(text: string, position: number, lead: string): boolean {
  if (pastLeads.has(lead.trim().toLowerCase())) return true
  const before = text.slice(Math.max(0, position - 20), position).toLowerCase()
  const words = before.trimEnd().split(' ')
  if (pastLeads.has(words[words.length - 1] ?? '')) return true
  return pastReportingPattern.test(before)
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
  // '10-5', '3-1': a record or a score, never ten o'clock or the fifth of October.
  if (scorePattern.test(phrase)) return false
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
  // 'a second', 'a minute': chrono reads a bare unit of time as now; a date names a time.
  if (bareTimeUnit.test(lower)) return false
  return true
}

// A unit of time alone, with at most an article or 'one': never a date by itself.
const bareTimeUnit = /^(?:(?:a|an|one|the)\s+)?(?:second|minute|moment|hour|instant)s?$/

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
