import { diffWords } from 'diff'
import { defaultOptions } from '../options.js'
import { stem, stopwords, tokenize } from '../text/natural.js'
import type { Detail, DiffPart, Statement } from '../types.js'
import { typographicApostrophes, whiteSpace } from './patterns.js'
import type { PairVerdict, Tolerances } from './values.js'
import { sameName } from './values.js'

/** The thresholds `sameQuote` weighs: two word overlaps, and how alike two speakers' names must be. */
export type QuoteThresholds = Pick<Tolerances, 'quoteOverlap' | 'sameSpeakerQuoteOverlap' | 'nameSimilarity'>

/** The words of a quote for comparison: lower case, typographic quotes and dashes folded. */
export function quoteWords(text: string): string[] {
  return tokenize(text.replace(typographicApostrophes, "'"))
    .map((word) => trimApostrophes(word))
    .filter((word) => word !== '')
}

function trimApostrophes(word: string): string {
  let start = 0
  let end = word.length
  while (start < end && word[start] === "'") start++
  while (end > start && word[end - 1] === "'") end--
  return word.slice(start, end)
}

/** The content-word stems of a quote. */
function quoteStems(text: string): Set<string> {
  const stems = new Set<string>()
  for (const word of quoteWords(text)) {
    if (!stopwords.has(word)) stems.add(stem(word))
  }
  if (stems.size === 0) for (const word of quoteWords(text)) stems.add(word)
  return stems
}

/**
 * Jaccard overlap of two quotes' content-word stems, 0..1.
 *
 * @example
 * quoteOverlap('We will rebuild every home', 'We will rebuild all the homes') //=> 0.75
 */
export function quoteOverlap(a: string, b: string): number {
  const left = quoteStems(a)
  const right = quoteStems(b)
  if (left.size === 0 || right.size === 0) return 0
  let shared = 0
  for (const term of left) if (right.has(term)) shared++
  return shared / (left.size + right.size - shared)
}

/**
 * The quoted words of a quote detail (its value when a string, else its text) without the
 * quote marks and punctuation around them, which word comparison ignores anyway.
 *
 * @example
 * quoteText({ kind: 'quote', value: 'We will rebuild every home,', ... }) //=> 'We will rebuild every home'
 */
export function quoteText(detail: Detail): string {
  const text = typeof detail.value === 'string' ? detail.value : detail.text
  let start = 0
  let end = text.length
  while (start < end && edgePunctuation.has(text[start]!)) start++
  while (end > start && edgePunctuation.has(text[end - 1]!)) end--
  return text.slice(start, end)
}

// Quote marks, white space and sentence punctuation at either end of a quote (a loop, not a
// regular expression: a trailing-run pattern would backtrack on long runs of dots).
const edgePunctuation: ReadonlySet<string> = new Set([
  ...' \t\n\r"\'\u201c\u201d\u2018\u2019\u00ab\u00bb,.;:!?\u2026-',
])

/**
 * Who said a quote: the quote's own `speaker`, else the one person the statement attributes
 * words to (attribution details and 'said'/'quote' citations), else undefined. '"The current
 * was faster," harbour master Ines Varga told the Gazette.' -> 'Ines Varga' even when the
 * extract stage left the quote's speaker empty. Two different speakers in the statement:
 * undefined, because there is no telling whose the quote is.
 *
 * @example
 * speakerOf(quoteDetail, statement) //=> 'Ines Varga'
 */
export function speakerOf(
  detail: Detail,
  statement: Statement | undefined,
  nameSimilarity: number = defaultOptions.nameSimilarity,
): string | undefined {
  if (detail.speaker !== undefined && detail.speaker.trim() !== '') return detail.speaker
  if (statement === undefined) return undefined
  const named: string[] = []
  for (const other of statement.details) {
    if (other.kind !== 'attribution') continue
    const name = other.speaker ?? (typeof other.value === 'string' ? other.value : undefined)
    if (name !== undefined && name.trim() !== '') named.push(name)
  }
  for (const citation of statement.citations) {
    if ((citation.kind === 'said' || citation.kind === 'quote') && citation.source.trim() !== '') {
      named.push(citation.source)
    }
  }
  const first = named[0]
  if (first === undefined) return undefined
  return named.every((name) => sameName(name, first, nameSimilarity)) ? first : undefined
}

