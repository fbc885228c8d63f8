import type { Detail } from '../types.js'
import { nonAlphanumeric, whiteSpace } from './patterns.js'
import type { PairVerdict } from './values.js'

// Date verdicts. A date value is read into what it pins down: a span of time when it is
// anchored (an ISO value: '2025', '2025-05', '2025-W19', '2025-05-08', '2025-05-08T10:00',
// '1990s'), and the parts the text itself fixes (year, month, day of the month, weekday, clock
// time). Parts the extract stage chose from a publication date (`Detail.implied`: the year of
// 'Dec. 12', the week of 'Thursday') are a guess, and a guess alone never makes a conflict.
// Values of articles without a publication date ('thursday', '--12-12', 'last year') fix only
// what they name.

/** What a comparison needs of a date detail. `implied` and `text` are optional for bare values. */
export interface DateOperand {
  /** The value: an ISO date at some precision, or an unanchored value ('thursday', '--05-09', 'last year'). */
  value: string
  /** The detail's source text ('on Dec. 12' is 'Dec. 12'), to tell identical wording. */
  text: string
  /** Parts of `value` chosen from the publication date (see `Detail.implied`). */
  implied?: readonly string[] | null | undefined
}

const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const
const minuteMs = 60_000
const dayMs = 86_400_000

/** What a date value pins down. */
interface DateFacts {
  /** The span of time, start inclusive, end exclusive, in UTC milliseconds; null when unanchored. */
  span: [number, number] | null
  year: number | null
  month: number | null
  day: number | null
  /** 0 (Sunday) to 6. */
  weekday: number | null
  /** Minutes after midnight. */
  time: number | null
  /** True when some part of the value is a guess from the publication date. */
  guessed: boolean
}

/**
 * The weekday name of a date value: the name itself when unresolved ('Thursday'), the weekday
 * of a full ISO date, or null for a month or a year.
 *
 * @example
 * weekdayOf('2025-05-08') //=> 'thursday'
 */
export function weekdayOf(value: string): string | null {
  const lower = value.trim().toLowerCase()
  const iso = isoParts(lower)
  if (iso === null) return weekdayName(lower)
  if (iso.year === null || iso.day === null || iso.month === null) return null
  return weekdays[new Date(Date.UTC(iso.year, iso.month - 1, iso.day)).getUTCDay()] ?? null
}

/**
 * Verdict on two date values with their texts, as `compareDateDetails` gives it for details
 * without `implied` parts (every part the value gives is taken as stated).
 *
 * @example
 * compareDates('2025-05-08', '2025-05-09', 'Thursday', 'Friday') //=> { status: 'diverge', ... }
 * compareDates('2025', '2025-02-14', '2025', 'Feb. 14, 2025') //=> { status: 'compatible', ... }
 */
export function compareDates(a: string, b: string, textA: string, textB: string): PairVerdict {
  return compareDateDetails({ value: a, text: textA }, { value: b, text: textB }, textA, textB)
}

/**
 * Verdict on two dates of the same thing; `labelA` and `labelB` name them in the reason.
 *
 * 1. The same value, or the same words where one article has no publication date ('last
 *    year' and 'last year'; 'Thursday' and 'on Thursday'): `agree`.
 * 2. Both anchored and nothing guessed: the spans decide. Equal: `agree`; one inside the other
 *    ('2025' and '2025-02-14', 'next month' and 'Dec. 12' resolved to that month, a date and
 *    a time on it) or overlapping (a week across two months): `compatible`; disjoint ('2024'
 *    and '2025', 'February 2021' and '2022'): `diverge`.
 * 3. Otherwise only the parts both texts fix can conflict: year, month, day of the month,
 *    weekday and clock time ('Tuesday' and 'Wednesday'; 'March 3' and 'March 4'; 'Friday'
 *    and '2025-05-08'): `diverge`. When none does, the dates may be one: `compatible`
 *    ('Dec. 12' with its year guessed and 'Dec. 12, 2024'; 'last year' in an undated article
 *    and '2024'; 'February' and '2022').
 *
 * @example
 * compareDateDetails({ value: '2024', text: 'last year' }, { value: 'last year', text: 'last year' }, 'a', 'b').status
 * //=> 'agree'
 */
