import { CorroborateError } from '../errors.js'
import { english } from '../language/english.js'
import type { Language } from '../language/language.js'
import { optionValue, resolveOptions } from '../options.js'
import { markupEdges, widenSpan } from '../parse/align.js'
import type { Block, ParsedDocument } from '../parse/index.js'
import { parseDocument } from '../parse/index.js'
import { normalizeInput } from '../parse/input.js'
import {
  concatMapped,
  foldWhitespace,
  lineIndex,
  type MappedText,
  rawSlice,
  rawSpan,
  sliceMapped,
} from '../parse/offsets.js'
import type { Citation, Options, Statement, StatementKind } from '../types.js'
import { DEFAULT_OUTLETS, findMarkers, type Marker, standaloneOutletMarker } from './citations.js'
import { splitClauses } from './clauses.js'
import { isPageJunk } from './junk.js'
import {
  ENDS_WITH_CLAUSE_MARK,
  ENDS_WITH_TERMINAL,
  OPENING_PUNCTUATION,
  STRIPPED_LIST_MARKER,
} from './patterns.js'
import { markRepeatedTitle } from './repeated-title.js'
import { inlineListStarts } from './rules/split-inline-lists.js'
import { headingRules, sentenceRules, splitSentences } from './sentences.js'

export { DEFAULT_OUTLETS } from './citations.js'
export { isPageJunk } from './junk.js'

/** A statement with the mapped display text it was built from (`content.text === statement.text`). */
export interface StatementUnit {
  statement: Statement
  content: MappedText
}

/** What `segmentDocument` needs besides the document. */
export interface SegmentOptions {
  articleId: string
  granularity: 'sentence' | 'clause'
  /** Outlet names recognised as glued citation markers, in addition to `DEFAULT_OUTLETS`. */
  outletMarkers: readonly string[]
  /** The words the sentence rules read (default: `english`). */
  language?: Language
}

interface Draft {
  kind: StatementKind
  content: MappedText
  start: number
  end: number
  citations: Citation[]
}

/**
 * Splits a parsed document into statement units: sentences (or clauses), headings, list items,
 * quotes, captions and page-junk fragments, each with exact raw offsets, its normalised display
 * text (citation markers removed) and its citations (outlet markers, footnotes, links,
 * datelines). `details` are left empty for the extract stage.
 *
 * @example
 * const raw = 'Dr. Ana Ruiz spoke. Roads shut AP News2.'
 * segmentDocument(raw, parseDocument(raw, 'text'), { articleId: 'ap', granularity: 'sentence',
 *   outletMarkers: [] }).map((u) => u.statement.text)
 * //=> ['Dr. Ana Ruiz spoke.', 'Roads shut.']
 */
export function segmentDocument(raw: string, doc: ParsedDocument, options: SegmentOptions): StatementUnit[] {
  const outlets =
    options.outletMarkers.length === 0 ? DEFAULT_OUTLETS : [...DEFAULT_OUTLETS, ...options.outletMarkers]
  const drafts: Draft[] = []
  const language = options.language ?? english
  for (const block of doc.blocks) {
    segmentBlock(asInlineList(raw, block), outlets, options.granularity, language, drafts)
  }
  markRepeatedTitle(drafts)
  const locate = lineIndex(raw)
  return drafts.map((draft, index) => {
    const { line, column } = locate(draft.start)
    const statement: Statement = {
      id: `${options.articleId}#${index}`,
      articleId: options.articleId,
      index,
      text: draft.content.text,
      start: draft.start,
      end: draft.end,
      line,
      column,
      kind: draft.kind,
      details: [],
      citations: draft.citations.sort((a, b) => a.start - b.start || a.end - b.end),
    }
    return { statement, content: draft.content }
  })
}

