import type { Boundary, SentenceContext } from '../boundaries.js'
import { removeInside, startsSentence } from '../pairs.js'
import { isLower } from '../words.js'

/** Longest quotation (in characters) kept in one sentence. */
const MAX_QUOTE = 1500

/**
 * Keeps a quotation in one sentence when it is part of a larger one: it opens mid-sentence
 * ('He said: "We came. We saw." Then ...') or the sentence goes on after it ('"We came. We
 * saw," she said.'). A quotation that stands alone as sentences splits normally. Also keeps
 * '?' and '!' inside quotes from ending the sentence ('"Why?" she asked.').
 *
 * @example
 * segment('"We will rebuild. We will return," the mayor said.').length //=> 1
 */
export function keepQuotesTogether(boundaries: Boundary[], context: SentenceContext): Boundary[] {
  const { text } = context
  const pairs = quotePairs(text)
  if (pairs.length === 0) return boundaries
  const embedded = pairs.filter(([open, close]) => {
    if (close - open > MAX_QUOTE) return false
    if (!startsSentence(boundaries, open, text)) return true
    return continuesAfter(text, open, close)
  })
  return removeInside(boundaries, embedded)
}

/** True when the sentence goes on after the closing quote at `close` (', she said'). */
export function continuesAfter(text: string, open: number, close: number): boolean {
  const before = text.charAt(close - 1)
  if (before === ',' || before === '—' || before === '–') return true
  let k = close + 1
  if (k < text.length && text.charCodeAt(k) !== 32) {
    const char = text.charAt(k)
    return char === ',' || char === ';' || char === ':' || isLower(char)
  }
  while (k < text.length && text.charCodeAt(k) === 32) k++
  return k < text.length && isLower(text.charAt(k)) && close > open
}

/** Pairs of [opening, closing] quote indices: curly quotes nest, straight quotes alternate. */
function quotePairs(text: string): Array<[number, number]> {
  const pairs: Array<[number, number]> = []
  const curly: number[] = []
  let straight = -1
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i)
    if (char === '“') {
      if (curly.length < 8) curly.push(i)
    } else if (char === '”') {
      const open = curly.pop()
      if (open !== undefined) pairs.push([open, i])
    } else if (char === '"') {
      const previous = i === 0 ? ' ' : text.charAt(i - 1)
      const opens =
        previous === ' ' || previous === '(' || previous === '[' || previous === '—' || previous === '–'
      if (opens) straight = i
      else if (straight >= 0) {
        pairs.push([straight, i])
        straight = -1
      }
    }
  }
  return pairs.sort((a, b) => a[0] - b[0])
}
