// Which word after or before a quotation is its speech verb. A fixed list of reporting verbs
// misses most of what writers use ('grumbled', 'fumed', 'sighed', 'lamented'), so next to a
// quotation the verb is recognised by its form: a past tense ('-ed', or one of the irregular
// ones below) or a present third person ('-s'), in lower case. The position does the rest: a
// lower-case past-tense word right after '," ' is the cue of that quotation.

/** Irregular past tenses (and their present '-s' forms) that report speech. */
const IRREGULAR_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'tells',
  'wrote',
  'writes',
  'spoke',
  'speaks',
  'swore',
  'swears',
  'cried',
  'cries',
  'replied',
  'replies',
  'sang',
  'sings',
  'bit',
  'shot',
  'began',
  'went',
  'thought',
  'felt',
  'put',
  'read',
  'rang',
  'quipped',
  'hit',
])

/** Lower-case words that end in '-ed' or '-s' but never report speech after a quotation. */
const NOT_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'bed',
  'red',
  'shed',
  'led',
  'fled',
  'hundred',
  'sacred',
  'naked',
  'wicked',
  'is',
  'was',
  'has',
  'this',
  'his',
  'as',
  'its',
  'us',
  'yes',
  'thus',
  'plus',
  'news',
  'less',
  'unless',
  'always',
  'perhaps',
  'across',
  'besides',
  'sometimes',
])

/**
 * True when `word` has the form of a speech verb next to a quotation: lower case, and a past
 * tense ('grumbled', 'sighed', 'told') or a present third person ('adds', 'says').
 *
 * @example
 * isSpeechVerbForm('grumbled') //=> true
 * isSpeechVerbForm('Marsh') //=> false
 */
export function isSpeechVerbForm(word: string): boolean {
  if (word.length < 3 || word !== word.toLowerCase() || NOT_SPEECH_VERBS.has(word)) return false
  if (IRREGULAR_SPEECH_VERBS.has(word)) return true
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
