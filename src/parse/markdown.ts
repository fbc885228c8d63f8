import { markdownModules } from '#parser-modules'
import type { Citation } from '../types.js'
import { alignValue, markupAround } from './align.js'
import type { Block, BlockKind, Markup } from './block.js'
import { checkMarkdownDepth, readWithinStack } from './depth.js'
import { blankPrefix, findFrontMatter } from './front-matter.js'
import { remarkGfmSubset } from './gfm.js'
import { readHtmlFragment } from './html.js'
import { MARKDOWN_PART_SIZE, parseInParts } from './markdown-parts.js'
import { concatMapped, foldWhitespace, type MappedText } from './offsets.js'
import { parserSource, remapBlocks } from './source.js'

/** The parts of an mdast node this reader uses (kept local so no types leak into the API). */
interface MdNode {
  type: string
  children?: MdNode[]
  value?: string
  url?: string
  identifier?: string
  label?: string | null
  position?: { start: { offset?: number }; end: { offset?: number } }
}

/**
 * Built once, on the first Markdown article (the packages load then: `markdownModules`): a
 * frozen unified processor is stateless, and building one costs ~0.1 ms a call.
 */
let parser: { parse(text: string): unknown } | undefined
function markdownParser(): { parse(text: string): unknown } {
  if (parser === undefined) {
    const { unified, remarkParse } = markdownModules()
    parser = unified().use(remarkParse).use(remarkGfmSubset).freeze()
  }
  return parser
}

interface Context {
  raw: string
  definitions: ReadonlyMap<string, string>
  blocks: Block[]
  /** Added to a node's offset to give its offset in `raw` (the document is parsed in parts). */
  shift: number
}

interface Inline {
  pieces: MappedText[]
  citations: Citation[]
  markup: Markup[]
}

/**
 * Reads Markdown (CommonMark + GFM, through unified and remark-parse) into blocks: headings,
 * paragraphs, list items, block quotes, table cells, footnote definitions and code. Leading
 * YAML (`---`) or TOML (`+++`) front matter is one 'code' block (`findFrontMatter`). Link text
 * is kept and the link recorded as a citation of kind 'link'; footnote references `[^1]` are
 * recorded as citations of kind 'footnote' and leave no text. Every character maps to its
 * exact raw offset (escapes and entities included). Quotes and lists nested past
 * `MAX_MARKDOWN_DEPTH` levels, and other nesting too deep to read, are 'E_INPUT_TOO_DEEP'.
 * A long document is parsed in parts of about `partSize` characters cut at top-level blocks
 * (`parseInParts`), which reads the same blocks in linear time; the default suits every input,
 * and tests pass a small one to check the parts agree with the whole.
 *
 * @example
 * readMarkdown('## Toll rises\n\nAt least [41 died](https://x.org/a).').map((b) => b.content.text)
 * //=> ['Toll rises', 'At least 41 died.']
 */
export function readMarkdown(raw: string, partSize = MARKDOWN_PART_SIZE): Block[] {
  // remark drops a leading BOM and keeps CRs: parse the normal form, then map back to `raw`.
  const source = parserSource(raw)
  // Front matter is metadata: one block of its own, blanked for remark so it reads no heading.
  const front = findFrontMatter(source.text)
  const parsed = front === null ? source.text : blankPrefix(source.text, front.end)
  checkMarkdownDepth(parsed)
  return readWithinStack('Markdown', () => {
    const { parts, definitions } = parseInParts(
      parsed,
      (text) => markdownParser().parse(text) as unknown as MdNode,
      partSize,
    )
    const context: Context = { raw: source.text, definitions, blocks: [], shift: 0 }
    if (front?.block) context.blocks.push(front.block)
    for (const part of parts) {
      context.shift = part.shift
      for (const child of part.children) readBlock(child, 'paragraph', context)
    }
    return remapBlocks(context.blocks, source)
  })
}

