import type { Block, BlockKind } from './block.js'
import { foldRawSlice, isFoldableSpace } from './offsets.js'
import { LEADING_NON_ALPHANUMERIC, SENTENCE_OPENER, TEXT_LIST_MARKER, WHITE_SPACE_RUN } from './patterns.js'

/** Longest line (in characters) that can still be a heading. */
const HEADING_MAX_LENGTH = 150
/** Most words a heading line can have. */
const HEADING_MAX_WORDS = 20

interface Line {
  start: number
  end: number
}

/**
 * Reads plain text into blocks: paragraphs are separated by blank lines; a short line without
 * terminal punctuation is a heading of its own (never glued to the next sentence); lines that
 * start with a bullet are list items, and so are lines that start with a number where a list
 * really is (see `listMarker`). Line breaks inside a paragraph fold to spaces.
 *
 * @example
 * readText('Parade Draws Crowds\nThousands watched.').map((b) => [b.kind, b.content.text])
 * //=> [['heading', 'Parade Draws Crowds'], ['paragraph', 'Thousands watched.']]
 */
export function readText(raw: string): Block[] {
  const blocks: Block[] = []
  for (const paragraph of paragraphs(raw)) readParagraph(raw, paragraph, blocks)
  return blocks
}

function paragraphs(raw: string): Line[][] {
  const result: Line[][] = []
  let current: Line[] = []
  let start = 0
  while (start <= raw.length) {
    let end = start
    while (end < raw.length && raw.charCodeAt(end) !== 10 && raw.charCodeAt(end) !== 13) end++
    if (isBlank(raw, start, end)) {
      if (current.length > 0) result.push(current)
      current = []
    } else {
      current.push({ start, end })
    }
    if (end >= raw.length) break
    start = raw.charCodeAt(end) === 13 && raw.charCodeAt(end + 1) === 10 ? end + 2 : end + 1
  }
  if (current.length > 0) result.push(current)
  return result
}

function readParagraph(raw: string, lines: Line[], blocks: Block[]): void {
  let longest = 0
  for (const line of lines) longest = Math.max(longest, trimmedLength(raw, line))
  let pending: { kind: BlockKind; start: number; end: number } | null = null
  const flush = (): void => {
    if (pending === null) return
    push(blocks, raw, pending.kind, pending.start, pending.end)
    pending = null
  }
  if (lines.length >= 3 && !isWrapped(raw, lines, longest)) {
    let previousItem = false
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!
      const marker = listMarker(raw, lines, i, previousItem)
      const text = raw.slice(line.start, Math.min(line.end, line.start + HEADING_MAX_LENGTH + 10))
      if (marker !== null) push(blocks, raw, 'list-item', line.start + marker.length, line.end)
      else push(blocks, raw, isHeadingLike(raw, line, text) ? 'heading' : 'paragraph', line.start, line.end)
      previousItem = marker !== null
    }
    return
  }
  let previousClosed = true
  let previousItem = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const text = raw.slice(line.start, Math.min(line.end, line.start + HEADING_MAX_LENGTH + 10))
    const marker = listMarker(raw, lines, i, previousItem)
    previousItem = marker !== null
    if (marker !== null) {
      flush()
      pending = { kind: 'list-item', start: line.start + marker.length, end: line.end }
      previousClosed = endsClosed(raw, line)
      continue
    }
    const next = lines[i + 1]
    if (
      previousClosed &&
      isHeadingLike(raw, line, text) &&
      (next === undefined ||
        (startsUpper(raw, next) && (isTitleLike(text) || trimmedLength(raw, line) < 0.6 * longest)))
    ) {
      flush()
      push(
        blocks,
        raw,
        lines.length === 1 || next !== undefined ? 'heading' : 'paragraph',
        line.start,
        line.end,
      )
      previousClosed = true
      continue
    }
    if (pending === null) pending = { kind: 'paragraph', start: line.start, end: line.end }
    else pending.end = line.end
    previousClosed = endsClosed(raw, line)
  }
  flush()
}

/**
 * The list marker that opens line `i` ('- ', '2) '), or null. A bullet always is one; a number
 * only where a list really is: the paragraph opens with it, the line before ends a sentence or
 * a colon or is an item itself, or the next line carries the next number. Elsewhere it is a
 * figure a hard wrap put at the start of a line ('the toll had risen to\n14. Police said').
 */
