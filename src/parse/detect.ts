import type { InputFormat } from '../types.js'
import {
  HTML_DOCUMENT_START,
  HTML_TAG,
  MARKDOWN_FENCE,
  MARKDOWN_FOOTNOTE_DEFINITION,
  MARKDOWN_HEADING,
  MARKDOWN_LINK,
  MARKDOWN_LIST_ITEM,
  MARKDOWN_QUOTE,
  MARKDOWN_STRONG,
  MARKDOWN_TABLE_RULE,
} from './patterns.js'

/** How much of a document format detection looks at. */
const SAMPLE_LENGTH = 65_536

/**
 * Guesses the format of a raw article: 'html' when it opens like a page or carries several
 * HTML tags, 'markdown' when it has Markdown structure (headings, links, lists, quotes, tables,
 * footnotes), else 'text'. Looks at the first 64 Ki characters only.
 *
 * @example
 * detectFormat('<p>Hello.</p><p>Bye.</p>') //=> 'html'
 * detectFormat('# Title\n\nSome [link](https://x.org).') //=> 'markdown'
 * detectFormat('Police said on Monday.') //=> 'text'
 */
export function detectFormat(raw: string): InputFormat {
  const sample = raw.length > SAMPLE_LENGTH ? raw.slice(0, SAMPLE_LENGTH) : raw
  if (HTML_DOCUMENT_START.test(sample)) return 'html'
  if (count(HTML_TAG, sample) >= 2) return 'html'
  const score =
    2 * count(MARKDOWN_HEADING, sample) +
    2 * count(MARKDOWN_LINK, sample) +
    2 * count(MARKDOWN_FENCE, sample) +
    2 * count(MARKDOWN_TABLE_RULE, sample) +
    2 * count(MARKDOWN_FOOTNOTE_DEFINITION, sample) +
    count(MARKDOWN_STRONG, sample) +
    count(MARKDOWN_QUOTE, sample) +
    (count(MARKDOWN_LIST_ITEM, sample) >= 2 ? 1 : 0)
  return score >= 2 ? 'markdown' : 'text'
}

function count(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0
  let found = 0
  while (pattern.exec(text) !== null) {
    found++
    if (found >= 8) break
  }
  pattern.lastIndex = 0
  return found
}
