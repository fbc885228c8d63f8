import { type Boundary, type SentenceContext, sentenceStart } from '../boundaries.js'
import { DIGIT, DOTTED_ABBREVIATION, OPENING_TIME_PHRASE } from '../patterns.js'
import { opensSentence, opensWithTitle, spacedTime, wordBefore } from '../words.js'

/**
 * Removes boundaries after abbreviations: titles always continue ('Dr. Park', 'Gen. Ortiz');
 * 'No.', 'Vol.', 'pp.' continue before a number; months ('Jan. 6') and context abbreviations
 * ('Inc.', 'Co.', 'St.', 'U.S.', 'a.m.') continue unless a typical sentence opener follows
 * ('... in the U.S. The vote'); after 'a.m.' and 'p.m.' a title or role before a name opens a
 * sentence too ('... at 9 a.m. Mayor Jo Marsh left', '... 8 P.M. Dr. Ortiz spoke'), except after a
 * sentence that is only the time so far ('At 9 a.m. Mayor Jo Marsh left' is one sentence).
 *
 * @example
 * segment('U.S. Secretary of State Ana Ruiz spoke.').length //=> 1
 * segment('Talks resumed in the U.S. The vote is Friday.').map((s) => s.text)
 * //=> ['Talks resumed in the U.S.', 'The vote is Friday.']
 */
export function mergeAbbreviations(boundaries: Boundary[], context: SentenceContext): Boundary[] {
  const { text, language } = context
  return boundaries.filter((boundary, index) => {
    if (text.charAt(boundary.mark) !== '.' || boundary.end !== boundary.mark + 1) return true
    const word = wordBefore(text, boundary.mark)
    if (word === '') return true
    const spaced = spacedTime(text, boundary.mark, word)
    if (spaced === 'inside') return false
    const lower = spaced === 'end' ? 'a.m' : word.toLowerCase()
    if (language.titles.has(lower)) return false
    if (language.neverFinal.has(lower)) return false
    const beforeNumber = DIGIT.test(text.charAt(boundary.next))
    if (language.numberAbbreviations.has(lower)) return !beforeNumber
    if (language.monthAbbreviations.has(lower) && word.charAt(0) !== lower.charAt(0)) {
      return !beforeNumber && opensSentence(text, boundary.next, language)
    }
    // '... at 9 a.m. Mayor Jo Marsh left': a time ends the sentence when a title and a name
    // follow, unless the time only opens the sentence ('At 9 a.m. Mayor Jo Marsh left').
    if (language.timeAbbreviations.has(lower)) {
      if (opensWithTimePhrase(text, sentenceStart(boundaries, index), boundary.mark)) return false
      return opensSentence(text, boundary.next, language) || opensWithTitle(text, boundary.next, language)
    }
    if (language.contextAbbreviations.has(lower) || DOTTED_ABBREVIATION.test(word)) {
      return opensSentence(text, boundary.next, language)
    }
    return true
  })
}

/**
 * True when the sentence from `start` is only a time phrase up to the 'a.m.'/'p.m.' at `mark`
 * ('At 9 a.m.', 'By 7.30 p.m.', 'Shortly after 6 a.m.'): what follows is the rest of that sentence.
 */
function opensWithTimePhrase(text: string, start: number, mark: number): boolean {
  return OPENING_TIME_PHRASE.test(text.slice(start, mark + 2).trim())
}
