import type { Span } from '../types.js'
import type { Markup } from './block.js'
import { isFoldableSpace, type MappedText } from './offsets.js'

/** How far ahead in the raw source a decoded character is looked for. */
const WINDOW = 32

/**
 * Maps the decoded `value` of a syntax-tree node back to its raw source `raw.slice(from, to)`:
 * each character of `value` gets the raw span it came from. Escapes (`\*`), entities (`&amp;`,
 * `&#169;`) and stripped prefixes (`> ` of a quote line) are stepped over; a character that
 * cannot be found maps to the raw character at the current position (or an empty span at the
 * end), so the map stays in raw order. Tags the parser ignored, quote or list prefixes, trimmed
 * white space and code-span fences are stepped over whatever their length. Linear: each look-ahead is bounded, and a tag is scanned once.
 *
 * @example
 * alignValue('a \\* b', 'a * b', 0, 6).starts //=> Int32Array.of(0, 1, 3, 4, 5)
 */
export function alignValue(raw: string, value: string, from: number, to: number): MappedText {
  const starts = new Int32Array(value.length)
  const ends = new Int32Array(value.length)
  let j = from
  let i = 0
  // True while every raw character since the last line break is a quote or list prefix.
  let lineStart = false
  // False once a '<' without a closing '>' is seen: no later '<' can open a tag either.
  let tagsMayEnd = true
  while (i < value.length) {
    const char = value.charCodeAt(i)
    if (j < to && raw.charCodeAt(j) === char && !(char === 38 && isDecodedEntity(raw, value, i, j, to))) {
      starts[i] = j
      ends[i] = j + 1
      lineStart = char === 10 || char === 13
      i++
      j++
      continue
    }
    // A tab the parser expanded to spaces (indented code, list continuations): every space it
    // became points at the tab.
    if (j < to && char === 32 && raw.charCodeAt(j) === 9) {
      while (i < value.length && value.charCodeAt(i) === 32) {
        starts[i] = j
        ends[i] = j + 1
        i++
      }
      j++
      continue
    }
    if (j < to && raw.charCodeAt(j) === 38) {
      const end = entityEnd(raw, j, to)
      const width = isHighSurrogate(char) && i + 1 < value.length ? 2 : 1
      for (let k = 0; k < width; k++) {
        starts[i + k] = j
        ends[i + k] = end
      }
      i += width
      j = end
      continue
    }
    // Markup the parser dropped from the value, of any length: a tag it ignored (a stray
    // `</div class="...">` inside running text) and the `>` and indentation that prefix each
    // line of a quote or list item.
    if (j < to && raw.charCodeAt(j) === 60 && tagsMayEnd) {
      const end = tagEnd(raw, j, to)
      if (end === -1) tagsMayEnd = false
      else if (end > j) {
        j = end
        continue
      }
    }
    if (j < to && lineStart && isLinePrefix(raw.charCodeAt(j))) {
      j++
      continue
    }
    // White space the parser trimmed (trailing tabs of a Markdown line) and the backtick fence
    // of a code span, of any length: the value holds none of them here.
    if (j < to && isDroppedMarkup(raw.charCodeAt(j))) {
      j++
      continue
    }
    lineStart = false
    let k = j
    const limit = Math.min(to, j + WINDOW)
    while (k < limit && raw.charCodeAt(k) !== char) k++
    if (k < limit) {
      starts[i] = k
      ends[i] = k + 1
      j = k + 1
    } else if (j < to) {
      // A character the parser replaced (NUL -> U+FFFD) stands for the raw character it replaced.
      starts[i] = j
      ends[i] = j + 1
      j++
    } else {
      starts[i] = j
      ends[i] = j
    }
    i++
  }
  return { text: value, starts, ends }
}

/**
 * The end of the tag that opens at `at` ('<' then a letter, '/', '!' or '?'), quoted attribute
 * values stepped over; `at` itself when no tag opens there, -1 when no tag closes before `to`.
 */
function tagEnd(raw: string, at: number, to: number): number {
  const next = raw.charCodeAt(at + 1)
  const opens =
    (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 47 || next === 33 || next === 63
  if (!opens) return at
  let quote = 0
  for (let k = at + 1; k < to; k++) {
    const code = raw.charCodeAt(k)
    if (quote !== 0) {
      if (code === quote) quote = 0
    } else if (code === 34 || code === 39) quote = code
    else if (code === 62) return k + 1
  }
  return -1
}

/** A character that prefixes a continued line of a Markdown quote or list item: '>', space, tab. */
function isLinePrefix(code: number): boolean {
  return code === 62 || code === 32 || code === 9
}

/** A space, tab or '`' that the value does not hold where the raw text has it. */
function isDroppedMarkup(code: number): boolean {
  return code === 32 || code === 9 || code === 96
}

/**
 * True when the '&' at raw `at` opens a character reference that the parser decoded ('&amp;'
 * read as '&'), not a literal '&' the value keeps: '&amp;&amp;' reads '&&', and matching the
 * first '&' literally would leave every later character of the value one reference behind.
 */
function isDecodedEntity(raw: string, value: string, i: number, at: number, to: number): boolean {
  const end = entityEnd(raw, at, to)
  return end > at + 2 && raw.charCodeAt(end - 1) === 59 && !value.startsWith(raw.slice(at, end), i)
}

function entityEnd(raw: string, at: number, to: number): number {
  let k = at + 1
  const limit = Math.min(to, at + WINDOW)
  while (k < limit && isEntityChar(raw.charCodeAt(k))) k++
  if (k < to && raw.charCodeAt(k) === 59) k++
  return k
}

function isEntityChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 35
  )
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

