import type { Boundary, SentenceContext } from '../boundaries.js'

/**
 * Moves a reference marker that follows a sentence's full stop after a space ('... in 2015. [3]
 * The ...', '... alive. (Meridian Wire)') into the sentence it cites, so the next sentence does
 * not start with it and a marker ending the block is not a statement of its own.
 *
 * @example
 * const raw = 'Trade doubled. [3] Talks went on.'
 * segment(raw).map((s) => raw.slice(s.start, s.end)) //=> ['Trade doubled. [3]', 'Talks went on.']
 */
export function attachFollowingMarkers(boundaries: Boundary[], context: SentenceContext): Boundary[] {
  const { text, markers } = context
  if (markers.length === 0) return boundaries
  const byStart = new Map<number, number>()
  for (const marker of markers) {
    if (marker.family !== 'dateline') {
      byStart.set(marker.start, marker.end)
    }
  }
  return boundaries.map((boundary) => {
    let end = boundary.end
    let next = boundary.next
    for (let markerEnd = byStart.get(next); markerEnd !== undefined; markerEnd = byStart.get(next)) {
      // A marker that ends the block closes the sentence before it: the boundary goes away.
      if (markerEnd >= text.length) return { mark: boundary.mark, end: markerEnd, next: markerEnd }
      if (markerEnd + 1 >= text.length || text.charCodeAt(markerEnd) !== 32) break
      end = markerEnd
      next = markerEnd + 1
    }
    return end === boundary.end ? boundary : { mark: boundary.mark, end, next }
  })
}
