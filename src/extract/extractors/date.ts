import { casual } from 'chrono-node/en'
import type { Candidate, ExtractContext, Extractor } from '../extractor.js'
import { looksLikeYear } from '../figure-utils.js'
import { wholeTextPattern, yearPattern } from '../patterns.js'

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
    const results = casual.parse(text, reference ?? noReference)
    const found: Candidate[] = []
    for (const result of results) {
      let start = result.index
      let phrase = result.text
      const lead = /^(?:on|at|in|by|from|since|until|during) /i.exec(phrase)
      if (lead !== null) {
        start += lead[0].length
        phrase = phrase.slice(lead[0].length)
      }
      if (!keep(phrase, result.start)) continue
      const value = dateValue(phrase, result.start, reference !== null)
      if (value === null) continue
      found.push({
        kind: 'date',
        start,
        end: start + phrase.length,
        value,
        unit: null,
        hedge: null,
        subject: null,
        source: 'date',
      })
    }
    return found
  },
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
    const value = match[0].replace(/'s$/, 's')
    return { kind: 'date', start, end, value, unit: null, hedge: null, subject: null, source: 'year' }
  },
}

function referenceOf(context: ExtractContext): Date | null {
  if (context.referenceDate === null) return null
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(context.referenceDate)
  if (iso !== null) return new Date(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), 12)
  const parsed = Date.parse(context.referenceDate)
  if (Number.isNaN(parsed)) return null
  const date = new Date(parsed)
  return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 12)
}

function keep(phrase: string, start: ParsedComponents): boolean {
  const lower = phrase.toLowerCase()
  if (lower === 'now' || lower === 'present' || /^\d+\/\d+$/.test(phrase)) return false
  // A month name alone in lower case is a verb or a modal: 'troops march', 'it may'.
  if (/^[a-z]+$/.test(phrase) && start.isCertain('month') && !start.isCertain('day')) return false
  // Bare numbers chrono reads as days or hours belong to the figure extractors.
  if (/^\d+$/.test(phrase)) return false
  return true
}

function dateValue(phrase: string, start: ParsedComponents, anchored: boolean): string | null {
  const lower = phrase.toLowerCase().replace(/\s+/g, ' ')
  const relative =
    /\b(?:last|next|this|ago|yesterday|today|tomorrow|tonight|later|earlier|previous|coming|past|weekend)\b/.test(
      lower,
    )
  const hasTime = start.isCertain('hour') && /\d/.test(phrase)
  const time = hasTime ? `${pad(start.get('hour') ?? 0)}:${pad(start.get('minute') ?? 0)}` : null
  const certainDay = start.isCertain('day') || start.isCertain('weekday')
  if (anchored || (!relative && start.isCertain('year'))) {
    const year = String(start.get('year')).padStart(4, '0')
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