/**
 * Splits an article's text into statements (parse + segment; `details` empty). Offsets index
 * `text`. Options used: `format`, `granularity`, `outletMarkers`, `maxInputLength`,
 * `language`.
 * Throws `CorroborateError` ('E_INPUT_TYPE', 'E_INPUT_EMPTY', 'E_INPUT_TOO_LARGE', 'E_OPTION').
 *
 * @example
 * segment('Gen. Ortiz arrived at 9 a.m. on Friday. Crowds cheered.').map((s) => s.text)
 * //=> ['Gen. Ortiz arrived at 9 a.m. on Friday.', 'Crowds cheered.']
 */
export function segment(text: string, options?: Options): Statement[] {
  if (typeof text !== 'string') {
    throw new CorroborateError(
      'E_INPUT_TYPE',
      `segment() takes the article text as a string; received ${text === null ? 'null' : typeof text}.`,
    )
  }
  const resolved = resolveOptions(options)
  const input = normalizeInput(text, 0, resolved)
  const doc = parseDocument(input.text, input.format)
  return segmentDocument(input.text, doc, {
    articleId: input.id,
    granularity: resolved.granularity,
    outletMarkers: resolved.outletMarkers,
    language: optionValue(options, 'language'),
  }).map((unit) => unit.statement)
}

const BLOCK_KINDS: Record<Block['kind'], StatementKind> = {
  paragraph: 'sentence',
  heading: 'heading',
  'list-item': 'list-item',
  quote: 'quote',
  'table-cell': 'sentence',
  caption: 'caption',
  code: 'fragment',
}

function segmentBlock(
  block: Block,
  outlets: readonly string[],
  granularity: 'sentence' | 'clause',
  language: Language,
  drafts: Draft[],
): void {
  const { text } = block.content
  if (creditsPrevious(block, outlets, drafts)) return
  const markers = findMarkers(text, outlets)
  const whole = block.kind === 'heading' || block.kind === 'code' || block.kind === 'table-cell'
  let ranges = splitSentences(text, markers, whole ? headingRules : sentenceRules, language)
  if (granularity === 'clause' && !whole)
    ranges = ranges.flatMap(([start, end]) => splitClauses(text, start, end, language))
  const first = drafts.length
  const edges = markupEdges(block.markup)
  let carried: Citation[] = []
  for (const [start, end] of ranges) {
    const inside = markers.filter((marker) => marker.start >= start && marker.end <= end)
    const content = foldWhitespace(withoutMarkers(block.content, start, end, inside))
    const citations = inside.map((marker) => markerCitation(block.content, marker))
    if (content.text === '') {
      const previous = drafts.length > first ? drafts[drafts.length - 1] : undefined
      // One by one: spreading a paragraph's hundred thousand links into push's arguments
      // would overflow the stack.
      for (const citation of citations) (previous?.citations ?? carried).push(citation)
      continue
    }
    const span = widenSpan(rawSpan(block.content, start, end), edges)
    drafts.push({
      kind:
        ranges.length === 1 && looksLikeHeading(block, content.text)
          ? 'heading'
          : kindOf(block, content.text),
      content,
      ...span,
      citations: [...carried, ...citations],
    })
    carried = []
  }
  if (drafts.length === first && carried.length > 0) {
    // A block that is nothing but markers ('CNN1' on a line of its own) stays as a fragment,
    // so its text is not lost.
    const span = widenSpan(rawSpan(block.content, 0, text.length), edges)
    drafts.push({ kind: 'fragment', content: block.content, ...span, citations: carried })
  }
  const own = drafts.slice(first)
  if (own.length === 0) return
  for (const citation of block.citations) {
    let owner = own[0]!
    for (const draft of own) if (draft.start <= citation.start) owner = draft
    owner.citations.push(citation)
  }
}

/**
 * A block that is only a parenthesised known outlet ('(Meridian Wire)' on its own line, after
 * a sentence of the block before) credits that sentence: it becomes its marker citation, the
 * sentence's span grows over it, and the block yields no statement. True when it did.
 */
