import { location } from 'vfile-location'
import type { Point } from '../types.js'

/**
 * 1-based line and column of each raw offset, by `vfile-location` (the unified collective's
 * index, so positions agree with remark's): `\r\n`, `\n` and a lone `\r` each end a line, and
 * columns count UTF-16 code units. Lines are indexed as far as they are asked for; an offset
 * outside `0..raw.length` is clamped to it.
 *
 * @example
 * lineIndex('ab\ncd')(4) //=> { line: 2, column: 2, offset: 4 }
 */
export function lineIndex(raw: string): (offset: number) => Point {
  const { toPoint } = location(raw)
  return (offset) => {
    const at = Math.min(Math.max(offset, 0), raw.length)
    const point = toPoint(at)
    return { line: point?.line ?? 1, column: point?.column ?? 1, offset: at }
  }
}
