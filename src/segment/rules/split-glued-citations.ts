import type { Boundary, SentenceContext } from '../boundaries.js'
import { isUpper, opensSentence } from '../words.js'

/**
 * Adds a boundary after an outlet marker glued to the next sentence without a full stop, as
 * copied from aggregator pages: '... stood together CNN1 The parade ...'. A bracketed reference
 * ('[2]') splits the same way only before a typical sentence opener ('The', 'He').
 *
 * @example
 * const raw = 'Xi stood together CNN1 The parade ended.'
 * segment(raw).map((s) => raw.slice(s.start, s.end)) //=> ['Xi stood together CNN1', 'The parade ended.']
 */
export function splitGluedCitations(boundaries: Boundary[], context: SentenceContext): Boundary[] {
  const { text, markers, language } = context
  const ends = new Set(boundaries.map((boundary) => boundary.end))
  const markerStarts = new Set(markers.map((marker) => marker.removeStart))
  const added: Boundary[] = []
  for (const marker of markers) {
    if (marker.family !== 'outlet' && marker.family !== 'bracket') continue
    const at = marker.end
    if (ends.has(at) || markerStarts.has(at) || at + 1 >= text.length || text.charCodeAt(at) !== 32) continue
    const next = at + 1
    const opening = text.charAt(next)
    const starts =
      marker.family === 'outlet'
        ? isUpper(opening) || opening === '"' || opening === '“'
        : opensSentence(text, next, language)
    if (starts) added.push({ mark: at, end: at, next })
  }
  if (added.length === 0) return boundaries
  return [...boundaries, ...added].sort((a, b) => a.end - b.end)
}
