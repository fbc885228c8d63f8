import type { InputFormat } from '../types.js'
import type { ParsedDocument } from './block.js'
import { detectFormat } from './detect.js'
import { readHtml } from './html.js'
import { readMarkdown } from './markdown.js'
import { readText } from './text.js'
import { withBareUrls } from './urls.js'

export type { Block, BlockKind, ParsedDocument } from './block.js'
export { detectFormat } from './detect.js'

/**
 * Reads a raw article into blocks of display text mapped to raw offsets, with the format given
 * or, when `format` is null, detected (`detectFormat`). Bare web addresses in any format are
 * recorded as 'link' citations (`withBareUrls`). Never throws on odd text, it yields fewer
 * blocks; only Markdown or HTML nested too deep to read is 'E_INPUT_TOO_DEEP'.
 *
 * @example
 * parseDocument('# Title\n\nBody.', null).blocks.map((b) => b.kind) //=> ['heading', 'paragraph']
 */
export function parseDocument(raw: string, format: InputFormat | null): ParsedDocument {
  const resolved = format ?? detectFormat(raw)
  const blocks =
    resolved === 'html' ? readHtml(raw) : resolved === 'markdown' ? readMarkdown(raw) : readText(raw)
  return { format: resolved, blocks: blocks.map(withBareUrls) }
}
