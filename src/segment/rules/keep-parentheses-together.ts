import type { Boundary, SentenceContext } from '../boundaries.js'
import { removeInside, startsSentence } from '../pairs.js'
import { isLower } from '../words.js'

/** Longest parenthetical citation ('(Smith 55)') kept with the sentence before it. */
const MAX_CITATION = 80

/**
 * True for a parenthetical citation after a quotation that ends with its own full stop: the
 * '(Smith 55).' of '"The river keeps its own time." (Smith 55).' starts a sentence only because
 * of the stop inside the quote; it has no sentence punctuation inside and ends with the stop.
 */
function citesSentenceBefore(boundaries: Boundary[], text: string, from: number, to: number): boolean {
  if (from === 0 || to - from > MAX_CITATION || !startsSentence(boundaries, from, text)) return false
  const after = text.charAt(to + 1)
  if (after !== '.' && after !== '!' && after !== '?') return false
  const inside = text.slice(from + 1, to)
  return !inside.includes('.') && !inside.includes('!') && !inside.includes('?')
}

/** Longest parenthesis (in characters) kept in one sentence. */
const MAX_PARENTHESIS = 600

/**
 * Keeps a parenthesis inside the sentence around it ('The vote (the second. It failed) was
 * close.'), and a citation after a quotation with the quotation ('"..." (Smith 55).'); a
 * parenthesis that stands as sentences of its own ('(Officials disputed this.)') splits
 * normally.
 *
 * @example
 * segment('Turnout rose (to 61 percent. A record) in the city.').length //=> 1
 */
export function keepParenthesesTogether(boundaries: Boundary[], context: SentenceContext): Boundary[] {
  const { text } = context
  const pairs: Array<[number, number]> = []
  const open: number[] = []
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i)
    if (char === '(') {
      if (open.length < 8) open.push(i)
    } else if (char === ')') {
      const from = open.pop()
      if (from !== undefined && i - from <= MAX_PARENTHESIS) pairs.push([from, i])
    }
  }
  if (pairs.length === 0) return boundaries
  const citing = pairs.filter(([from, to]) => citesSentenceBefore(boundaries, text, from, to))
  if (citing.length > 0) {
    const starts = new Set(citing.map(([from]) => from))
    boundaries = boundaries.filter((boundary) => !starts.has(boundary.next))
  }
  const embedded = pairs.filter(([from, to]) => {
    if (!startsSentence(boundaries, from, text)) return true
    let k = to + 1
    while (k < text.length && text.charCodeAt(k) === 32) k++
    return k < text.length && isLower(text.charAt(k))
  })
  return removeInside(
    boundaries,
    embedded.sort((a, b) => a[0] - b[0]),
  )
}
