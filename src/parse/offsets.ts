import type { Span } from '../types.js'

/** Line and column of a raw offset; at home in src/text so reports can use it without the parsers. */
export { lineIndex } from '../text/line-index.js'

/**
 * Text derived from a raw input (markup removed, white space folded) that remembers, for each
 * of its UTF-16 code units, the raw span it came from. `starts[i]`/`ends[i]` are the raw
 * start and end (exclusive) of `text[i]`; an inserted character (a space standing for a line
 * break) maps to the raw span it replaces, or to an empty span at the point of insertion.
 */
export interface MappedText {
  text: string
  starts: Int32Array
  ends: Int32Array
}

/**
 * A `MappedText` whose text is the raw input itself. Its offsets are views of one shared run
 * 0, 1, 2, ... (`counting`), which nothing writes to: `starts` from `offset`, `ends` from
 * `offset + 1`. Two arrays of their own for every block of plain text were about 1.2 KB a
 * statement of short-lived data over an event of 2,000 articles.
 *
 * @example
 * identityMap('ab', 5).ends //=> Int32Array.of(6, 7)
 */
export function identityMap(raw: string, offset = 0): MappedText {
  const end = offset + raw.length + 1
  if (end > countingMost) {
    const starts = new Int32Array(raw.length)
    const ends = new Int32Array(raw.length)
    for (let i = 0; i < raw.length; i++) {
      starts[i] = offset + i
      ends[i] = offset + i + 1
    }
    return { text: raw, starts, ends }
  }
  if (counting.length < end) counting = countingTo(Math.max(end, counting.length * 2))
  return {
    text: raw,
    starts: counting.subarray(offset, offset + raw.length),
    ends: counting.subarray(offset + 1, end),
  }
}

/** The most `counting` grows to (4 MB); offsets of longer inputs get arrays of their own. */
const countingMost = 1 << 20

/** The shared run of `identityMap`: `counting[i] === i`, grown as longer inputs come. */
let counting = countingTo(4096)

function countingTo(length: number): Int32Array {
  const run = new Int32Array(Math.min(length, countingMost))
  for (let i = 0; i < run.length; i++) run[i] = i
  return run
}

/**
 * The raw span of `mapped.text.slice(start, end)`: from the raw start of its first code unit
 * to the raw end of its last. An empty range maps to an empty span at its position.
 */
export function rawSpan(mapped: MappedText, start: number, end: number): Span {
  const length = mapped.text.length
  if (length === 0) return { start: 0, end: 0 }
  if (end <= start) {
    const at = start < length ? mapped.starts[start]! : mapped.ends[length - 1]!
    return { start: at, end: at }
  }
  return { start: mapped.starts[start]!, end: mapped.ends[Math.min(end, length) - 1]! }
}

/**
 * The part of `mapped` between `start` and `end` (indices into `mapped.text`). Its offsets are
 * views of `mapped`'s (`subarray`), not copies: no `MappedText` is ever written to, and
 * segmentation slices every sentence out of its block, whose offsets it keeps anyway.
 */
export function sliceMapped(mapped: MappedText, start: number, end: number): MappedText {
  return {
    text: mapped.text.slice(start, end),
    starts: mapped.starts.subarray(start, end),
    ends: mapped.ends.subarray(start, end),
  }
}

/** Builds a `MappedText` piece by piece, in raw order. */
export class MappedTextBuilder {
  private readonly parts: string[] = []
  private starts: number[] = []
  private ends: number[] = []

  /** Appends raw text copied verbatim from `raw` at `rawStart`. */
  copy(raw: string, rawStart: number, rawEnd: number): void {
    this.parts.push(raw.slice(rawStart, rawEnd))
    for (let i = rawStart; i < rawEnd; i++) {
      this.starts.push(i)
      this.ends.push(i + 1)
    }
  }

  /** Appends `text` that stands for the raw span `[rawStart, rawEnd)` (an entity, a break). */
  substitute(text: string, rawStart: number, rawEnd: number): void {
    this.parts.push(text)
    for (let i = 0; i < text.length; i++) {
      this.starts.push(rawStart)
      this.ends.push(rawEnd)
    }
  }

  get length(): number {
    return this.starts.length
  }

  /** The text built so far, with its offsets. */
  build(): MappedText {
    return {
      text: this.parts.join(''),
      starts: Int32Array.from(this.starts),
      ends: Int32Array.from(this.ends),
    }
  }
}

