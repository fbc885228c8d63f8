// Checks shared by the figure extractors: whether digits are really a figure.

import { stopwords } from '../text/natural.js'
import { capitalInitialPattern, finalSPattern, regularPluralPattern, yearShapePattern } from './patterns.js'
import { irregularPlurals } from './subject-words.js'
import { wordsAfter, wordsBefore } from './text-utils.js'
import { quantityUnits } from './units.js'

/** Prepositions that put a bare four-digit number in time: 'for 2024', 'in 1998', 'since 2015'. */
const timePrepositions: ReadonlySet<string> = new Set([
  'in',
  'for',
  'since',
  'by',
  'until',
  'till',
  'during',
  'through',
  'throughout',
  'from',
  'before',
  'after',
  'of',
  'to',
])

/**
 * True when a bare four-digit number reads as a year ('in 2015', '2015, when', 'the budget for
 * 2024 rose', 'the 2021 census'), false when it counts something ('2015 troops', 'for 2000
 * guests'): a year unless a content word follows it, and after a preposition of time or a
 * determiner unless a plural noun (or a unit or scale word) follows it.
 *
 * @example
 * looksLikeYear('since 1945 the', 6, 10) //=> true
 * looksLikeYear('for 2024 rose', 4, 8) //=> true
 * looksLikeYear('2015 troops marched', 0, 4) //=> false
 */
export function looksLikeYear(text: string, start: number, end: number): boolean {
  const digits = text.slice(start, end)
  if (!yearShapePattern.test(digits)) return false
  if (finalSPattern.test(digits)) return true
  // 'FY2024': a fiscal year, whatever follows.
  if (text.slice(start - 2, start) === 'FY') return true
  const next = wordsAfter(text, end, 1)[0]
  if (next === undefined || next.start > end + 1) return true
  const lower = next.text.toLowerCase()
  if (capitalInitialPattern.test(next.text)) return true
  const previous = wordsBefore(text, start, 1)[0]
  const plural = irregularPlurals.has(lower) || (lower.length > 3 && regularPluralPattern.test(lower))
  if (previous !== undefined && previous.end === start - 1) {
    const before = previous.text.toLowerCase()
    if (timePrepositions.has(before)) return !plural
    // 'the 2021 census', 'its 2023 report': a year names which one; 'the 2000 guests' counts.
    if (yearDeterminers.has(before))
      return !plural && !notYearNouns.has(lower) && quantityUnits[lower] === undefined
  }
  return stopwords.has(lower) || lower === 'when' || lower === 'after' || lower === 'before'
}

/** Determiners before a year that names an edition: 'the 2021 census', 'a 2019 study'. */
const yearDeterminers: ReadonlySet<string> = new Set([
  'the',
  'a',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'that',
])

/** Words after a four-digit number that make it an amount, not a year: 'the 2000 million'. */
const notYearNouns: ReadonlySet<string> = new Set([
  'million',
  'billion',
  'thousand',
  'hundred',
  'percent',
  'per',
  'of',
])
