import type { Boundary, SentenceContext } from '../boundaries.js'
import { isLower } from '../words.js'

/** Sentence-final punctuation that needs a space after it ('.', '!', '?', '…', Arabic '؟', Devanagari '।'). */
const TERMINALS = new Set(['.', '!', '?', '…', '‽', '؟', '।', '॥', '։'])
/** Full-width punctuation of Chinese and Japanese, which ends a sentence without a space. */
const FULL_WIDTH = new Set(['。', '！', '？'])
/** Closing quotes and brackets that stay with the sentence they close. */
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»', '›'])
/** Characters that cannot open a sentence after a boundary (spaced ellipses, stray punctuation). */
const NOT_OPENING = new Set(['.', ',', ';', ':', '…', ')', ']', '}', '!', '?'])

/**
 * Finds every candidate boundary: a run of terminal punctuation ('.', '?!', '...'), with the
 * closing quotes, brackets and reference markers right after it, followed by a space and a
 * character that can open a sentence (not a lower-case letter). Later rules remove the false
 * ones (abbreviations, initials, quotes).
 *
 * @example
 * findTerminalBoundaries([], context('It rained. Roads shut.')) //=> [{ mark: 9, end: 10, next: 11 }]
 */
export function findTerminalBoundaries(_boundaries: Boundary[], context: SentenceContext): Boundary[] {
  const { text, markerEnds } = context
  const found: Boundary[] = []
  let i = 0
  while (i < text.length) {
    const char = text.charAt(i)
    if (!TERMINALS.has(char) && !FULL_WIDTH.has(char)) {
      i++
      continue
    }
    const mark = i
    let fullWidth = false
    while (i < text.length && (TERMINALS.has(text.charAt(i)) || FULL_WIDTH.has(text.charAt(i)))) {
      if (FULL_WIDTH.has(text.charAt(i))) fullWidth = true
      i++
    }
    let end = i
    for (;;) {
      if (end < text.length && CLOSERS.has(text.charAt(end))) end++
      else if (markerEnds.has(end)) end = markerEnds.get(end)!
      else break
    }
    i = Math.max(i, end)
    if (end >= text.length) continue
    if (text.charCodeAt(end) !== 32) {
      if (fullWidth) found.push({ mark, end, next: end })
      continue
    }
    const next = end + 1
    if (next >= text.length) continue
    const opening = text.charAt(next)
    if (NOT_OPENING.has(opening)) continue
    if (isLower(opening) && !opensLetteredItem(text, next)) continue
    found.push({ mark, end, next })
  }
  return found
}

/** True for a lettered list item at `at`: 'b) Add buses', 'c. Hire wardens'. */
function opensLetteredItem(text: string, at: number): boolean {
  const after = text.charAt(at + 1)
  return (after === ')' || after === '.') && text.charCodeAt(at + 2) === 32
}