export function compareDateDetails(
  a: DateOperand,
  b: DateOperand,
  labelA: string,
  labelB: string,
): PairVerdict {
  const left = a.value.trim().toLowerCase()
  const right = b.value.trim().toLowerCase()
  if (left === right) return { status: 'agree', reason: `${labelA} and ${labelB} are the same date.` }
  const factsA = dateFacts(a)
  const factsB = dateFacts(b)
  const unanchored = factsA.span === null || factsB.span === null
  if (unanchored && wording(a.text) === wording(b.text)) {
    return {
      status: 'agree',
      reason: `${labelA} and ${labelB} use the same words, and one article has no publication date to place them.`,
    }
  }
  if (!factsA.guessed && !factsB.guessed && factsA.span !== null && factsB.span !== null) {
    return spanVerdict(factsA.span, factsB.span, labelA, labelB)
  }
  const conflict = conflictingPart(factsA, factsB)
  if (conflict !== null) {
    return { status: 'diverge', reason: `${labelA} and ${labelB} are ${conflict}.` }
  }
  if (factsA.span !== null && factsB.span !== null && overlap(factsA.span, factsB.span)) {
    return { ...spanVerdict(factsA.span, factsB.span, labelA, labelB), status: 'compatible' }
  }
  const why = unanchored
    ? 'one article has no publication date to place it'
    : 'part of one is inferred from its publication date'
  return { status: 'compatible', reason: `${labelA} and ${labelB} may be the same date (${why}).` }
}

/**
 * A key for everything `compareDateDetails` reads of a date detail beyond its value: the
 * parts implied and the wording. Details with equal value and key get equal verdicts.
 *
 * @example
 * dateKey({ kind: 'date', text: 'Dec. 12', value: '2025-12-12', implied: ['year'] }) //=> '["year"]|dec. 12'
 */
export function dateKey(detail: Pick<Detail, 'text' | 'implied'>): string {
  return `${JSON.stringify(detail.implied ?? [])}|${wording(detail.text)}`
}

function overlap(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1]
}

// Equal spans agree; nested or overlapping spans are compatible; disjoint ones diverge.
function spanVerdict(a: [number, number], b: [number, number], labelA: string, labelB: string): PairVerdict {
  if (a[0] === b[0] && a[1] === b[1]) {
    return { status: 'agree', reason: `${labelA} and ${labelB} are the same date.` }
  }
  if (!overlap(a, b)) {
    return { status: 'diverge', reason: `${labelA} and ${labelB} are different dates.` }
  }
  const [outer, inner] = a[1] - a[0] >= b[1] - b[0] ? [labelA, labelB] : [labelB, labelA]
  return {
    status: 'compatible',
    reason: `${inner} falls within ${outer}: the same date at different precision.`,
  }
}

// The first part both dates fix and that differs, as words for the reason; null when none.
function conflictingPart(a: DateFacts, b: DateFacts): string | null {
  const differ = (x: number | null, y: number | null): boolean => x !== null && y !== null && x !== y
  if (differ(a.year, b.year)) return 'in different years'
  if (differ(a.month, b.month)) return 'in different months'
  if (differ(a.day, b.day)) return 'different days'
  if (differ(a.weekday, b.weekday)) return 'different days'
  if (differ(a.time, b.time)) return 'different times'
  return null
}

// Lower case, single spaces, no leading preposition: 'On  Thursday' -> 'thursday'.
function wording(text: string): string {
  const words = text
    .toLowerCase()
    .split(whiteSpace)
    .filter((word) => word !== '')
  if (words.length > 1 && leads.has(words[0]!)) words.shift()
  return words.join(' ')
}

const leads = new Set(['on', 'at', 'in', 'by', 'from', 'since', 'until', 'during'])

function dateFacts(operand: DateOperand): DateFacts {
  const value = operand.value.trim().toLowerCase()
  const implied = new Set(operand.implied ?? [])
  const none: DateFacts = {
    span: null,
    year: null,
    month: null,
    day: null,
    weekday: null,
    time: null,
    guessed: false,
  }
  const iso = isoParts(value)
  if (iso === null) return unanchoredFacts(value, none)
  const guessed = implied.size > 0
  const year = implied.has('year') ? null : iso.year
  const month = implied.has('month') ? null : iso.month
  const day = implied.has('day') ? null : iso.day
  // A weekday is known when the text names one ('Thursday') or every part of the day is known.
  const named = textWeekday(operand.text)
  const weekday =
    named ??
    (year !== null && month !== null && day !== null
      ? new Date(Date.UTC(year, month - 1, day)).getUTCDay()
      : null)
  return { span: iso.span, year, month, day, weekday, time: iso.time, guessed }
}

