import type { Citation, InputFormat } from '../types.js'
import type { MappedText } from './offsets.js'

/** What a block of a document is, structurally. */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'table-cell' | 'caption' | 'code'

/**
 * One block of a parsed document: its display text (markup removed, white space folded) mapped
 * to the raw input, and the citations (links, footnote references) found in it, in raw offsets.
 */
export interface Block {
  kind: BlockKind
  content: MappedText
  citations: Citation[]
}

/** A raw input read into blocks, in source order. */
export interface ParsedDocument {
  format: InputFormat
  blocks: Block[]
}
