import { alignValue } from './align.js'
import type { Block } from './block.js'
import { foldWhitespace } from './offsets.js'
import { FRONT_MATTER_FENCE, NOT_LINE_FEED } from './patterns.js'

/** Where a front-matter block sits in a Markdown source, and the block read from it. */
export interface FrontMatter {
  /** Offset just after the closing fence line (its line break included when there is one). */
  end: number
  /** The metadata as one 'code' block (it becomes a `fragment` statement), or null if empty. */
  block: Block | null
}

/**
 * Finds a front-matter block at the very start of a Markdown source: a `---` (YAML) or `+++`
 * (TOML) line, any lines, and the same fence again. It is metadata, not prose, so it is read
 * as one 'code' block (segment makes it a `fragment`, left out of alignment) whose text is the
 * lines between the fences, white space folded, and whose span covers both fences. Returns
 * null when the source does not open with front matter or the fence is never closed. Linear.
 *
 * @example
 * const found = findFrontMatter('---\ntitle: Flood\n---\n\nText.')
 * found.end //=> 21
 * found.block.content.text //=> 'title: Flood'
 */
export function findFrontMatter(source: string): FrontMatter | null {
  const firstEnd = lineEnd(source, 0)
  const opening = source.slice(0, firstEnd)
  if (!FRONT_MATTER_FENCE.test(opening)) return null
  const fence = opening.charAt(0)
  const bodyStart = Math.min(firstEnd + 1, source.length)
  for (let start = bodyStart; start < source.length; ) {
    const end = lineEnd(source, start)
    const line = source.slice(start, end)
    if (line.charAt(0) === fence && FRONT_MATTER_FENCE.test(line)) {
      const after = Math.min(end + 1, source.length)
      const body = source.slice(bodyStart, start)
      const content = foldWhitespace(alignValue(source, body, bodyStart, start))
      if (content.text.length === 0) return { end: after, block: null }
      content.starts[0] = 0
      content.ends[content.text.length - 1] = end
      return { end: after, block: { kind: 'code', content, citations: [] } }
    }
    start = end + 1
  }
  return null
}

/**
 * `source` with its first `end` characters blanked (every character but a line feed turned
 * into a space), so a parser reads blank lines there while every later offset stays the same.
 *
 * @example
 * blankPrefix('---\na: 1\n---\nText.', 13) //=> '   \n    \n   \nText.'
 */
export function blankPrefix(source: string, end: number): string {
  return source.slice(0, end).replace(NOT_LINE_FEED, ' ') + source.slice(end)
}

function lineEnd(source: string, from: number): number {
  const at = source.indexOf('\n', from)
  return at < 0 ? source.length : at
}
