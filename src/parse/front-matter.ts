import { frontMatterModules } from '#parser-modules'
import { alignValue } from './align.js'
import type { Block } from './block.js'
import { readWithinStack } from './depth.js'
import { foldWhitespace } from './offsets.js'
import { NOT_LINE_BREAK } from './patterns.js'

/** Where a front-matter block sits in a source, what it holds, and the block read from it. */
export interface FrontMatter {
  /** 'yaml' for a `---` fence, 'toml' for `+++`. */
  kind: 'yaml' | 'toml'
  /** The lines between the fences as written (line breaks kept, the last one dropped). */
  value: string
  /** 1-based line of the first line between the fences. */
  valueLine: number
  /** Offset just after the closing fence line (its line break included when there is one). */
  end: number
  /** The metadata as one 'code' block (it becomes a `fragment` statement), or null if empty. */
  block: Block | null
}

/** Front matter as micromark reads it: the fenced node at the start, with its offsets. */
interface FrontMatterNode {
  type: string
  value?: string
  position?: { end: { offset?: number } }
}

/**
 * Finds a front-matter block at the very start of a source, as micromark's front-matter
 * construct reads it (`micromark-extension-frontmatter`): a `---` (YAML) or `+++` (TOML) line,
 * any lines, and the same fence again, each fence optionally followed by spaces or tabs. It
 * is metadata, not prose, so it is read as one 'code' block (segment makes it a `fragment`,
 * left out of alignment) whose text is the lines between the fences, white space folded, and
 * whose span covers both fences; offsets index `source` (a leading byte-order mark counted).
 * Returns null when the source does not open with front matter or the fence is never closed.
 * The packages load on the first source that opens with `---` or `+++`.
 *
 * @example
 * const found = findFrontMatter('---\ntitle: Flood\n---\n\nText.')
 * found.end //=> 21
 * found.block.content.text //=> 'title: Flood'
 */
export function findFrontMatter(source: string): FrontMatter | null {
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0
  if (!source.startsWith('---', bom) && !source.startsWith('+++', bom)) return null
  const node = firstNode(source)
  if ((node.type !== 'yaml' && node.type !== 'toml') || node.position?.end.offset === undefined) return null
  // micromark's offsets skip the byte-order mark; the fence ends before its line break.
  const fenceEnd = node.position.end.offset + bom
  const bodyStart = afterLineBreak(source, bom)
  const closingStart = lineStart(source, fenceEnd)
  const end =
    source.charCodeAt(fenceEnd) === 13 && source.charCodeAt(fenceEnd + 1) === 10 ? fenceEnd + 1 : fenceEnd
  const after = Math.min(end + 1, source.length)
  const found = { kind: node.type, value: node.value ?? '', valueLine: 2, end: after } as const
  const body = source.slice(bodyStart, closingStart)
  const content = foldWhitespace(alignValue(source, body, bodyStart, closingStart))
  if (content.text.length === 0) return { ...found, block: null }
  // The fences are the block's markup: its statement covers them, its details do not.
  const markup = {
    start: 0,
    end,
    textStart: content.starts[0]!,
    textEnd: content.ends[content.text.length - 1]!,
  }
  return { ...found, block: { kind: 'code', content, citations: [], markup: [markup] } }
}

function firstNode(source: string): FrontMatterNode {
  const { fromMarkdown, frontmatter, frontmatterFromMarkdown } = frontMatterModules()
  const tree = readWithinStack('Markdown', () =>
    fromMarkdown(source, {
      extensions: [frontmatter(['yaml', 'toml'])],
      mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])],
    }),
  )
  return (tree.children[0] as FrontMatterNode | undefined) ?? { type: 'root' }
}

/**
 * `source` with its first `end` characters blanked (every character but a line break turned
 * into a space), so a parser reads blank lines there while every later offset stays the same.
 *
 * @example
 * blankPrefix('---\na: 1\n---\nText.', 13) //=> '   \n    \n   \nText.'
 */
export function blankPrefix(source: string, end: number): string {
  return source.slice(0, end).replace(NOT_LINE_BREAK, ' ') + source.slice(end)
}

/** The offset after the line break that ends the line holding `from` (`\r\n`, `\n` or `\r`). */
function afterLineBreak(source: string, from: number): number {
  for (let at = from; at < source.length; at++) {
    const code = source.charCodeAt(at)
    if (code === 10) return at + 1
    if (code === 13) return source.charCodeAt(at + 1) === 10 ? at + 2 : at + 1
  }
  return source.length
}

/** The offset where the line holding `at` starts. */
function lineStart(source: string, at: number): number {
  let start = at
  while (start > 0 && source.charCodeAt(start - 1) !== 10 && source.charCodeAt(start - 1) !== 13) start--
  return start
}
