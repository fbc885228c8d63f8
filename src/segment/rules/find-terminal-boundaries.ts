import type { Language } from '../../language/language.js'
import type { Boundary, SentenceContext } from '../boundaries.js'
import { ADDRESS_PART } from '../patterns.js'
import { isLower, isUpper, opensSentence, wordAt } from '../words.js'

/** Sentence-final punctuation that needs a space after it ('.', '!', '?', '…', Arabic '؟', Devanagari '।'). */
const TERMINALS = new Set(['.', '!', '?', '…', '‽', '؟', '।', '॥', '։'])
/** Full-width punctuation of Chinese and Japanese, which ends a sentence without a space. */
const FULL_WIDTH = new Set(['。', '！', '？'])
/**
 * Any character of `TERMINALS` or `FULL_WIDTH` (keep the three in step; all are single UTF-16
 * units): the scan jumps from one to the next instead of testing both sets at every character.
 */
const TERMINAL_ANYWHERE = /[.!?…‽؟।॥։。！？]/g
/** Closing quotes and brackets that stay with the sentence they close. */
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»', '›'])
/** Characters that cannot open a sentence after a boundary (spaced ellipses, stray punctuation). */
const NOT_OPENING = new Set(['.', ',', ';', ':', '…', ')', ']', '}', '!', '?'])

/**
 * Finds every candidate boundary: a run of terminal punctuation ('.', '?!', '...'), with the
 * closing quotes, brackets and reference markers right after it, followed by a space and a
 * character that can open a sentence (not a lower-case letter), or glued to a capitalised word
 * ('Friday.Rescuers'). Later rules remove the false ones (abbreviations, initials, quotes).
 *
 * @example
 * import { english } from '../../language/english.js'
 * const context = { text: 'It rained. Roads shut.', markers: [], markerEnds: new Map(), language: english }
 * findTerminalBoundaries([], context) //=> [{ mark: 9, end: 10, next: 11 }] // the text's own end is no boundary to find
 */
export function findTerminalBoundaries(_boundaries: Boundary[], context: SentenceContext): Boundary[] {
  const { text, markerEnds, language } = context
  const found: Boundary[] = []
  let i = 0
  while (i < text.length) {
    TERMINAL_ANYWHERE.lastIndex = i
    if (TERMINAL_ANYWHERE.exec(text) === null) break
    i = TERMINAL_ANYWHERE.lastIndex - 1
    const mark = i
    let fullWidth = false
    while (i < text.length && (TERMINALS.has(text.charAt(i)) || FULL_WIDTH.has(text.charAt(i)))) {
      if (FULL_WIDTH.has(text.charAt(i))) fullWidth = true
      i++
    }
    let end = i
    for (;;) {
      if (end < text.length && CLOSERS.has(text.charAt(end))) end++
      else if (markerEnds.has(end)) end = markerEnds.get(end)!
      else break
    }
    i = Math.max(i, end)
    if (end >= text.length) continue
    if (text.charCodeAt(end) !== 32) {
      if (fullWidth || gluedSentence(text, mark, end)) found.push({ mark, end, next: end })
      continue
    }
    const next = end + 1
    if (next >= text.length) continue
    const opening = text.charAt(next)
    if (NOT_OPENING.has(opening)) continue
    if (
      (insideEllipsis(text, mark) && !opensAfterEllipsis(text, next, language)) ||
      beforeDashAside(text, next)
    )
      continue
    if (isLower(opening) && !opensLetteredItem(text, next)) continue
    found.push({ mark, end, next })
  }
  return found
}

/**
 * True when a sentence starts right after the full stop at `mark` without a space, as copy
 * pasted from a page or a feed does: 'sank on Friday.Rescuers arrived', 'fell 4%.Analysts',
 * 'in 2024.The inquiry', '"We are done."The minister'. Only a lower-case word of two or more
 * letters, a figure or a closing quote before and a capitalised word after ('Ab') count, so
 * 'U.S.', 'Node.js', 'example.com', '3.5' and 'St.Louis' (left to the abbreviation rule) are
 * no boundaries.
 */