/**
 * How surely two quotes are the same quote, given their speakers (see `speakerOf`): 0 when
 * they are not, else 1 + their word overlap (so that, of several candidates, the closest
 * wording wins). Quotes whose speakers are both known and differ are not the same quote.
 * Quotes by the same speaker (or an alias: 'Mayor Ana Ortiz', 'Ortiz') are when their words
 * overlap by `sameSpeakerQuoteOverlap` (default 0.2: lower, because the speaker already ties
 * them; not zero, because one person's two remarks 'We will rebuild' and 'Nobody is leaving'
 * are not a misquote of each other); otherwise their words must overlap by `quoteOverlap`
 * (default 0.5: half the distinct words shared; below it two quotes are different sayings and
 * each stays unique). Thresholds default to the option defaults.
 *
 * @example
 * sameQuote({ text: 'The current was running faster than ever', speaker: 'Ines Varga' },
 *           { text: 'The current was faster than we have seen', speaker: 'Varga' }) //=> 1.4 (above 0: the same quote)
 */
export function sameQuote(
  a: { text: string; speaker: string | undefined },
  b: { text: string; speaker: string | undefined },
  thresholds: QuoteThresholds = defaultOptions,
): number {
  const overlap = quoteOverlap(a.text, b.text)
  if (a.speaker !== undefined && b.speaker !== undefined) {
    if (!sameName(a.speaker, b.speaker, thresholds.nameSimilarity)) return 0
    return overlap >= thresholds.sameSpeakerQuoteOverlap ? 1 + overlap : 0
  }
  return overlap >= thresholds.quoteOverlap ? 1 + overlap : 0
}

/**
 * Verdict on two versions of one quote, word by word. Identical words (case, punctuation and
 * typographic quotes aside) -> `agree`. One a contiguous part of the other (a partial quote)
 * -> `compatible`. Anything else is reworded -> `diverge`, a misquote, with the jsdiff word
 * diff from `a` to `b`.
 *
 * @example
 * compareQuotes('We will rebuild every home', 'We will rebuild all homes').diff
 * //=> [{ value: 'We will rebuild ' }, { value: 'every home', removed: true }, { value: 'all homes', added: true }]
 */
export function compareQuotes(a: string, b: string): PairVerdict & { diff: DiffPart[] | null } {
  const left = quoteWords(a)
  const right = quoteWords(b)
  if (left.join(' ') === right.join(' ')) {
    return { status: 'agree', reason: 'Both outlets quote the same words.', diff: null }
  }
  const [short, long] = left.length <= right.length ? [left, right] : [right, left]
  if (short.length > 0 && ` ${long.join(' ')} `.includes(` ${short.join(' ')} `)) {
    return { status: 'compatible', reason: 'One outlet quotes only part of the same words.', diff: null }
  }
  return { status: 'diverge', reason: 'The outlets quote different words.', diff: wordDiff(a, b) }
}

/** The jsdiff word diff from `a` to `b`, as plain `DiffPart`s (flags only when set). */
export function wordDiff(a: string, b: string): DiffPart[] {
  return diffWords(a, b, { ignoreCase: true }).map((change) => {
    const part: DiffPart = { value: change.value }
    if (change.added) part.added = true
    if (change.removed) part.removed = true
    return part
  })
}

/**
 * A short rendering of a word diff for a one-line message: changed words as `[-old-]` and
 * `[+new+]`, with at most `context` unchanged words around each change and '...' for the rest.
 *
 * @example
 * briefDiff(wordDiff('We will rebuild every home', 'We will rebuild all homes'))
 * //=> '... will rebuild [-every home-] [+all homes+]'
 */
export function briefDiff(parts: readonly DiffPart[], context = 2): string {
  const pieces: string[] = []
  parts.forEach((part, index) => {
    const words = part.value
      .trim()
      .split(whiteSpace)
      .filter((word) => word !== '')
    if (words.length === 0) return
    if (part.removed) pieces.push(`[-${words.join(' ')}-]`)
    else if (part.added) pieces.push(`[+${words.join(' ')}+]`)
    else {
      const first = index === 0
      const last = index === parts.length - 1
      const keepHead = first ? 0 : context
      const keepTail = last ? 0 : context
      if (words.length <= keepHead + keepTail) pieces.push(words.join(' '))
      else {
        if (keepHead > 0) pieces.push(words.slice(0, keepHead).join(' '))
        pieces.push('...')
        if (keepTail > 0) pieces.push(words.slice(-keepTail).join(' '))
      }
    }
  })
  return pieces.join(' ')
}
