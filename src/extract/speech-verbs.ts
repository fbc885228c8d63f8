import type { Language } from '../language/language.js'

// Which word after or before a quotation is its speech verb. A fixed list of reporting verbs
// misses most of what writers use ('grumbled', 'fumed', 'sighed', 'lamented'), so next to a
// quotation the verb is recognised by its form: a past tense ('-ed', or one of the language's
// irregular ones, `Language.irregularSpeechVerbs`) or a present third person ('-s'), in lower
// case. The position does the rest: a lower-case past-tense word right after '," ' is the cue
// of that quotation.

/**
 * True when `word` has the form of a speech verb next to a quotation in `language`: lower case,
 * and a past tense ('grumbled', 'sighed', 'told') or a present third person ('adds', 'says').
 *
 * @example
 * import { english } from '../language/english.js'
 * isSpeechVerbForm('grumbled', english) //=> true
 * isSpeechVerbForm('Marsh', english) //=> false
 */
export function isSpeechVerbForm(word: string, language: Language): boolean {
  if (word.length < 3 || word !== word.toLowerCase() || language.notSpeechVerbs.has(word)) return false
  if (language.irregularSpeechVerbs.has(word)) return true
  if (word.length >= 4 && word.endsWith('ed')) return true
  return word.length >= 4 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')
}

/**
 * True when `word` is a present participle that carries a quotation after a clause ('adding',
 * 'saying', 'noting'): in 'Jo Marsh apologised, adding: "..."' the quote is Marsh's.
 */
export function isSpeechParticiple(word: string): boolean {
  return word.length >= 5 && word === word.toLowerCase() && word.endsWith('ing')
}
