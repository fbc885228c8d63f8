import type { Boundary } from './boundaries.js'

/**
 * True when a sentence starts at `at`: at the start of the text, or at a boundary's `next`,
 * possibly after a list number ('1. "We ...').
 */
export function startsSentence(boundaries: readonly Boundary[], at: number, _text: string): boolean {
  if (at === 0) return true
  let low = 0
  let high = boundaries.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const next = boundaries[mid]!.next
    if (next === at) return true
    if (next < at) low = mid + 1
    else high = mid - 1
  }
  return false
}

/**
 * Removes the boundaries that end strictly inside one of `pairs` ([open, close] indices,
 * sorted by open): a boundary right after the closing character stays.
 */
export function removeInside(
  boundaries: Boundary[],
  pairs: ReadonlyArray<readonly [number, number]>,
): Boundary[] {
  if (pairs.length === 0) return boundaries
  return boundaries.filter((boundary) => {
    let low = 0
    let high = pairs.length - 1
    let candidate = -1
    while (low <= high) {
      const mid = (low + high) >> 1
      if (pairs[mid]![0] < boundary.end) {
        candidate = mid
        low = mid + 1
      } else high = mid - 1
    }
    for (let p = candidate; p >= 0 && p > candidate - 8; p--) {
      const [open, close] = pairs[p]!
      if (open < boundary.end && boundary.end <= close) return false
    }
    return true
  })
}