function readBlock(node: MdNode, kind: BlockKind, context: Context): void {
  switch (node.type) {
    case 'heading':
      pushInline(node, 'heading', context)
      return
    case 'paragraph':
      pushInline(node, kind, context)
      return
    case 'list':
    case 'listItem':
      for (const child of node.children ?? [])
        readBlock(child, kind === 'quote' ? 'quote' : 'list-item', context)
      return
    case 'blockquote':
      for (const child of node.children ?? []) readBlock(child, 'quote', context)
      return
    case 'table':
    case 'tableRow':
      for (const child of node.children ?? []) readBlock(child, kind, context)
      return
    case 'tableCell':
      pushInline(node, 'table-cell', context)
      return
    case 'footnoteDefinition':
      for (const child of node.children ?? []) readBlock(child, kind, context)
      return
    case 'code': {
      const span = spanOf(node, context)
      if (span === null || node.value === undefined) return
      const from = codeStart(context.raw, span.start, span.end)
      push(context, 'code', [alignValue(context.raw, node.value, from, span.end)], [])
      return
    }
    case 'html': {
      const span = spanOf(node, context)
      if (span === null) return
      for (const block of readHtmlFragment(context.raw, span.start, span.end)) context.blocks.push(block)
      return
    }
    default:
      for (const child of node.children ?? []) readBlock(child, kind, context)
  }
}

function pushInline(node: MdNode, kind: BlockKind, context: Context): void {
  const inline: Inline = { pieces: [], citations: [], markup: [] }
  for (const child of node.children ?? []) readInline(child, inline, context)
  push(context, kind, inline.pieces, inline.citations, inline.markup)
}

function push(
  context: Context,
  kind: BlockKind,
  pieces: MappedText[],
  citations: Citation[],
  markup: Markup[] = [],
): void {
  const content = foldWhitespace(concatMapped(pieces))
  if (content.text.length > 0) context.blocks.push({ kind, content, citations, markup })
  else if (citations.length > 0) {
    const previous = context.blocks[context.blocks.length - 1]
    if (previous !== undefined) for (const citation of citations) previous.citations.push(citation)
  }
}

function readInline(node: MdNode, inline: Inline, context: Context): void {
  const span = spanOf(node, context)
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      if (span !== null && node.value !== undefined) {
        inline.pieces.push(alignValue(context.raw, node.value, span.start, span.end))
      }
      return
    case 'break':
      if (span !== null)
        inline.pieces.push({ text: ' ', starts: Int32Array.of(span.start), ends: Int32Array.of(span.end) })
      return
    case 'footnoteReference':
      if (span !== null) {
        inline.citations.push({ kind: 'footnote', source: node.label ?? node.identifier ?? '', ...span })
      }
      return
    case 'image':
    case 'imageReference':
    case 'html':
      return
    case 'link':
    case 'linkReference': {
      const url = node.type === 'link' ? node.url : context.definitions.get(node.identifier ?? '')
      if (span !== null && url !== undefined) inline.citations.push({ kind: 'link', source: url, ...span })
      readContainer(node, span, inline, context)
      return
    }
    default:
      readContainer(node, span, inline, context)
  }
}

function readContainer(
  node: MdNode,
  span: { start: number; end: number } | null,
  inline: Inline,
  context: Context,
): void {
  const from = inline.pieces.length
  for (const child of node.children ?? []) readInline(child, inline, context)
  const markup = span === null ? null : markupAround(inline.pieces, from, span.start, span.end)
  if (markup !== null) inline.markup.push(markup)
}

/**
 * Where the value of a code node starts in the source: after the opening fence line of a
 * fenced block (its info string can be longer than `alignValue`'s look-ahead), or at the node
 * itself for an indented block.
 */
function codeStart(raw: string, start: number, end: number): number {
  const first = raw.charCodeAt(start)
  if (first !== 96 && first !== 126) return start
  const lineEnd = raw.indexOf('\n', start)
  return lineEnd < 0 || lineEnd >= end ? end : lineEnd + 1
}

function spanOf(node: MdNode, context: Context): { start: number; end: number } | null {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined
    ? null
    : { start: start + context.shift, end: end + context.shift }
}
