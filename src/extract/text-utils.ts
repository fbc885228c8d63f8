// Small readers over a statement's text that extractors and refiners share: the words just
// before or after a position, without regular expressions that scan the whole text.

import { keepPeriodPattern, letterInitialPattern, letterPattern, wordAtPattern } from './patterns.js'

/** A word of the text with its offsets. */
export interface Word {
  text: string
  start: number
  end: number
}

/**
 * Up to `limit` words after `position`, stopping at punctuation other than a hyphen or an
 * apostrophe: `wordsAfter('9,000 troops marched.', 5, 3)` gives 'troops', 'marched'.
 */
export function wordsAfter(text: string, position: number, limit: number): Word[] {
  const words: Word[] = []
  let at = position
  while (words.length < limit) {
    let next = at
    while (next < text.length && (text[next] === ' ' || text[next] === '\u00a0')) next++
    if (next === at && words.length > 0) break
    wordAtPattern.lastIndex = next
    const match = wordAtPattern.exec(text)
    if (match === null) break
    words.push({ text: match[0], start: next, end: next + match[0].length })
    at = next + match[0].length
  }
  return words
}

/**
 * Up to `limit` words before `position`, nearest first, stopping at punctuation other than
 * a hyphen or an apostrophe.
 */
export function wordsBefore(text: string, position: number, limit: number): Word[] {
  const words: Word[] = []
  let at = position
  while (words.length < limit) {
    let end = at
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00a0')) end--
    if (end === at && words.length > 0) break
    let start = end
    while (start > 0 && isWordChar(text.charCodeAt(start - 1), text[start - 1]!)) start--
    if (start === end) break
    const token = text.slice(start, end)
    if (!letterInitialPattern.test(token)) break
    words.push({ text: token, start, end })
    at = start
  }
  return words
}

function isWordChar(code: number, char: string): boolean {
  if (code === 45 || code === 39 || code === 0x2019) return true
  return letterPattern.test(char)
}

/** True when `position` starts the sentence: only openers (quotes, brackets, dashes) before it. */
export function atSentenceStart(text: string, position: number): boolean {
  for (let i = position - 1; i >= 0; i--) {
    const char = text[i]!
    if (openers.has(char)) continue
    // 'Mr. Ortiz': the period of a title abbreviation ends no sentence.
    if (char === '.') return !keepPeriodPattern.test(text.slice(wordStart(text, i), i + 1))
    return char === '!' || char === '?' || char === ':' || char === '\n'
  }
  return true
}

/** Characters that may stand between a sentence end and its first word. */
const openers = new Set([' ', '"', '“', '‘', "'", '(', '—', '-', '–', '*', '#', '>', '\u00a0'])

/** Start of the run of letters that ends right before `end` (exclusive). */
export function wordStart(text: string, end: number): number {
  let start = end
  while (start > 0 && letterPattern.test(text[start - 1]!)) start--
  return start
}
