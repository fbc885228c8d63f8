import type { Language } from '../language/language.js'
import {
  FIRST_WORD,
  LOWERCASE_LETTER,
  OPENING_PUNCTUATION,
  SPACED_MERIDIEM_END,
  SPACED_MERIDIEM_START,
  UPPERCASE_LETTER,
} from './patterns.js'

/** Longest word looked at around a boundary. */
const MAX_WORD = 40

/**
 * The word that ends just before `at` (from the previous space), with opening punctuation
 * stripped: in 'said Dr. Park', the word before the '.' at 7 is 'Dr'.
 */
export function wordBefore(text: string, at: number): string {
  let start = at
  while (start > 0 && at - start < MAX_WORD && text.charCodeAt(start - 1) !== 32) start--
  return text.slice(start, at).replace(OPENING_PUNCTUATION, '')
}

/** The word that starts at `at`, opening punctuation stripped: 'The' in '"The vote'. */
export function wordAt(text: string, at: number): string {
  const piece = text.slice(at, at + MAX_WORD).replace(OPENING_PUNCTUATION, '')
  return FIRST_WORD.exec(piece)?.[0] ?? ''
}

/**
 * True when the word at `at` is a typical sentence opener of `language` ('The', 'He', 'But'),
 * capitalised.
 */
export function opensSentence(text: string, at: number, language: Language): boolean {
  const word = wordAt(text, at)
  return word !== '' && isUpper(word.charAt(0)) && language.sentenceOpeners.has(word.toLowerCase())
}

/**
 * True when the word at `at` is a capitalised title or role that stands before a name: 'Mayor',
 * 'Councillor', 'Dr.', 'Gen.'.
 */
export function opensWithTitle(text: string, at: number, language: Language): boolean {
  const word = wordAt(text, at)
  if (word === '' || !isUpper(word.charAt(0))) return false
  const lower = word.toLowerCase()
  return (
    language.roleTitles.has(lower) || (language.titles.has(lower) && text.charAt(at + word.length) === '.')
  )
}

/** True for a lower-case letter. */
export function isLower(char: string): boolean {
  return LOWERCASE_LETTER.test(char)
}

/** True for an upper-case or title-case letter. */
export function isUpper(char: string): boolean {
  return UPPERCASE_LETTER.test(char)
}

/**
 * Where the full stop at `mark`, after `word`, falls in a time written with spaces ('5 a. m.',
 * '9 P. M.', as text rebuilt from tokens has it): 'inside' after its 'a'/'p', 'end' after its
 * 'm', or null when it is not in one.
 */
export function spacedTime(text: string, mark: number, word: string): 'inside' | 'end' | null {
  const lower = word.toLowerCase()
  if ((lower === 'a' || lower === 'p') && SPACED_MERIDIEM_END.test(text.slice(mark + 1, mark + 4)))
    return 'inside'
  if (lower === 'm' && SPACED_MERIDIEM_START.test(text.slice(Math.max(0, mark - 6), mark - 1))) return 'end'
  return null
}