function creditsPrevious(block: Block, outlets: readonly string[], drafts: Draft[]): boolean {
  if (block.kind === 'code') return false
  const previous = drafts[drafts.length - 1]
  if (previous === undefined || previous.kind === 'fragment' || previous.kind === 'heading') return false
  if (!ENDS_WITH_TERMINAL.test(previous.content.text)) return false
  const marker = standaloneOutletMarker(block.content.text, outlets)
  if (marker === null) return false
  const citation = markerCitation(block.content, marker)
  previous.citations.push(citation, ...block.citations)
  previous.end = Math.max(previous.end, citation.end)
  return true
}

/**
 * A block that holds an inline list ('1) Close the gate 2) Lock the shed') as that list: a
 * list item gets back the marker the parser stripped, so its first item keeps its marker like
 * the others, and a one-line list read as a heading is a paragraph. Any other block as it is.
 */
function asInlineList(raw: string, block: Block): Block {
  if (block.kind === 'heading') {
    const starts = inlineListStarts(block.content.text)
    return starts[0] === 0 && starts.length >= 2 ? { ...block, kind: 'paragraph' } : block
  }
  if (block.kind !== 'list-item' || block.content.text === '') return block
  const at = blockStart(block)
  const from = Math.max(0, at - MAX_STRIPPED_MARKER)
  const marker = STRIPPED_LIST_MARKER.exec(raw.slice(from, at))?.[1] ?? ''
  if (marker === '') return block
  const content = concatMapped([rawSlice(raw, at - marker.length, at), block.content])
  const starts = inlineListStarts(content.text)
  return starts[0] === 0 && starts.length >= 2 ? { ...block, content } : block
}

/** Raw start of a block's text, grown over markup it opens with ('- **1)** close the gate'). */
function blockStart(block: Block): number {
  return widenSpan(rawSpan(block.content, 0, 1), markupEdges(block.markup)).start
}

/** Longest list marker (in characters) looked for before a list item. */
const MAX_STRIPPED_MARKER = 12

function kindOf(block: Block, text: string): StatementKind {
  if (isPageJunk(text)) return 'fragment'
  if (block.kind === 'table-cell' && (text.split(' ').length < 4 || !ENDS_WITH_TERMINAL.test(text)))
    return 'fragment'
  return BLOCK_KINDS[block.kind]
}

/** Longest paragraph (in characters) that can read as a heading. */
const HEADING_MAX_LENGTH = 150

/**
 * A Markdown or HTML paragraph that is really a heading, as aggregator pages print them: one
 * short line, no closing punctuation, most longer words capitalised ('Officials Defend Their Record').
 */
function looksLikeHeading(block: Block, text: string): boolean {
  if (block.kind !== 'paragraph' || text.length > HEADING_MAX_LENGTH || isPageJunk(text)) return false
  if (ENDS_WITH_TERMINAL.test(text) || ENDS_WITH_CLAUSE_MARK.test(text)) return false
  const words = text.split(' ').filter((word) => word.length >= 4)
  if (words.length < 2) return false
  const capitalised = words.filter((word) => {
    const first = word.replace(OPENING_PUNCTUATION, '').charAt(0)
    return first !== first.toLowerCase()
  }).length
  return capitalised / words.length >= 0.6
}

function withoutMarkers(
  content: MappedText,
  start: number,
  end: number,
  markers: readonly Marker[],
): MappedText {
  if (markers.length === 0) return sliceMapped(content, start, end)
  const pieces: MappedText[] = []
  let cursor = start
  for (const marker of markers) {
    const from = Math.max(marker.removeStart, cursor)
    if (from > cursor) pieces.push(sliceMapped(content, cursor, from))
    cursor = Math.max(cursor, Math.min(marker.removeEnd, end))
  }
  if (cursor < end) pieces.push(sliceMapped(content, cursor, end))
  return concatMapped(pieces)
}

function markerCitation(content: MappedText, marker: Marker): Citation {
  return { kind: marker.kind, source: marker.source, ...rawSpan(content, marker.start, marker.end) }
}
