import { CorroborateError } from '../errors.js'
import { lineAt } from './depth.js'
/**
 * Characters of Markdown parsed at a time. micromark copies the whole list of events it has
 * built so far each time it closes a block quote or list item (`micromark-util-edit-map`'s
 * `consume`), so its time grows with the number of containers times the length of the document:
 * 100 KB of short quoted paragraphs took two minutes. Parsing the document in parts of about
 * this size, cut where a top-level block starts, keeps that cost per part, so the whole is
 * linear. Documents shorter than this are parsed whole.
 */
export const MARKDOWN_PART_SIZE = 4096

/** The parts of an mdast node that splitting needs. */
export interface PartNode {
  type: string
  children?: PartNode[]
  url?: string
  identifier?: string
  label?: string | null
  position?: { start: { offset?: number }; end: { offset?: number } }
}

/** One part of a document, parsed on its own; `shift` added to a node's offset gives its offset in the document. */
export interface ParsedPart<N extends PartNode> {
  children: N[]
  shift: number
}

/** A Markdown document parsed in parts, with the link definitions of all of them. */
export interface PartedDocument<N extends PartNode> {
  /** The parts in order; parsed as they are read when the document has no definitions. */
  parts: Iterable<ParsedPart<N>>
  /** Link reference definitions by normalised identifier: the first definition of each wins. */
  definitions: Map<string, string>
}

interface Definition {
  label: string
  part: number
}

/**
 * Parses Markdown `text` with `parse` in parts of about `partSize` characters, so micromark's
 * per-container copying stays within a part (see `MARKDOWN_PART_SIZE`), and gives the same
 * blocks as parsing it whole. A part ends only where the document is at top level: before a
 * line that starts in the first column after a blank line (which closes every open paragraph,
 * quote, list item and indented code), or before a bullet list item in the first column (which
 * interrupts whatever precedes it). A cut is kept only if the part's parse confirms it: no
 * fenced code or HTML block (`<!--`, `<script>` ...) still open at the end of the part, and,
 * for a cut with no blank line, a last block that a list item interrupts; otherwise the part
 * grows. Link and footnote references name definitions anywhere in the document, so a part that
 * refers to a definition in another part is parsed again with that definition put before it
 * (its nodes are dropped). Linear in `text` for a part size fixed in advance.
 *
 * @example
 * import { fromMarkdown } from 'mdast-util-from-markdown'
 * const parse = (text) => fromMarkdown(text)
 * const { parts } = parseInParts('> One.\n\n> Two.\n', parse, 4)
 * Array.from(parts, (part) => part.shift) //=> [0, 8]
 */
export function parseInParts<N extends PartNode>(
  text: string,
  parse: (text: string) => { children?: N[] },
  partSize = MARKDOWN_PART_SIZE,
): PartedDocument<N> {
  const cuts = text.length <= partSize ? [] : findCuts(text)
  const containers = text.length <= partSize ? [] : containerLines(text)
  const spans = splitInParts(text, parse, partSize, cuts, containers)
  // Without a ']:' the document defines nothing: each part is read as it is parsed, so only one
  // part's tree is held at a time.
  if (!text.includes(']:')) {
    const parts = (function* () {
      for (const span of spans) yield { children: span.children, shift: span.start }
    })()
    return { parts, definitions: new Map() }
  }
  const all = [...spans]
  const definitions = new Map<string, string>()
  const links = new Map<string, Definition>()
  const footnotes = new Map<string, Definition>()
  all.forEach((span, part) => {
    for (const child of span.children) collectDefinitions(child, part, definitions, links, footnotes)
  })
  const parts = all.map((span, part): ParsedPart<N> => {
    const own = text.slice(span.start, span.end)
    const prefix = all.length === 1 ? '' : definitionsFrom(own, part, links, footnotes)
    if (prefix === '') return { children: span.children, shift: span.start }
    const children = (parse(prefix + own).children ?? []).filter(
      (child) => (child.position?.start.offset ?? 0) >= prefix.length,
    )
    return { children, shift: span.start - prefix.length }
  })
  return { parts, definitions }
}

/** The parts of `text` and their parses, one at a time (see `parseInParts`). */
function* splitInParts<N extends PartNode>(
  text: string,
  parse: (text: string) => { children?: N[] },
  partSize: number,
  cuts: readonly { at: number; blank: boolean }[],
  containers: readonly number[],
): Generator<{ start: number; end: number; children: N[] }> {
  let start = 0
  let next = 0
  do {
    let want = start + partSize
    for (;;) {
      while (next < cuts.length && cuts[next]!.at < want) next++
      const cut = cuts[next]
      const end = cut === undefined ? text.length : cut.at
      checkContainerWork(text, start, end, containers)
      const children = parse(text.slice(start, end)).children ?? []
      if (cut === undefined || confirmsCut(children, text.slice(start, end), cut.blank)) {
        yield { start, end, children }
        start = end
        break
      }
      // Doubling the part each time an open block forbids a cut keeps the parsing linear.
      want = start + 2 * (end - start)
    }
  } while (start < text.length)
}

