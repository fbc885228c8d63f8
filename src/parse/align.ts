import type { MappedText } from './offsets.js'

/** How far ahead in the raw source a decoded character is looked for. */
const WINDOW = 32

/**
 * Maps the decoded `value` of a syntax-tree node back to its raw source `raw.slice(from, to)`:
 * each character of `value` gets the raw span it came from. Escapes (`\*`), entities (`&amp;`,
 * `&#169;`) and stripped prefixes (`> ` of a quote line) are stepped over; a character that
 * cannot be found maps to the raw character at the current position (or an empty span at the
 * end), so the map stays in raw order. Tags the parser ignored and quote or list prefixes are stepped over
 * whatever their length. Linear: each look-ahead is bounded, and a tag is scanned once.
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
    if (j < to && raw.charCodeAt(j) === char) {
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
 * Widens the first and last mapped characters produced since `fromPiece` to the raw bounds of
 * an enclosing inline node (`**bold**`, `<a>..</a>`), so a statement that starts or ends at
 * the node covers its markup.
 */
export function widenToNode(pieces: MappedText[], fromPiece: number, start: number, end: number): void {
  widenStart(pieces, fromPiece, start)
  widenEnd(pieces, fromPiece, end)
}

/** `widenToNode` for the start only: the first mapped character since `fromPiece` starts at `start`. */
export function widenStart(pieces: MappedText[], fromPiece: number, start: number): void {
  for (let p = fromPiece; p < pieces.length; p++) {
    const piece = pieces[p]!
    if (piece.text.length === 0) continue
    if (piece.starts[0]! > start) piece.starts[0] = start
    break
  }
}

/** `widenToNode` for the end only: the last mapped character since `fromPiece` ends at `end`. */
export function widenEnd(pieces: MappedText[], fromPiece: number, end: number): void {
  for (let p = pieces.length - 1; p >= fromPiece; p--) {
    const piece = pieces[p]!
    if (piece.text.length === 0) continue
    const last = piece.text.length - 1
    if (piece.ends[last]! < end) piece.ends[last] = end
    break
  }
}
