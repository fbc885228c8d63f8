import { bareCandidate, type Candidate, type Extractor } from '../extractor.js'
import { parseOrdinal } from '../numbers-in-words.js'
import { digitInitialPattern, ordinalPattern, possessivePattern, verbEndingPattern } from '../patterns.js'
import { wordsAfter, wordsBefore } from '../text-utils.js'

/** Words before a spelled-out ordinal that make it a checkable rank ('the second time'). */
const determiners = new Set(['the', 'a', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that'])
/** Determiners after which an ordinal stays an adjective even before a participle ('the first elected mayor'). */
const articles = new Set(['the', 'a', 'its', 'his', 'her', 'their', 'our', 'my', 'your'])
/** Past-tense verbs without an -ed ending that an adverbial 'first' often precedes. */
const irregularPast = new Set([
  'came',
  'became',
  'took',
  'went',
  'saw',
  'met',
  'made',
  'said',
  'told',
  'won',
  'began',
  'rose',
  'fell',
  'broke',
  'drew',
  'found',
  'got',
  'left',
  'ran',
  'set',
  'put',
  'spoke',
  'wrote',
])

/** True when `word` reads as a verb form: 'caused', 'reported', 'came'. */
function verbAfter(word: string): boolean {
  return irregularPast.has(word) || (verbEndingPattern.test(word) && !rankNouns.has(word))
}

/** Verbs of placing right before a spelled-out ordinal: 'finished third', 'came second'. */
const placingVerbs = new Set([
  'finished',
  'finishes',
  'finish',
  'came',
  'comes',
  'placed',
  'ranked',
  'ranks',
  'ended',
])

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
 * ordinal counts only after a determiner, before a rank noun or after a verb of placing
 * ('finished third'), so 'first reported' and 'a second' (of time) are not ranks.
 *
 * @example
 * extractDetails('only the second time') //=> [{ kind: 'ordinal', text: 'second', value: 2, subject: 'time', ... }]
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
      // 'finished third', 'came second.': a place in a race or a table, whatever follows.
      const placed = before !== undefined && placingVerbs.has(before)
      const ranked =
        (before !== undefined &&
          (determiners.has(before) || before.endsWith("'s") || before.endsWith('’s'))) ||
        (after !== undefined && rankNouns.has(after))
      // 'the second.' or 'the second and third' leave the rank without a noun to check.
      if (!placed && (!ranked || after === undefined || after === 'and')) return null
      // 'that first caused a stir', 'this first came up': an adverb before a verb, not a rank.
      // After an article or a possessive the word is an adjective ('the first elected mayor').
      if (
        !placed &&
        after !== undefined &&
        verbAfter(after) &&
        !(before !== undefined && (articles.has(before) || possessivePattern.test(before)))
      )
        return null
    }
    return bareCandidate('ordinal', start, end, value, 'ordinal')
  },
}