/**
 * Most work micromark may be given in one part, as the part's length in characters times its
 * lines that open a list item inside another container (`containerLines`): micromark copies
 * its list of events each time it closes such an item, so one block quote or list that no
 * top-level line cuts takes time in their product (186 KB of '> > - - ...' lines took 20 s,
 * 93 KB 4 s; a megabyte would take many minutes). At 2^26 a part takes about a second.
 */
export const MAX_CONTAINER_WORK = 2 ** 26

/**
 * 'E_INPUT_TOO_LARGE' when the part of `text` from `start` to `end` holds more container work
 * than `MAX_CONTAINER_WORK` (see there), with what to do about it.
 */
function checkContainerWork(text: string, start: number, end: number, containers: readonly number[]): void {
  const lines = countBetween(containers, start, end)
  if ((end - start) * lines <= MAX_CONTAINER_WORK) return
  const line = lineAt(text, containers[lowerBound(containers, start)]!)
  throw new CorroborateError(
    'E_INPUT_TOO_LARGE',
    `Markdown from line ${line} is one block quote or list of ${Math.round((end - start) / 1024)} KB ` +
      `(${lines} of its lines open nested list items) with no blank line at top level; the Markdown ` +
      'reader takes time in their product. Put a blank line before top-level paragraphs, or read ' +
      "the article as plain text (format: 'text').",
  )
}

/** How many of the ascending offsets `at` lie in [start, end). */
function countBetween(at: readonly number[], start: number, end: number): number {
  return lowerBound(at, end) - lowerBound(at, start)
}

function lowerBound(at: readonly number[], value: number): number {
  let low = 0
  let high = at.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (at[middle]! < value) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * The offsets of the lines of `text` that open a list item inside another container: two or
 * more container marks after any indent, one of them a list item's ('> - ', '- > ', '1. - ',
 * '> > - - '). Closing such an item is what micromark pays for with a copy of its events;
 * plain list items and nested quotes alone ('1. ', '> > ') read in linear time.
 */
function containerLines(text: string): number[] {
  const found: number[] = []
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at)
    if (end === -1) end = text.length
    let marks = 0
    let listMarks = 0
    for (let k = at; k < end; ) {
      while (k < end && isSpace(text.charCodeAt(k))) k++
      const after = markEnd(text, k, end)
      if (after === -1) break
      marks++
      if (text.charCodeAt(k) !== 62) listMarks++
      k = after
    }
    if (marks >= 2 && listMarks >= 1) found.push(at)
    at = end + 1
  }
  return found
}

/**
 * Where the container mark at `k` ends: after '>', or after a list item's marker ('-', '+',
 * '*', or up to nine digits then '.' or ')') and the space that must follow it; -1 when no
 * mark starts at `k`.
 */
function markEnd(text: string, k: number, end: number): number {
  const code = text.charCodeAt(k)
  if (code === 62) return k + 1
  if (code === 45 || code === 43 || code === 42)
    return k + 1 < end && isSpace(text.charCodeAt(k + 1)) ? k + 2 : -1
  let digits = k
  while (digits < end && digits - k < 9 && text.charCodeAt(digits) >= 48 && text.charCodeAt(digits) <= 57)
    digits++
  if (digits === k) return -1
  const mark = text.charCodeAt(digits)
  return (mark === 46 || mark === 41) && digits + 1 < end && isSpace(text.charCodeAt(digits + 1))
    ? digits + 2
    : -1
}

/** Where a part may end: line starts at top level (see `parseInParts`), in order. */
function findCuts(text: string): { at: number; blank: boolean }[] {
  const cuts: { at: number; blank: boolean }[] = []
  let previousBlank = false
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at)
    if (end === -1) end = text.length
    const blank = isBlank(text, at, end)
    if (at > 0 && !blank && !isSpace(text.charCodeAt(at))) {
      if (previousBlank) cuts.push({ at, blank: true })
      else if (isBulletItem(text, at, end)) cuts.push({ at, blank: false })
    }
    previousBlank = blank
    at = end + 1
  }
  return cuts
}

