import type { Boundary, SentenceContext } from '../boundaries.js'
import { SINGLE_INITIAL } from '../patterns.js'
import { isLower, opensSentence, spacedTime, wordBefore } from '../words.js'

/**
 * Removes boundaries after a single capital letter, an initial ('J. R. R. Tolkien', 'Mary
 * K. Ortiz'), unless a typical sentence opener follows ('... Plan B. The plan ...'). The
 * pronoun 'I' after a lower-case word ends a sentence ('"Not me," said I. Everyone laughed.').
 *
 * @example
 * segment('The novel by J. R. R. Tolkien sold well.').length //=> 1
 */
export function mergeInitials(boundaries: Boundary[], context: SentenceContext): Boundary[] {
  const { text, language } = context
  return boundaries.filter((boundary) => {
    if (text.charAt(boundary.mark) !== '.' || boundary.end !== boundary.mark + 1) return true
    const initial = wordBefore(text, boundary.mark)
    if (!SINGLE_INITIAL.test(initial)) return true
    // 'P. M.' is a time written with spaces, which `mergeAbbreviations` has ruled on.
    if (spacedTime(text, boundary.mark, initial) !== null) return true
    // 'said I. Everyone', 'than I. Nobody': the pronoun after a lower-case word ends a sentence.
    if (initial === 'I' && isLower(wordBefore(text, boundary.mark - 2).charAt(0))) return true
    return opensSentence(text, boundary.next, language)
  })
}
