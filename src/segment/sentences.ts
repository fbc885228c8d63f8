import { english } from '../language/english.js'
import type { Language } from '../language/language.js'
import type { BoundaryRule, SentenceContext } from './boundaries.js'
import type { Marker } from './citations.js'
import { attachFollowingMarkers } from './rules/attach-following-markers.js'
import { findTerminalBoundaries } from './rules/find-terminal-boundaries.js'
import { keepParenthesesTogether } from './rules/keep-parentheses-together.js'
import { keepQuotesTogether } from './rules/keep-quotes-together.js'
import { mergeAbbreviations } from './rules/merge-abbreviations.js'
import { mergeInitials } from './rules/merge-initials.js'
import { mergeListNumbers } from './rules/merge-list-numbers.js'
import { splitGluedCitations } from './rules/split-glued-citations.js'
import { splitInlineLists } from './rules/split-inline-lists.js'
import { splitLongSentences } from './rules/split-long-sentences.js'

/** The sentence rules, in the order they run. Reordering is a one-line change here. */
export const sentenceRules: readonly BoundaryRule[] = [
  findTerminalBoundaries,
  splitGluedCitations,
  mergeAbbreviations,
  mergeInitials,
  splitInlineLists,
  mergeListNumbers,
  keepQuotesTogether,
  keepParenthesesTogether,
  attachFollowingMarkers,
  splitLongSentences,
]

/** Rules for a block that is one unit whatever its punctuation (a heading): only the length cap. */
export const headingRules: readonly BoundaryRule[] = [splitLongSentences]

/**
 * Splits one block's text into sentence ranges `[start, end)` (indices into `text`, trimmed,
 * in order, non-overlapping) by running `rules` in order over the words of `language`.
 *
 * @example
 * splitSentences('Dr. Park spoke. Crowds left.', []) //=> [[0, 15], [16, 28]]
 */
export function splitSentences(
  text: string,
  markers: readonly Marker[],
  rules: readonly BoundaryRule[] = sentenceRules,
  language: Language = english,
): Array<[number, number]> {
  const markerEnds = new Map<number, number>()
  for (const marker of markers) {
    if (marker.family === 'bracket' || marker.family === 'superscript')
      markerEnds.set(marker.start, marker.end)
  }
  const context: SentenceContext = { text, markers, markerEnds, language }
  let boundaries = rules.reduce((current, rule) => rule(current, context), [] as ReturnType<BoundaryRule>)
  boundaries = boundaries.filter((boundary) => boundary.next > 0 && boundary.end < text.length)
  const ranges: Array<[number, number]> = []
  let start = 0
  for (const boundary of boundaries) {
    if (boundary.end > start) pushTrimmed(text, start, boundary.end, ranges)
    start = Math.max(start, boundary.next)
  }
  pushTrimmed(text, start, text.length, ranges)
  return ranges
}

function pushTrimmed(text: string, start: number, end: number, into: Array<[number, number]>): void {
  while (start < end && text.charCodeAt(start) === 32) start++
  while (end > start && text.charCodeAt(end - 1) === 32) end--
  if (end > start) into.push([start, end])
}