/**
 * The markup around an inline node (`**85**`, `<b>85</b>`, `[85 people](https://x.org)`) read
 * into `pieces[fromPiece..]`: the node's raw span and where its visible text starts and ends
 * (the raw start of its first visible character and the raw end of its last, white space
 * skipped). The characters keep their own spans, so a detail inside the node never covers its
 * markup; a statement that starts or ends with the node's text grows over it (`widenSpan`).
 * Null when the node read no visible text.
 *
 * @example
 * // '**85** hurt': the pieces read '85' at 2..4
 * const pieces = [{ text: '85', starts: Int32Array.of(2, 3), ends: Int32Array.of(3, 4) }]
 * markupAround(pieces, 0, 0, 6) //=> { start: 0, end: 6, textStart: 2, textEnd: 4 }
 */
export function markupAround(
  pieces: readonly MappedText[],
  fromPiece: number,
  start: number,
  end: number,
): Markup | null {
  const textStart = firstVisible(pieces, fromPiece)
  const textEnd = lastVisible(pieces, fromPiece)
  if (textStart < 0 || textEnd < 0) return null
  return { start: Math.min(start, textStart), end: Math.max(end, textEnd), textStart, textEnd }
}

/**
 * `markupAround` for the end only (an element whose start lies in an earlier block): its
 * `textStart` is -1, so nothing starts by growing over it.
 */
export function markupAfter(pieces: readonly MappedText[], fromPiece: number, end: number): Markup | null {
  const textEnd = lastVisible(pieces, fromPiece)
  if (textEnd < 0) return null
  return { start: textEnd, end: Math.max(end, textEnd), textStart: -1, textEnd }
}

/** Raw start of the first visible (not white-space) character read since `fromPiece`, or -1. */
function firstVisible(pieces: readonly MappedText[], fromPiece: number): number {
  for (let p = fromPiece; p < pieces.length; p++) {
    const piece = pieces[p]!
    for (let i = 0; i < piece.text.length; i++) {
      if (!isFoldableSpace(piece.text.charCodeAt(i))) return piece.starts[i]!
    }
  }
  return -1
}

/** Raw end of the last visible (not white-space) character read since `fromPiece`, or -1. */
function lastVisible(pieces: readonly MappedText[], fromPiece: number): number {
  for (let p = pieces.length - 1; p >= fromPiece; p--) {
    const piece = pieces[p]!
    for (let i = piece.text.length - 1; i >= 0; i--) {
      if (!isFoldableSpace(piece.text.charCodeAt(i))) return piece.ends[i]!
    }
  }
  return -1
}

/**
 * A block's markup as look-ups for `widenSpan`: for each raw offset where a node's visible
 * text starts, the outermost start of markup there (`**_85_**`: 0 for the '8' at 3), and for
 * each offset where one ends, the outermost end.
 */
export interface MarkupEdges {
  starts: Map<number, number>
  ends: Map<number, number>
}

/** `MarkupEdges` of a block's markup, built once per block (linear in its nodes). */
export function markupEdges(markup: readonly Markup[]): MarkupEdges {
  const starts = new Map<number, number>()
  const ends = new Map<number, number>()
  for (const node of markup) {
    if (node.textStart >= 0)
      starts.set(node.textStart, Math.min(starts.get(node.textStart) ?? node.start, node.start))
    ends.set(node.textEnd, Math.max(ends.get(node.textEnd) ?? node.end, node.end))
  }
  return { starts, ends }
}

/**
 * The raw span of a statement grown over the markup of the inline nodes it starts or ends
 * with, so `**Breaking:** the dam held.` is one statement from the first '*' to the '.', while
 * a detail inside keeps the span of its visible characters.
 *
 * @example
 * widenSpan({ start: 2, end: 27 }, markupEdges([{ start: 0, end: 13, textStart: 2, textEnd: 11 }]))
 * //=> { start: 0, end: 27 }
 */
export function widenSpan(span: Span, edges: MarkupEdges): Span {
  return {
    start: Math.min(span.start, edges.starts.get(span.start) ?? span.start),
    end: Math.max(span.end, edges.ends.get(span.end) ?? span.end),
  }
}
