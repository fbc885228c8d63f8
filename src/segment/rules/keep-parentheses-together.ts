import type { Boundary, SentenceContext } from '../boundaries.js'
import { removeInside, startsSentence } from '../pairs.js'
import { isLower } from '../words.js'

/** Longest parenthesis (in characters) kept in one sentence. */
const MAX_PARENTHESIS = 600

/**
 * Keeps a parenthesis inside the sentence around it ('The vote (the second. It failed) was
 * close.'); a parenthesis that stands as sentences of its own ('(Officials disputed this.)')
 * splits normally.
 *
 * @example
 * // 'Turnout rose (to 61 percent. A record) in the city.' -> one sentence
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
