import { type Boundary, type SentenceContext, sentenceStart } from '../boundaries.js'
import { LIST_NUMBER } from '../patterns.js'

/**
 * Removes a boundary that would leave a list number alone ('1.', 'b)', 'iv.'): the number
 * belongs to the item after it ('1. Police closed the road.').
 *
 * @example
 * segment('1. Roads closed. 2. Schools shut.').map((s) => s.text) //=> ['1. Roads closed.', '2. Schools shut.']
 */
export function mergeListNumbers(boundaries: Boundary[], context: SentenceContext): Boundary[] {
  const { text } = context
  return boundaries.filter((boundary, index) => {
    const start = sentenceStart(boundaries, index)
    if (boundary.end - start > 8) return true
    return !LIST_NUMBER.test(text.slice(start, boundary.end))
  })
}
