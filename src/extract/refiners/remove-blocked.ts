import type { Candidate, Refiner } from '../extractor.js'
import { codePattern, phonePattern, timeOfDayPattern, versionPattern } from '../patterns.js'

const blockers = [phonePattern, versionPattern, timeOfDayPattern, codePattern]

/**
 * Drops figures that sit inside text that only looks numeric: phone numbers, version
 * numbers, times of day, and numbers glued into codes ('COVID-19', 'G7', '24/7', 'Article 5',
 * 'page 12'). Dates are kept: chrono already read times of day as times.
 *
 * @example
 * // 'Call 555-0142' -> the counts 555 and 0142 are dropped
 */
export const removeBlocked: Refiner = (candidates, text) => {
  const blocked: Array<[number, number]> = []
  for (const template of blockers) {
    const pattern = new RegExp(template.source, template.flags)
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      if (match[0] === '') pattern.lastIndex++
      else blocked.push([match.index, match.index + match[0].length])
    }
  }
  if (blocked.length === 0) return candidates
  return candidates.filter((candidate) => candidate.kind === 'date' || !isBlocked(candidate, blocked))
}

function isBlocked(candidate: Candidate, blocked: Array<[number, number]>): boolean {
  return blocked.some(([start, end]) => candidate.start < end && start < candidate.end)
}
