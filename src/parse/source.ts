import type { Block } from './block.js'

/**
 * The raw input as the Markdown and HTML parsers see it, with the way back to raw offsets.
 * `text` is `raw` without its leading byte-order marks and with every CRLF and lone CR turned
 * into LF; `toRaw[i]` is the raw offset of `text[i]` and `toRaw[text.length] === raw.length`,
 * so the raw span of `text.slice(s, e)` is `[toRaw[s], toRaw[e])`. `toRaw` is null when `text`
 * is `raw` itself (the common case: nothing to map).
 */
export interface ParserSource {
  text: string
  toRaw: Int32Array | null
}

/**
 * Prepares `raw` for a parser that normalises its input. micromark (remark) drops a leading
 * BOM and counts its offsets from after it; parse5 (rehype) turns CR and CRLF into LF in node
 * values while counting raw offsets. Either way the values and offsets a parser returns drift
 * from `raw`. Handing the parser text that is already in its normal form makes its values and
 * offsets agree with that text exactly; `remapBlocks` then takes the result back to `raw`.
 * Linear, and free when there is no BOM and no CR.
 *
 * @example
 * const source = parserSource('\uFEFFA\r\nB')
 * source.text //=> 'A\nB'
 * source.toRaw //=> Int32Array.of(1, 2, 4, 5)
 */
export function parserSource(raw: string): ParserSource {
  let from = 0
  while (raw.charCodeAt(from) === 0xfeff) from++
  if (from === 0 && !raw.includes('\r')) return { text: raw, toRaw: null }
  const parts: string[] = []
  const toRaw = new Int32Array(raw.length - from + 1)
  let length = 0
  let pieceStart = from
  for (let i = from; i < raw.length; i++) {
    if (raw.charCodeAt(i) !== 13) {
      toRaw[length++] = i
      continue
    }
    parts.push(raw.slice(pieceStart, i), '\n')
    toRaw[length++] = i
    if (raw.charCodeAt(i + 1) === 10) i++
    pieceStart = i + 1
  }
  parts.push(raw.slice(pieceStart))
  toRaw[length] = raw.length
  return { text: parts.join(''), toRaw: toRaw.slice(0, length + 1) }
}

/**
 * Moves blocks read from `source.text` back onto the raw input: each character's span and each
 * citation's span goes through `source.toRaw`. Returns new blocks; the ones given are unchanged.
 *
 * @example
 * const source = parserSource('A\r\nB')
 * const content = { text: 'A B', starts: Int32Array.of(0, 1, 2), ends: Int32Array.of(1, 2, 3) }
 * remapBlocks([{ kind: 'paragraph', content, citations: [], markup: [] }], source)[0].content.ends
 * //=> Int32Array.of(1, 3, 4)
 */
export function remapBlocks(blocks: readonly Block[], source: ParserSource): Block[] {
  const { toRaw } = source
  if (toRaw === null) return [...blocks]
  const at = (offset: number): number => toRaw[offset]!
  return blocks.map((block) => ({
    kind: block.kind,
    content: {
      text: block.content.text,
      starts: block.content.starts.map(at),
      ends: block.content.ends.map(at),
    },
    citations: block.citations.map((citation) => ({
      ...citation,
      start: at(citation.start),
      end: at(citation.end),
    })),
    markup: block.markup.map((markup) => ({
      start: at(markup.start),
      end: at(markup.end),
      textStart: markup.textStart < 0 ? -1 : at(markup.textStart),
      textEnd: at(markup.textEnd),
    })),
  }))
}
