import { htmlModules } from '#parser-modules'
import type { Citation } from '../types.js'
import { alignValue, markupAfter, markupAround } from './align.js'
import type { Block, BlockKind, Markup } from './block.js'
import { checkHtmlDepth, readWithinStack } from './depth.js'
import { concatMapped, foldWhitespace, type MappedText } from './offsets.js'
import { HTML_DOCUMENT_START, SUPERSCRIPT_REFERENCE } from './patterns.js'
import { parserSource, remapBlocks } from './source.js'

/** The parts of a hast node this reader uses (kept local so no types leak into the API). */
interface HtmlNode {
  type: string
  tagName?: string
  value?: string
  properties?: Record<string, unknown>
  children?: HtmlNode[]
  position?: { start: { offset?: number }; end: { offset?: number } }
}

/** Elements whose content is not article text: page chrome, scripts, forms, media. */
const DROPPED = new Set([
  'script',
  'style',
  'nav',
  'header',
  'footer',
  'aside',
  'noscript',
  'template',
  'head',
  'iframe',
  'svg',
  'math',
  'form',
  'button',
  'select',
  'textarea',
  'object',
  'canvas',
  'audio',
  'video',
  'dialog',
  'menu',
])

/**
 * Whether an element is not shown to a reader: the `hidden` attribute, or an inline style of
 * `display: none` or `visibility: hidden` (scraped pages carry such copies of text).
 */
function isHidden(node: HtmlNode): boolean {
  const properties = node.properties
  if (properties === undefined) return false
  if (properties.hidden === true || properties.hidden === '') return true
  const style = properties.style
  if (typeof style !== 'string') return false
  const plain = style.toLowerCase().split(' ').join('')
  return plain.includes('display:none') || plain.includes('visibility:hidden')
}

/** Elements that start a block of their own; the value is its kind (null: a container). */
const BLOCKS = new Map<string, BlockKind | null>([
  ['p', 'paragraph'],
  ['h1', 'heading'],
  ['h2', 'heading'],
  ['h3', 'heading'],
  ['h4', 'heading'],
  ['h5', 'heading'],
  ['h6', 'heading'],
  ['li', 'list-item'],
  ['dt', 'paragraph'],
  ['dd', 'paragraph'],
  ['blockquote', 'quote'],
  ['td', 'table-cell'],
  ['th', 'table-cell'],
  ['figcaption', 'caption'],
  ['caption', 'caption'],
  ['pre', 'code'],
  ['html', null],
  ['body', null],
  ['main', null],
  ['article', null],
  ['section', null],
  ['div', null],
  ['ul', null],
  ['ol', null],
  ['dl', null],
  ['table', null],
  ['thead', null],
  ['tbody', null],
  ['tfoot', null],
  ['tr', null],
  ['figure', null],
  ['address', null],
  ['details', null],
  ['summary', null],
  ['center', null],
  ['hr', null],
  ['hgroup', null],
  ['fieldset', null],
])

interface Parser {
  parse(text: string): unknown
}

/**
 * Built once, on the first HTML (the packages load then: `htmlModules`): a frozen unified
 * processor is stateless, and building one costs time on every call.
 */
let parsers: { fragment: Parser; document: Parser } | undefined
function htmlParsers(): { fragment: Parser; document: Parser } {
  if (parsers === undefined) {
    const { unified, rehypeParse } = htmlModules()
    parsers = {
      fragment: unified().use(rehypeParse, { fragment: true }).freeze(),
      document: unified().use(rehypeParse, { fragment: false }).freeze(),
    }
  }
  return parsers
}

interface Reader {
  raw: string
  shift: number
  blocks: Block[]
  pieces: MappedText[]
  citations: Citation[]
  markup: Markup[]
  /** How many times `flush` has started a new block: tells an inline element it was split. */
  flushes: number
  /** Raw end of the text already read into blocks. */
  flushedEnd: number
}

/**
 * Reads HTML (through unified and rehype-parse) into blocks: block elements (`p`, `h1`-`h6`,
 * `li`, `blockquote`, `td`, `figcaption`, `pre`, ...) become blocks; `script`, `style`, `nav`,
 * `header`, `footer`, `aside` and other page chrome are dropped. Entities are decoded and each
 * decoded character maps to the exact raw span of its entity. Links are recorded as citations
 * of kind 'link'; `<sup>1</sup>` reference markers as kind 'footnote', without text. HTML
 * nested more than `MAX_HTML_DEPTH` (1,000) levels deep is 'E_INPUT_TOO_DEEP' (`checkHtmlDepth`).
 *
 * @example
 * readHtml('<nav>Home</nav><p>Fish &amp; chips <a href="https://x.org">sold</a>.</p>')
 *   .map((b) => b.content.text) //=> ['Fish & chips sold.']
 */
export function readHtml(raw: string): Block[] {
  // parse5 turns CR and CRLF into LF in text values: parse the normal form, then map back.
  const source = parserSource(raw)
  return remapBlocks(readHtmlFragment(source.text, 0, source.text.length), source)
}

/**
 * `readHtml` for the part `raw.slice(from, to)` (raw HTML inside Markdown), offsets into `raw`.
 * `raw` must be free of CRs (see `parserSource`), as the Markdown reader's source is.
 */
export function readHtmlFragment(raw: string, from: number, to: number): Block[] {
  checkHtmlDepth(from === 0 && to === raw.length ? raw : raw.slice(from, to))
  return readWithinStack('HTML', () => readFragment(raw, from, to))
}