function listMarker(raw: string, lines: Line[], i: number, previousItem: boolean): string | null {
  const number = markerNumber(raw, lines[i]!)
  if (number === null) return null
  if (number.value === null || i === 0 || previousItem) return number.marker
  const previous = lines[i - 1]!
  if (endsClosed(raw, previous) || lastVisible(raw, previous) === ':') return number.marker
  const next = lines[i + 1]
  const following = next === undefined ? null : markerNumber(raw, next)
  return following !== null && following.value === number.value + 1 ? number.marker : null
}

/** A line's list marker and its number (null for a bullet), or null when it has none. */
function markerNumber(raw: string, line: Line): { marker: string; value: number | null } | null {
  const found = line.end - line.start <= 4096 ? TEXT_LIST_MARKER.exec(raw.slice(line.start, line.end)) : null
  if (found === null) return null
  const value = Number.parseInt(found[0], 10)
  return { marker: found[0], value: Number.isNaN(value) ? null : value }
}

/**
 * True when a paragraph's lines look hard-wrapped (most lines but the last nearly as long as the
 * longest), as opposed to a list of separate short lines (a video list, a share bar).
 */
function isWrapped(raw: string, lines: Line[], longest: number): boolean {
  let long = 0
  for (let i = 0; i < lines.length - 1; i++) if (trimmedLength(raw, lines[i]!) >= 0.75 * longest) long++
  return long >= 0.6 * (lines.length - 1)
}

function push(blocks: Block[], raw: string, kind: BlockKind, start: number, end: number): void {
  const content = foldRawSlice(raw, start, end)
  if (content.text.length > 0) blocks.push({ kind, content, citations: [], markup: [] })
}

function isBlank(raw: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isFoldableSpace(raw.charCodeAt(i))) return false
  return true
}

function trimmedLength(raw: string, line: Line): number {
  let start = line.start
  let end = line.end
  while (start < end && isFoldableSpace(raw.charCodeAt(start))) start++
  while (end > start && isFoldableSpace(raw.charCodeAt(end - 1))) end--
  return end - start
}

/** Last visible character of a line, or '' for an empty one. */
function lastVisible(raw: string, line: Line): string {
  let end = line.end
  while (end > line.start && isFoldableSpace(raw.charCodeAt(end - 1))) end--
  return end > line.start ? raw.charAt(end - 1) : ''
}

function endsClosed(raw: string, line: Line): boolean {
  let end = line.end
  while (end > line.start && isFoldableSpace(raw.charCodeAt(end - 1))) end--
  while (end > line.start && CLOSERS.has(raw.charAt(end - 1))) end--
  return end > line.start && TERMINALS.has(raw.charAt(end - 1))
}

const TERMINALS = new Set(['.', '!', '?', '…', '。', '！', '？', '؟', '।'])
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»', '*', '_'])
const NOT_HEADING_ENDINGS = new Set([...TERMINALS, ',', ';', ':', '-', '–', '—', '(', '“', '‘'])

function isHeadingLike(raw: string, line: Line, text: string): boolean {
  const length = trimmedLength(raw, line)
  if (length === 0 || length > HEADING_MAX_LENGTH) return false
  if (endsClosed(raw, line)) return false
  if (NOT_HEADING_ENDINGS.has(lastVisible(raw, line))) return false
  return text.trim().split(WHITE_SPACE_RUN).length <= HEADING_MAX_WORDS
}

function startsUpper(raw: string, line: Line): boolean {
  let i = line.start
  while (i < line.end && isFoldableSpace(raw.charCodeAt(i))) i++
  const char = raw.charAt(i)
  return char !== '' && char.toLowerCase() !== char ? true : SENTENCE_OPENER.test(char)
}

/** Most longer words capitalised, as in 'Troops March in Moscow'. */
function isTitleLike(text: string): boolean {
  const words = text.trim().split(WHITE_SPACE_RUN)
  let long = 0
  let capitalised = 0
  for (const word of words) {
    if (word.length < 4) continue
    long++
    const first = word.replace(LEADING_NON_ALPHANUMERIC, '').charAt(0)
    if (first !== '' && (first.toLowerCase() !== first || SENTENCE_OPENER.test(first))) capitalised++
  }
  return long === 0 || capitalised / long >= 0.6
}
