import type { Citation, InputFormat } from '../types.js'
import type { MappedText } from './offsets.js'

/** What a block of a document is, structurally. */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'table-cell' | 'caption' | 'code'

/**
 * The markup around one inline node of a block (`**85**`, `<b>85</b>`, `[85 people](url)`), in
 * raw offsets: the node's span `start..end` and where its visible text starts and ends
 * (`textStart` is -1 for a node that only closes in this block). Details point at visible
 * characters only; a statement whose text starts at `textStart` or ends at `textEnd` covers
 * the markup too, so statements still tile the source.
 */
export interface Markup {
  start: number
  end: number
  textStart: number
  textEnd: number
}

/**
 * One block of a parsed document: its display text (markup removed, white space folded) mapped
 * to the raw input, character by character to the visible characters only; the citations
 * (links, footnote references) found in it; and the inline markup around its text, in raw
 * offsets.
 */
export interface Block {
  kind: BlockKind
  content: MappedText
  citations: Citation[]
  markup: Markup[]
}

/** A raw input read into blocks, in source order. */
export interface ParsedDocument {
  format: InputFormat
  blocks: Block[]
}
