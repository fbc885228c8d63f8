import type { Boundary, SentenceContext } from '../boundaries.js'
import { SINGLE_INITIAL } from '../patterns.js'
import { opensSentence, wordBefore } from '../words.js'

/**
 * Removes boundaries after a single capital letter, an initial ('J. R. R. Tolkien', 'Mary
 * K. Ortiz'), unless a typical sentence opener follows ('... Plan B. The plan ...').
 *
 * @example
 * // 'The novel by J. R. R. Tolkien sold well.' -> one sentence
 */
export function mergeInitials(boundaries: Boundary[], context: SentenceContext): Boundary[] {
  const { text } = context
  return boundaries.filter((boundary) => {
    if (text.charAt(boundary.mark) !== '.' || boundary.end !== boundary.mark + 1) return true
    if (!SINGLE_INITIAL.test(wordBefore(text, boundary.mark))) return true
    return opensSentence(text, boundary.next)
  })
}
