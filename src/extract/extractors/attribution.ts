import type { Candidate, Extractor } from '../extractor.js'
import {
  accordingToPattern,
  appositionGapPattern,
  articlePattern,
  documentPrefixPattern,
  sourceBoundaryPattern,
  speechVerbPattern,
} from '../patterns.js'
import { cueOf, sourceAfter, sourceBefore } from '../speakers.js'
import { wordsAfter } from '../text-utils.js'

/**
 * 'according to X': kind 'attribution', value the source ('Reuters', 'officials', 'the
 * health ministry' -> 'health ministry'), cue 'according to'. The span covers the phrase.
 *
 * @example
 * // 'according to the Health Ministry' -> { kind: 'attribution', value: 'Health Ministry', cue: 'according to' }
 */
export const accordingToExtractor: Extractor = {
  name: 'according-to',
  pattern: () => accordingToPattern,
  extract(text, match): Candidate | null {
    const start = match.index
    let at = start + match[0].length
    // 'according to figures from the UN refugee agency': the source is after the document.
    const document = documentPrefixPattern.exec(text.slice(at, at + 60))
    if (document !== null) at += document[0].length
    const first = wordsAfter(text, at, 1)[0]
    if (first !== undefined && articlePattern.test(first.text)) at = first.end + 1
    const named = sourceAfter(text, at)
    if (named !== null) {
      return attribution(start, named.end, named.name, 'according to', named.name)
    }
    // Lower-case sources: 'according to local media', 'according to the health ministry'.
    const words = wordsAfter(text, at, 3).filter(
      (word, i, all) => i === 0 || all[i - 1]!.end === word.start - 1,
    )
    const cut = words.findIndex((word) => sourceBoundaryPattern.test(word.text))
    const kept = cut === -1 ? words : words.slice(0, cut)
    if (kept.length === 0) return null
    const name = kept.map((word) => word.text).join(' ')
    return attribution(start, kept[kept.length - 1]!.end, name, 'according to', name)
  },
}

/**
 * 'X said', 'said X', 'X told Reuters', 'X reported', 'officials said': kind 'attribution',
 * value the source's name, cue the verb. Pronouns ('he said') name no source and are skipped.
 *
 * @example
 * // 'Twelve people died, police said.' -> { kind: 'attribution', text: 'police said', value: 'police', cue: 'said' }
 */
export const saidExtractor: Extractor = {
  name: 'said',
  pattern: () => speechVerbPattern,
  extract(text, match): Candidate | null {
    const verbStart = match.index
    const verbEnd = verbStart + match[0].length
    const { cue, end } = cueOf(match[1]!, text, verbEnd)
    const before = sourceBefore(text, verbStart)
    if (before !== null && appositionGapPattern.test(text.slice(before.end, verbStart))) {
      return attribution(before.start, end, before.name, cue, before.name)
    }
    if (text[verbEnd] !== ' ') return null
    const after = sourceAfter(text, verbEnd + 1)
    if (after !== null) return attribution(verbStart, after.end, after.name, cue, after.name)
    return null
  },
}

function attribution(start: number, end: number, value: string, cue: string, speaker: string): Candidate {
  return {
    kind: 'attribution',
    start,
    end,
    value,
    unit: null,
    hedge: null,
    subject: null,
    speaker,
    cue,
    source: 'attribution',
  }
}