/**
 * A bullet list item with text ('- Police said', '- - Police said'), never a thematic break
 * ('- - -', '***') or a table's delimiter row ('- | -'), whose lines hold only markers, pipes,
 * colons and spaces and are read differently after a paragraph.
 */
function isBulletItem(text: string, at: number, end: number): boolean {
  const marker = text.charCodeAt(at)
  if (marker !== 45 && marker !== 43 && marker !== 42) return false
  if (at + 1 >= end || !isSpace(text.charCodeAt(at + 1))) return false
  for (let k = at + 2; k < end; k++) if (!'-*_+|: \t\r'.includes(text.charAt(k))) return true
  return false
}

/** Whether the parse of `part` shows that nothing at its end continues past the cut. */
function confirmsCut(children: readonly PartNode[], part: string, blank: boolean): boolean {
  const last = children[children.length - 1]
  if (last === undefined) return true
  // After a blank line only fenced code and HTML blocks of the '<!--', '<script>' kinds stay
  // open, and an open one runs to the end of the part. After indented code micromark reads an
  // ordered list that does not start at 1 ('2. Then ...') as a paragraph, as if it followed
  // one, so the block after indented code is read with it.
  if (blank)
    return !(
      ((last.type === 'code' || last.type === 'html') &&
        (last.position?.end.offset ?? part.length) >= part.length) ||
      (last.type === 'code' && isIndentedCode(part, last.position?.start.offset ?? 0))
    )
  return (
    last.type === 'list' || last.type === 'paragraph' || last.type === 'blockquote' || last.type === 'heading'
  )
}

/** Whether the code block starting at `at` of `part` is indented rather than fenced. */
function isIndentedCode(part: string, at: number): boolean {
  let k = at
  while (k < part.length && isSpace(part.charCodeAt(k))) k++
  return part.charAt(k) !== '`' && part.charAt(k) !== '~'
}

function collectDefinitions(
  node: PartNode,
  part: number,
  definitions: Map<string, string>,
  links: Map<string, Definition>,
  footnotes: Map<string, Definition>,
): void {
  const { identifier, label } = node
  if (identifier !== undefined && typeof label === 'string') {
    if (node.type === 'definition' && node.url !== undefined && !links.has(identifier)) {
      links.set(identifier, { label, part })
      definitions.set(identifier, node.url)
    } else if (node.type === 'footnoteDefinition' && !footnotes.has(identifier)) {
      footnotes.set(identifier, { label, part })
    }
  }
  for (const child of node.children ?? []) collectDefinitions(child, part, definitions, links, footnotes)
}

/**
 * Definitions from other parts that `text` may refer to, written as Markdown to put before it:
 * every bracketed label in `text` ('[label]', '[^note]') that another part defines.
 */
function definitionsFrom(
  text: string,
  part: number,
  links: ReadonlyMap<string, Definition>,
  footnotes: ReadonlyMap<string, Definition>,
): string {
  if (links.size === 0 && footnotes.size === 0) return ''
  const lines = new Set<string>()
  for (let open = text.indexOf('['); open !== -1; ) {
    const close = labelEnd(text, open + 1)
    if (close === -1) {
      open = text.indexOf('[', open + 1)
      continue
    }
    if (text.charCodeAt(close) === 93) {
      const label = text.slice(open + 1, close)
      const link = links.get(normalizeIdentifier(label))
      if (link !== undefined && link.part !== part) lines.add(`[${link.label}]: x\n\n`)
      const note = label.startsWith('^') ? footnotes.get(normalizeIdentifier(label.slice(1))) : undefined
      if (note !== undefined && note.part !== part) lines.add(`[^${note.label}]: x\n\n`)
    }
    open = text.charCodeAt(close) === 91 ? close : text.indexOf('[', close + 1)
  }
  return [...lines].join('')
}

/**
 * Where the label that opens before `from` ends: the next unescaped ']' (or '[', which no label
 * holds), at most 999 characters on as CommonMark allows; -1 when there is none.
 */
function labelEnd(text: string, from: number): number {
  const last = Math.min(text.length, from + 1000)
  for (let k = from; k < last; k++) {
    const code = text.charCodeAt(k)
    if (code === 92) k++
    else if (code === 93 || code === 91) return k
  }
  return -1
}

/** A label as mdast identifies it: whitespace runs as one space, trimmed, case-folded. */
function normalizeIdentifier(label: string): string {
  let out = ''
  let space = false
  for (const char of label) {
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') space = out.length > 0
    else {
      if (space) out += ' '
      space = false
      out += char
    }
  }
  return out.toLowerCase().toUpperCase().toLowerCase()
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k)
    if (code !== 32 && code !== 9 && code !== 13) return false
  }
  return true
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9
}