/** True for the code units that `foldWhitespace` treats as white space (C0 controls included). */
export function isFoldableSpace(code: number): boolean {
  return (
    code <= 32 ||
    code === 0x7f ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/**
 * Folds every run of white space (and control characters) in `mapped` into one space and trims
 * both ends; each folded space maps to the whole raw run it stands for.
 *
 * @example
 * foldWhitespace(identityMap(' a \n b ')).text //=> 'a b'
 */
export function foldWhitespace(mapped: MappedText): MappedText {
  const { text, starts, ends } = mapped
  // Segmentation folds every sentence of a block the parser has folded already: mostly
  // nothing to do, which one scan tells far more cheaply than building the result. No
  // `MappedText` is ever written to, so the result may be the input itself.
  if (isFolded(text))
    return starts.length === text.length && ends.length === text.length
      ? mapped
      : { text, starts: starts.subarray(0, text.length), ends: ends.subarray(0, text.length) }
  return folded(text, starts, ends, 0)
}

/**
 * `foldWhitespace(rawSlice(raw, start, end))` without the identity offsets in between: a
 * parser of plain text folds every block straight from its raw input.
 *
 * @example
 * foldRawSlice('x  a \n b', 2, 8).starts //=> Int32Array.of(3, 4, 7)
 */
export function foldRawSlice(raw: string, start: number, end: number): MappedText {
  const text = raw.slice(start, end)
  return isFolded(text) ? identityMap(text, start) : folded(text, null, null, start)
}

/** Room for the offsets of the text `folded` builds, reused by every call (never nested). */
let foldedStarts = new Int32Array(1024)
let foldedEnds = new Int32Array(1024)

/**
 * The folded form of `text`, whose code units map to `starts`/`ends` (to `offset + i` and
 * `offset + i + 1` when they are null). The offsets are built in the reused room and copied
 * out at their exact length: one array each instead of two.
 */
function folded(
  text: string,
  starts: Int32Array | null,
  ends: Int32Array | null,
  offset: number,
): MappedText {
  if (foldedStarts.length < text.length) {
    const room = Math.max(text.length, foldedStarts.length * 2)
    foldedStarts = new Int32Array(room)
    foldedEnds = new Int32Array(room)
  }
  const outStarts = foldedStarts
  const outEnds = foldedEnds
  const parts: string[] = []
  let count = 0
  let pieceStart = -1
  let i = 0
  while (i < text.length) {
    if (!isFoldableSpace(text.charCodeAt(i))) {
      if (pieceStart < 0) pieceStart = i
      outStarts[count] = starts === null ? offset + i : starts[i]!
      outEnds[count] = ends === null ? offset + i + 1 : ends[i]!
      count++
      i++
      continue
    }
    if (pieceStart >= 0) {
      parts.push(text.slice(pieceStart, i))
      pieceStart = -1
    }
    const runStart = i
    while (i < text.length && isFoldableSpace(text.charCodeAt(i))) i++
    if (count > 0 && i < text.length) {
      parts.push(' ')
      outStarts[count] = starts === null ? offset + runStart : starts[runStart]!
      outEnds[count] = ends === null ? offset + i : ends[i - 1]!
      count++
    }
  }
  if (pieceStart >= 0) parts.push(text.slice(pieceStart))
  return { text: parts.join(''), starts: outStarts.slice(0, count), ends: outEnds.slice(0, count) }
}

/** True when `foldWhitespace` would leave `text` as it is: no white space but single inner ASCII spaces. */
function isFolded(text: string): boolean {
  let previousSpace = true
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (!isFoldableSpace(code)) previousSpace = false
    else if (code === 32 && !previousSpace) previousSpace = true
    else return false
  }
  return !previousSpace || text.length === 0
}

/**
 * Joins mapped pieces in order into one `MappedText`.
 *
 * @example
 * concatMapped([identityMap('ab'), identityMap('c', 5)]).starts //=> Int32Array.of(0, 1, 5)
 */
export function concatMapped(parts: readonly MappedText[]): MappedText {
  let length = 0
  for (const part of parts) length += part.text.length
  const starts = new Int32Array(length)
  const ends = new Int32Array(length)
  let at = 0
  for (const part of parts) {
    starts.set(part.starts, at)
    ends.set(part.ends, at)
    at += part.text.length
  }
  return { text: parts.map((part) => part.text).join(''), starts, ends }
}

/**
 * The raw substring `raw.slice(start, end)` as a `MappedText` that points into `raw`.
 *
 * @example
 * rawSlice('Hello world', 6, 11).starts[0] //=> 6
 */
export function rawSlice(raw: string, start: number, end: number): MappedText {
  return identityMap(raw.slice(start, end), start)
}
