import type { Candidate, Refiner } from '../extractor.js'
import {
  codePattern,
  digitPattern,
  phonePattern,
  serialNumberPattern,
  timeOfDayPattern,
  versionPattern,
} from '../patterns.js'

const blockers = [phonePattern, serialNumberPattern, versionPattern, timeOfDayPattern, codePattern]

/**
 * Drops figures that sit inside text that only looks numeric: phone numbers, version
 * numbers, times of day, and numbers glued into codes ('COVID-19', 'G7', '24/7', 'Article 5',
 * 'page 12'). Dates are kept: chrono already read times of day as times.
 *
 * @example
 * // The counts 555 and 0142 are dropped:
 * extractDetails('Call 555-0142') //=> []
 */
export const removeBlocked: Refiner = (candidates, text) => {
  let blocked: Array<[number, number]> = []
  // Every blocker holds a digit: text without one blocks nothing.
  if (!digitPattern.test(text)) return candidates
  for (const pattern of blockers) {
    // Global patterns, scanned from the start and left reset (no copy compiled per statement).
    pattern.lastIndex = 0
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      if (match[0] === '') pattern.lastIndex++
      else blocked.push([match.index, match.index + match[0].length])
    }
    pattern.lastIndex = 0
  }
  if (blocked.length === 0) return candidates
  blocked.sort((a, b) => a[0] - b[0])
  // A code that starts inside a quantity is its unit ('30 m2', '300 cm3'), and one that lies
  // within a quantity is the quantity written as one word ('magnitude-5.2'): not a name around it.
  const quantities = candidates
    .filter((candidate) => candidate.kind === 'quantity')
    .sort((a, b) => a.start - b.start)
  if (quantities.length > 0) blocked = blocked.filter((span) => !partOfQuantity(span, quantities))
  // Furthest end reached by any blocked span starting at or before each blocked start.
  const reach: number[] = []
  for (const [i, span] of blocked.entries()) reach.push(Math.max(span[1], reach[i - 1] ?? 0))
  // A currency sign or code makes an amount unambiguous ('EUR3.2m' is no code like 'MH17').
  return candidates.filter(
    (candidate) =>
      candidate.kind === 'date' || candidate.kind === 'money' || !isBlocked(candidate, blocked, reach),
  )
}

function isBlocked(candidate: Candidate, blocked: Array<[number, number]>, reach: number[]): boolean {
  // The last blocked span starting before the candidate's end decides, through `reach`.
  let low = 0
  let high = blocked.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (blocked[mid]![0] < candidate.end) low = mid + 1
    else high = mid
  }
  return low > 0 && reach[low - 1]! > candidate.start
}

/**
 * True when `span` starts after the start of one of `quantities` (sorted by start) and before
 * its end, or lies within it from its start.
 */
function partOfQuantity(span: [number, number], quantities: readonly Candidate[]): boolean {
  let low = 0
  let high = quantities.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (quantities[mid]!.start <= span[0]) low = mid + 1
    else high = mid
  }
  const before = quantities[low - 1]
  if (before === undefined || span[0] >= before.end) return false
  return span[0] > before.start || span[1] <= before.end
}