function gluedSentence(text: string, mark: number, end: number): boolean {
  // Only closing quotes may stand between the full stop and the next word: '."The'.
  for (let at = mark + 1; at < end; at++) if (!QUOTE_CLOSERS.has(text.charAt(at))) return false
  if (!endsWordOrFigure(text, mark)) return false
  if (!isUpper(text.charAt(end)) || !isLower(text.charAt(end + 1))) return false
  // 'www.Example.com', 'mail@host.Org': part of an address.
  let start = mark
  while (start > 0 && text.charCodeAt(start - 1) !== 32) start--
  const before = text.slice(start, mark)
  if (before.includes('/') || before.includes('@')) return false
  if (before.includes('.') && !GLUED_FIGURE.test(before)) return false
  // 'Amy.Tran@example.com': the address goes on after the capitalised word.
  let tokenEnd = end
  while (tokenEnd < text.length && text.charCodeAt(tokenEnd) !== 32) tokenEnd++
  if (ADDRESS_PART.test(text.slice(end, tokenEnd))) return false
  // 'Acme.Com', 'Gazette.Org': a domain name, not two sentences.
  let after = end
  while (after < text.length && isLower(text.charAt(after + 1))) after++
  return !DOMAIN_ENDINGS.has(text.slice(end, after + 1).toLowerCase())
}

/** Closing quotes that may sit between a glued full stop and the next sentence. */
const QUOTE_CLOSERS: ReadonlySet<string> = new Set(['"', '”', '’'])
/** A figure that may end a sentence glued to the next: '4%', '$5', '2024', '4.5%', '1,200'. */
const GLUED_FIGURE = /^\p{Sc}?\d[\d,.]*%?$/u

/** True when the text before the full stop at `mark` ends a word of two letters or a figure. */
function endsWordOrFigure(text: string, mark: number): boolean {
  const last = text.charAt(mark - 1)
  if (isLower(last)) return isLower(text.charAt(mark - 2))
  return last === '%' || (last >= '0' && last <= '9')
}

/**
 * True when the '.' at `mark` closes a spaced three-dot ellipsis ('the thing is . . . I did'),
 * which marks words left out, mostly inside a sentence; a fourth dot ('. . . .') ends one.
 */
function insideEllipsis(text: string, mark: number): boolean {
  let dots = 1
  let at = mark
  while (at >= 2 && text.charAt(at - 1) === ' ' && text.charAt(at - 2) === '.') {
    dots++
    at -= 2
  }
  return dots === 3
}

/**
 * True when the word at `next` opens a new sentence after a spaced ellipsis: a typical opener
 * ('. . . The room fell silent'), but not the pronoun 'I' ('the thing is . . . I did not').
 */
function opensAfterEllipsis(text: string, next: number, language: Language): boolean {
  const word = wordAt(text, next)
  return (
    word !== 'I' && !word.startsWith("I'") && !word.startsWith('I’') && opensSentence(text, next, language)
  )
}

/** True when a dash and a lower-case word follow at `next`: '-- presto! -- dinner is ready'. */
function beforeDashAside(text: string, next: number): boolean {
  let at = next
  while (at < text.length && DASHES.has(text.charAt(at))) at++
  if (at === next) return false
  if (text.charCodeAt(at) === 32) at++
  return isLower(text.charAt(at))
}

/** Dashes that set off an aside. */
const DASHES: ReadonlySet<string> = new Set(['-', '–', '—'])

/** Top-level domains that a capitalised word glued after a full stop may be ('Acme.Com'). */
const DOMAIN_ENDINGS: ReadonlySet<string> = new Set([
  'com',
  'org',
  'net',
  'gov',
  'edu',
  'info',
  'news',
  'co',
  'io',
  'uk',
  'de',
  'fr',
  'in',
  'au',
  'ca',
])

/** True for a lettered list item at `at`: 'b) Add buses', 'c. Hire wardens'. */
function opensLetteredItem(text: string, at: number): boolean {
  const after = text.charAt(at + 1)
  return (after === ')' || after === '.') && text.charCodeAt(at + 2) === 32
}
