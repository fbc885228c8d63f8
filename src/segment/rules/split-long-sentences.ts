import type { Boundary, SentenceContext } from '../boundaries.js'

/** Longest statement, in characters; a longer run (a page without full stops) is cut. */
export const MAX_SENTENCE_LENGTH = 2000

/**
 * Cuts a sentence longer than `MAX_SENTENCE_LENGTH` at the last space before the limit (or, in
 * text without spaces, at the limit, never inside a surrogate pair), so that a 10 MB page
 * without a full stop still yields statements of bounded size and loses no text.
 *
 * @example
 * // 5,000 characters of words without a full stop: three statements of at most 2,000
 * segment('word '.repeat(1000)).map((s) => s.text.length) //=> [1999, 1999, 999]
 */
export function splitLongSentences(boundaries: Boundary[], context: SentenceContext): Boundary[] {
  const { text } = context
  const result: Boundary[] = []
  let start = 0
  const cut = (until: number): void => {
    while (until - start > MAX_SENTENCE_LENGTH) {
      const limit = start + MAX_SENTENCE_LENGTH
      let at = limit
      while (at > start + MAX_SENTENCE_LENGTH / 2 && text.charCodeAt(at) !== 32) at--
      if (text.charCodeAt(at) === 32) {
        result.push({ mark: at, end: at, next: at + 1 })
        start = at + 1
      } else {
        const code = text.charCodeAt(limit - 1)
        const split = code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit
        result.push({ mark: split, end: split, next: split })
        start = split
      }
    }
  }
  for (const boundary of boundaries) {
    cut(boundary.end)
    result.push(boundary)
    start = boundary.next
  }
  cut(text.length)
  return result
}
