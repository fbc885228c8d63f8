import type { Candidate, Extractor } from '../extractor.js'
import { parseOrdinal } from '../numbers-in-words.js'
import { digitInitialPattern, ordinalPattern } from '../patterns.js'
import { wordsAfter, wordsBefore } from '../text-utils.js'

/** Words before a spelled-out ordinal that make it a checkable rank ('the second time'). */
const determiners = new Set(['the', 'a', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that'])
/** Nouns after an ordinal that make it checkable even without a determiner. */
const rankNouns = new Set([
  'time',
  'times',
  'day',
  'year',
  'round',
  'consecutive',
  'straight',
  'term',
  'place',
  'anniversary',
  'week',
  'month',
  'quarter',
])

/**
 * Ordinals: 'the second time', 'its third consecutive year', '3rd', '21st'. A spelled-out
 * ordinal counts only after a determiner or before a rank noun, so 'first reported' and
 * 'a second' (of time) are not ranks.
 *
 * @example
 * // 'only the second time' -> { kind: 'ordinal', text: 'second', value: 2, subject: 'time' }
 */
export const ordinalExtractor: Extractor = {
  name: 'ordinal',
  pattern: () => ordinalPattern,
  extract(text, match): Candidate | null {
    const value = parseOrdinal(match[0])
    if (value === null) return null
    const start = match.index
    const end = start + match[0].length
    if (!digitInitialPattern.test(match[0])) {
      const before = wordsBefore(text, start, 1)[0]?.text.toLowerCase()
      const after = wordsAfter(text, end, 1)[0]?.text.toLowerCase()
      const ranked =
        (before !== undefined &&
          (determiners.has(before) || before.endsWith("'s") || before.endsWith('’s'))) ||
        (after !== undefined && rankNouns.has(after))
      // 'the second.' or 'the second and third' leave the rank without a noun to check.
      if (!ranked || after === undefined || after === 'and') return null
    }
    return { kind: 'ordinal', start, end, value, unit: null, hedge: null, subject: null, source: 'ordinal' }
  },
}
