import type { Language } from '../language/language.js'
import type { Marker } from './citations.js'

/**
 * A sentence boundary inside a block's text: the sentence before it ends at `end` (exclusive,
 * after closing quotes and markers), the next starts at `next`; `mark` is where the terminal
 * punctuation starts ('.' of 'Dr.'), or `end` for a boundary without one.
 */
export interface Boundary {
  mark: number
  end: number
  next: number
}

/** What every boundary rule may look at: the block text and its citation markers. */
export interface SentenceContext {
  text: string
  markers: readonly Marker[]
  /** Marker start -> marker end, for bracket and superscript markers glued to punctuation. */
  markerEnds: ReadonlyMap<number, number>
  /** The words the rules read: abbreviations, titles, sentence openers. */
  language: Language
}

/** One step of sentence splitting: takes the boundaries so far and returns the new list, sorted. */
export type BoundaryRule = (boundaries: Boundary[], context: SentenceContext) => Boundary[]

/** Start of the sentence that ends at boundary `index` (0 for the first). */
export function sentenceStart(boundaries: readonly Boundary[], index: number): number {
  return index === 0 ? 0 : boundaries[index - 1]!.next
}