// 'thursday', '--05-09', '--05', '10:30', or words ('last year') that fix nothing alone.
function unanchoredFacts(value: string, none: DateFacts): DateFacts {
  const weekday = weekdayName(value)
  if (weekday !== null) return { ...none, weekday: weekdays.indexOf(weekday as (typeof weekdays)[number]) }
  if (value.startsWith('--')) {
    const [month, day] = value.slice(2).split('-')
    return { ...none, month: number(month, 2), day: day === undefined ? null : number(day, 2) }
  }
  return { ...none, time: clock(value) }
}

// The weekday a detail's text names ('Thursday evening', '10 a.m. on Fri.'), by index.
function textWeekday(text: string): number | null {
  for (const word of text.toLowerCase().split(nonAlphanumeric)) {
    const name = weekdayName(word)
    if (name !== null) return weekdays.indexOf(name as (typeof weekdays)[number])
  }
  return null
}

// A weekday named by a whole value: 'thursday', 'Thu', 'thurs'.
function weekdayName(value: string): string | null {
  if (value.length < 3) return null
  return weekdays.find((day) => day.startsWith(value)) ?? null
}

interface IsoParts {
  year: number | null
  month: number | null
  day: number | null
  time: number | null
  span: [number, number]
}

/**
 * An anchored value read without regular expressions: '2025', '1990s', '2025-05', '2025-W19',
 * '2025-05-08', '2025-05-08T10:30'. Null for anything else.
 */
function isoParts(value: string): IsoParts | null {
  const year = number(value.slice(0, 4), 4)
  if (year === null) return null
  const rest = value.slice(4)
  const parts = (month: number | null, day: number | null, time: number | null, span: [number, number]) => ({
    year,
    month,
    day,
    time,
    span,
  })
  if (rest === '') return parts(null, null, null, [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)])
  if (rest === 's') {
    const decade = year - (year % 10)
    return { ...parts(null, null, null, [Date.UTC(decade, 0, 1), Date.UTC(decade + 10, 0, 1)]), year: null }
  }
  if (rest.startsWith('-w')) {
    const week = number(rest.slice(2), 2)
    if (week === null) return null
    const monday = isoWeekMonday(year, week)
    return { ...parts(null, null, null, [monday, monday + 7 * dayMs]), year: null }
  }
  if (rest[0] !== '-') return null
  const month = number(rest.slice(1, 3), 2)
  if (month === null) return null
  if (rest.length === 3)
    return parts(month, null, null, [Date.UTC(year, month - 1, 1), Date.UTC(year, month, 1)])
  if (rest[3] !== '-') return null
  const day = number(rest.slice(4, 6), 2)
  if (day === null) return null
  const start = Date.UTC(year, month - 1, day)
  if (rest.length === 6) return parts(month, day, null, [start, start + dayMs])
  const time = rest[6] === 't' ? clock(rest.slice(7)) : null
  if (time === null) return null
  return parts(month, day, time, [start + time * minuteMs, start + (time + 1) * minuteMs])
}

// The Monday that starts ISO week `week` of `year`.
function isoWeekMonday(year: number, week: number): number {
  const fourth = Date.UTC(year, 0, 4)
  const weekday = new Date(fourth).getUTCDay() === 0 ? 7 : new Date(fourth).getUTCDay()
  return fourth - (weekday - 1) * dayMs + (week - 1) * 7 * dayMs
}

// 'HH:MM' as minutes after midnight, or null.
function clock(value: string): number | null {
  if (value.length !== 5 || value[2] !== ':') return null
  const hours = number(value.slice(0, 2), 2)
  const minutes = number(value.slice(3), 2)
  return hours === null || minutes === null ? null : hours * 60 + minutes
}

// Exactly `digits` ASCII digits as a number, or null.
function number(text: string | undefined, digits: number): number | null {
  if (text === undefined || text.length !== digits) return null
  for (const char of text) if (char < '0' || char > '9') return null
  return Number(text)
}
