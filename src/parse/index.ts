import type { InputFormat } from '../types.js'
import type { ParsedDocument } from './block.js'
import { detectFormat } from './detect.js'
import { readHtml } from './html.js'
import { readMarkdown } from './markdown.js'
import { CONTROL_CHARACTER } from './patterns.js'
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
 * Control characters (NUL, BEL, ESC, C1 ...; not tab or line breaks) are read as a space in
 * every format, before any reader sees them: otherwise Markdown would show NUL as U+FFFD, HTML
 * drop it and text fold it, three rules for one character. A space of the same length keeps
 * every offset.
 *
 * @example
 * parseDocument('# Title\n\nBody.', null).blocks.map((b) => b.kind) //=> ['heading', 'paragraph']
 */
export function parseDocument(raw: string, format: InputFormat | null): ParsedDocument {
  const source = raw.replace(CONTROL_CHARACTER, ' ')
  const resolved = format ?? detectFormat(source)
  const blocks =
    resolved === 'html' ? readHtml(source) : resolved === 'markdown' ? readMarkdown(source) : readText(source)
  return { format: resolved, blocks: blocks.map(withBareUrls) }
}
