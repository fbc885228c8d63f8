// Checks shared by the figure extractors: whether digits are really a figure.

import { stopwords } from '../text/natural.js'
import { capitalInitialPattern, finalSPattern, yearShapePattern } from './patterns.js'
import { wordsAfter } from './text-utils.js'

/**
 * True when a bare four-digit number reads as a year ('in 2015', '2015, when'), false when it
 * counts something ('2015 troops'): a year unless a content word follows it.
 *
 * @example
 * looksLikeYear('since 1945 the', 6, 10) //=> true
 * looksLikeYear('2015 troops marched', 0, 4) //=> false
 */
export function looksLikeYear(text: string, start: number, end: number): boolean {
  const digits = text.slice(start, end)
  if (!yearShapePattern.test(digits)) return false
  if (finalSPattern.test(digits)) return true
  const next = wordsAfter(text, end, 1)[0]
  if (next === undefined || next.start > end + 1) return true
  const lower = next.text.toLowerCase()
  if (capitalInitialPattern.test(next.text)) return true
  return stopwords.has(lower) || lower === 'when' || lower === 'after' || lower === 'before'
}