function readFragment(raw: string, from: number, to: number): Block[] {
  const source = from === 0 && to === raw.length ? raw : raw.slice(from, to)
  const fragment = !HTML_DOCUMENT_START.test(source)
  const tree = htmlParsers()[fragment ? 'fragment' : 'document'].parse(source) as unknown as HtmlNode
  const reader: Reader = {
    raw,
    shift: from,
    blocks: [],
    pieces: [],
    citations: [],
    markup: [],
    flushes: 0,
    flushedEnd: 0,
  }
  walk(tree, 'paragraph', reader)
  flush(reader, 'paragraph')
  flushPending(reader)
  return reader.blocks
}

function walk(node: HtmlNode, kind: BlockKind, reader: Reader): void {
  if (node.type === 'text') {
    const span = spanOf(node, reader)
    if (span !== null && node.value !== undefined) {
      reader.pieces.push(alignValue(reader.raw, node.value, span.start, span.end))
    }
    return
  }
  if (node.type === 'root') {
    for (const child of node.children ?? []) walk(child, kind, reader)
    return
  }
  if (node.type !== 'element') return
  const name = node.tagName ?? ''
  if (DROPPED.has(name) || isHidden(node)) return
  if (BLOCKS.has(name)) {
    const own = BLOCKS.get(name) ?? null
    const inner: BlockKind = own === null ? kind : kind === 'quote' && own === 'paragraph' ? 'quote' : own
    flush(reader, kind)
    for (const child of node.children ?? []) walk(child, inner, reader)
    flush(reader, inner)
    return
  }
  const span = spanOf(node, reader)
  if (name === 'br') {
    if (span !== null)
      reader.pieces.push({ text: ' ', starts: Int32Array.of(span.start), ends: Int32Array.of(span.end) })
    return
  }
  if (name === 'img' || name === 'picture' || name === 'source' || name === 'wbr') return
  if (name === 'sup' && span !== null) {
    const label = textOf(node).trim()
    if (SUPERSCRIPT_REFERENCE.test(label)) {
      reader.citations.push({ kind: 'footnote', source: label.replace('[', '').replace(']', ''), ...span })
      return
    }
  }
  if (name === 'a' && span !== null) {
    const href = node.properties?.href
    if (typeof href === 'string' && href !== '' && !href.startsWith('#') && !href.startsWith('javascript:')) {
      reader.citations.push({ kind: 'link', source: href, ...span })
    }
  }
  const from = reader.pieces.length
  const flushes = reader.flushes
  for (const child of node.children ?? []) walk(child, kind, reader)
  if (span === null) return
  recordMarkup(reader, from, flushes, span)
}

/**
 * Records the markup of an inline element whose children were read from piece `from`, when
 * `flushes` blocks had been flushed. Apart from `walk`, whose frame every level of nesting
 * stacks up.
 */
function recordMarkup(
  reader: Reader,
  from: number,
  flushes: number,
  span: { start: number; end: number },
): void {
  // parse5 nests blocks inside an open inline element (`<b>a<p>b</p>c`): then only the last
  // block's end reaches the element's end; its start lies in an earlier block. An element parse5
  // reopened in a later block (`<b>a<p>b`) keeps the start of the one it copies: text already
  // read lies past that start, so nothing grows back over it.
  const markup =
    reader.flushes === flushes && span.start >= endBefore(reader, from)
      ? markupAround(reader.pieces, from, span.start, span.end)
      : markupAfter(reader.pieces, reader.flushes === flushes ? from : 0, span.end)
  if (markup !== null) reader.markup.push(markup)
}

/** Raw end of the text read before piece `from` of the current block (or before the block). */
function endBefore(reader: Reader, from: number): number {
  for (let p = from - 1; p >= 0; p--) {
    const piece = reader.pieces[p]!
    if (piece.text.length > 0) return piece.ends[piece.text.length - 1]!
  }
  return reader.flushedEnd
}

function flush(reader: Reader, kind: BlockKind): void {
  if (reader.pieces.length === 0 && reader.citations.length === 0) return
  const content = foldWhitespace(concatMapped(reader.pieces))
  if (content.text.length > 0) {
    reader.blocks.push({ kind, content, citations: reader.citations, markup: reader.markup })
    reader.flushedEnd = Math.max(reader.flushedEnd, content.ends[content.text.length - 1]!)
  } else if (reader.citations.length > 0) {
    const previous = reader.blocks[reader.blocks.length - 1]
    // A reference marker before any block (`<sup>1</sup><p>...`) waits for the next block
    // rather than vanish; see `flushPending` for one with no block after it either.
    if (previous === undefined) {
      reader.pieces = []
      reader.markup = []
      reader.flushes++
      return
    }
    for (const citation of reader.citations) previous.citations.push(citation)
  }
  reader.pieces = []
  reader.citations = []
  reader.markup = []
  reader.flushes++
}

/**
 * The end of the document: reference markers that no block took (the document is nothing but
 * `<sup>1</sup>`) are read as text, so their characters are not lost.
 */
function flushPending(reader: Reader): void {
  if (reader.blocks.length > 0 || reader.citations.length === 0) return
  // Only a footnote marker has visible text of its own ('1'); a link that waited has none
  // (`<a href="..."> </a>`: its text was blank, or it would have made a block).
  const markers = reader.citations.filter((citation) => citation.kind === 'footnote')
  reader.citations = []
  if (markers.length === 0) return
  reader.pieces = markers.map((citation) =>
    alignValue(reader.raw, citation.source, citation.start, citation.end),
  )
  flush(reader, 'paragraph')
}

function textOf(node: HtmlNode): string {
  if (node.type === 'text') return node.value ?? ''
  return (node.children ?? []).map(textOf).join('')
}

function spanOf(node: HtmlNode, reader: Reader): { start: number; end: number } | null {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined
    ? null
    : { start: start + reader.shift, end: end + reader.shift }
}
