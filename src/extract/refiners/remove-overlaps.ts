import type { Candidate, Refiner } from '../extractor.js'
import { layerOf } from '../extractor.js'

/** Which kind wins when two figures cover the same words equally. */
const rank: Readonly<Record<string, number>> = {
  money: 0,
  percent: 1,
  quantity: 2,
  duration: 3,
  date: 4,
  ordinal: 5,
  count: 6,
}

/**
 * Keeps one reading of each stretch of text: within a layer (figures and dates, names,
 * quotes and attributions), the longest candidate wins, then one of a user extractor
 * (`options.extractors`), then the more specific kind ('$240 billion' beats the count '240
 * billion'; 'May 9' beats the count 9). Candidates of
 * different layers never remove each other: a quote keeps the figures inside it.
 *
 * @example
 * // money 0..12 and count 1..12: money only
 * extractDetails('$240 billion').map((d) => [d.kind, d.start, d.end]) //=> [['money', 0, 12]]
 */
export const removeOverlaps: Refiner = (candidates) => {
  const ordered = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      Number(b.preferred === true) - Number(a.preferred === true) ||
      (rank[a.kind] ?? 9) - (rank[b.kind] ?? 9) ||
      a.start - b.start ||
      a.extractor.localeCompare(b.extractor),
  )
  const taken = new Map<string, Candidate[]>()
  const kept: Candidate[] = []
  for (const candidate of ordered) {
    const layer = layerOf(candidate.kind)
    const spans = taken.get(layer) ?? []
    taken.set(layer, spans)
    // `spans` is sorted by start and never overlapping, so only the neighbours can clash.
    const at = firstEndingAfter(spans, candidate.start)
    const next = spans[at]
    if (next !== undefined && next.start < candidate.end) continue
    spans.splice(at, 0, candidate)
    kept.push(candidate)
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end)
}

/** Index of the first span whose end is after `position` (binary search). */
function firstEndingAfter(spans: Candidate[], position: number): number {
  let low = 0
  let high = spans.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (spans[mid]!.end <= position) low = mid + 1
    else high = mid
  }
  return low
}
