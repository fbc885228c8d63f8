import type { Span } from '../types.js'

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

/** A `MappedText` whose text is the raw input itself. */
export function identityMap(raw: string, offset = 0): MappedText {
  const starts = new Int32Array(raw.length)
  const ends = new Int32Array(raw.length)
  for (let i = 0; i < raw.length; i++) {
    starts[i] = offset + i
    ends[i] = offset + i + 1
  }
  return { text: raw, starts, ends }
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

/** The part of `mapped` between `start` and `end` (indices into `mapped.text`). */
export function sliceMapped(mapped: MappedText, start: number, end: number): MappedText {
  return {
    text: mapped.text.slice(start, end),
    starts: mapped.starts.slice(start, end),
    ends: mapped.ends.slice(start, end),
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
    return { text: this.parts.join(''), starts: Int32Array.from(this.starts), ends: Int32Array.from(this.ends) }
  }
}

/** 1-based line and column of each raw offset, computed once per input. */
export function lineIndex(raw: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0]
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i)
    if (code === 10) lineStarts.push(i + 1)
    else if (code === 13 && raw.charCodeAt(i + 1) !== 10) lineStarts.push(i + 1)
  }
  return (offset) => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (lineStarts[mid]! <= offset) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 }
  }
}
