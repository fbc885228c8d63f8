import type { CitationKind } from '../types.js'
import {
  ALPHANUMERIC,
  BRACKET_REFERENCE,
  DATELINE,
  GLUED_DIGITS,
  PARENTHESISED_NAME,
  SUPERSCRIPT_DIGITS,
} from './patterns.js'

/**
 * Outlet names that aggregator pages glue to a reference number ('... said AP News2.'). Extend
 * with `options.outletMarkers`.
 */
export const DEFAULT_OUTLETS: readonly string[] = [
  'AP News',
  'AP',
  'Associated Press',
  'Reuters',
  'AFP',
  'BBC',
  'BBC News',
  'CNN',
  'NPR',
  'PBS',
  'NBC News',
  'NBC',
  'CBS News',
  'CBS',
  'ABC News',
  'ABC',
  'Fox News',
  'CNBC',
  'MSNBC',
  'Sky News',
  'The Guardian',
  'Guardian',
  'The Times',
  'The New York Times',
  'New York Times',
  'NYT',
  'The Washington Post',
  'Washington Post',
  'The Wall Street Journal',
  'Wall Street Journal',
  'WSJ',
  'Financial Times',
  'FT',
  'Bloomberg',
  'The Economist',
  'Economist',
  'Politico',
  'Axios',
  'The Hill',
  'USA Today',
  'Los Angeles Times',
  'LA Times',
  'The Independent',
  'Independent',
  'The Telegraph',
  'Telegraph',
  'Daily Mail',
  'The Atlantic',
  'Time',
  'Newsweek',
  'Forbes',
  'Al Jazeera',
  'DW',
  'Deutsche Welle',
  'Euronews',
  'France 24',
  'Le Monde',
  'Der Spiegel',
  'Spiegel',
  'El País',
  'The Kyiv Independent',
  'Kyiv Independent',
  'The Moscow Times',
  'Moscow Times',
  'TASS',
  'RIA Novosti',
  'Interfax',
  'Xinhua',
  'Global Times',
  'South China Morning Post',
  'SCMP',
  'Nikkei Asia',
  'Kyodo',
  'Yonhap',
  'The Hindu',
  'Times of India',
  'ABC Australia',
  'CBC News',
  'CBC',
  'Radio Free Europe',
  'RFE/RL',
  'Voice of America',
  'VOA',
  'Wikipedia',
  'Yahoo News',
  'MSN',
  'Vox',
  'Vice',
  'Semafor',
  'The Conversation',
  'ProPublica',
  'Business Insider',
  'Insider',
  'Newsmax',
  'Breitbart',
  'HuffPost',
]

/** A citation marker found in block text: the text range to remove and what it cites. */
export interface Marker {
  /** Text range of the marker itself (indices into the block text). */
  start: number
  end: number
  /** Text range removed from the statement text (the marker, plus the space before it). */
  removeStart: number
  removeEnd: number
  kind: CitationKind
  source: string
  /**
   * 'outlet' markers may end a sentence glued to the next one ('... CNN1 The parade ...');
   * 'parenthesised' ones ('... alive. (Meridian Wire)') always follow a sentence end.
   */
  family: 'dateline' | 'outlet' | 'parenthesised' | 'bracket' | 'superscript'
}

const SUPERSCRIPT_VALUES: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
}

/** Words after which a superscript digit is a unit power ('km²'), not a reference. */
const UNITS: ReadonlySet<string> = new Set(['m', 'km', 'cm', 'mm', 'ft', 'in', 'mi', 'yd', 'sq', 'x', 'n'])

/**
 * Finds the citation markers of one block's text, in text order and without overlaps: a
 * dateline at the start ('PORT ALDER (Reuters) - '), outlet names glued to a number
 * ('AP News2', from `outlets`), a parenthesised outlet right after a sentence end
 * ('... alive. (Meridian Wire)', as aggregator pages credit items), bracketed references ('[1]', '[^2]') and superscript digits.
 *
 * @example
 * findMarkers('Troops marched, AP News2.', DEFAULT_OUTLETS).map((m) => [m.source, m.start, m.end])
 * //=> [['AP News', 16, 24]]
 */
export function findMarkers(text: string, outlets: readonly string[]): Marker[] {
  const markers: Marker[] = []
  const dateline = DATELINE.exec(text.length > 200 ? text.slice(0, 200) : text)
  if (dateline !== null) {
    const agencyAt = dateline[0].lastIndexOf('(')
    markers.push({
      start: 0,
      end: dateline[0].trimEnd().length,
      removeStart: 0,
      removeEnd: dateline[0].length,
      kind: 'marker',
      source: dateline[1] ?? text.slice(agencyAt + 1, dateline[0].lastIndexOf(')')),
      family: 'dateline',
    })
  }
  findOutletMarkers(text, outlets, markers)
  findParenthesisedOutlets(text, outlets, markers)
  findPatternMarkers(text, BRACKET_REFERENCE, 'bracket', markers)
  findPatternMarkers(text, SUPERSCRIPT_DIGITS, 'superscript', markers)
  markers.sort((a, b) => a.start - b.start)
  const kept: Marker[] = []
  for (const marker of markers) {
    const last = kept[kept.length - 1]
    if (last !== undefined && marker.start < last.end) continue
    kept.push(marker)
  }
  return kept
}

function findOutletMarkers(text: string, outlets: readonly string[], into: Marker[]): void {
  const byLength = [...new Set(outlets)].filter((name) => name.length > 0).sort((a, b) => b.length - a.length)
  GLUED_DIGITS.lastIndex = 0
  for (let match = GLUED_DIGITS.exec(text); match !== null; match = GLUED_DIGITS.exec(text)) {
    const digits = match[1] ?? ''
    const digitsAt = match.index + match[0].length - digits.length
    const end = digitsAt + digits.length
    const name = byLength.find((outlet) => {
      const start = digitsAt - outlet.length
      return (
        start >= 0 &&
        text.startsWith(outlet, start) &&
        (start === 0 || !ALPHANUMERIC.test(text.charAt(start - 1)))
      )
    })
    if (name === undefined || !endsPhrase(text, end)) continue
    const start = digitsAt - name.length
    into.push({
      start,
      end,
      removeStart: start > 0 && text.charAt(start - 1) === ' ' ? start - 1 : start,
      removeEnd: end,
      kind: 'marker',
      source: name,
      family: 'outlet',
    })
  }
}

/** Closing quotes and brackets that may stand between a sentence's full stop and a marker. */
const CLOSERS = '"\'”’)]'

/** Sentence-ending punctuation a parenthesised outlet marker must follow. */
const TERMINALS = '.!?…'

function findParenthesisedOutlets(text: string, outlets: readonly string[], into: Marker[]): void {
  if (text.indexOf('(') < 0) return
  const known = new Set(outlets)
  PARENTHESISED_NAME.lastIndex = 0
  for (let match = PARENTHESISED_NAME.exec(text); match !== null; match = PARENTHESISED_NAME.exec(text)) {
    const start = match.index
    const end = start + match[0].length
    const name = (match[1] ?? '').trim()
    if (!known.has(name) || !followsSentenceEnd(text, start)) continue
    if (end < text.length && text.charAt(end) !== ' ') continue
    into.push({
      start,
      end,
      removeStart: text.charAt(start - 1) === ' ' ? start - 1 : start,
      removeEnd: end,
      kind: 'marker',
      source: name,
      family: 'parenthesised',
    })
  }
}

/**
 * The parenthesised outlet that is the whole of a block's text ('(Meridian Wire)' on a line or
 * in a paragraph of its own), as a marker, or null. The caller decides whether a sentence end
 * comes right before it (the previous block's last statement).
 *
 * @example
 * standaloneOutletMarker('(Reuters)', DEFAULT_OUTLETS)?.source //=> 'Reuters'
 */
export function standaloneOutletMarker(text: string, outlets: readonly string[]): Marker | null {
  if (text.charAt(0) !== '(' || text.charAt(text.length - 1) !== ')') return null
  PARENTHESISED_NAME.lastIndex = 0
  const match = PARENTHESISED_NAME.exec(text)
  if (match === null || match.index !== 0 || match[0].length !== text.length) return null
  const name = (match[1] ?? '').trim()
  if (!outlets.includes(name)) return null
  const end = text.length
  return {
    start: 0,
    end,
    removeStart: 0,
    removeEnd: end,
    kind: 'marker',
    source: name,
    family: 'parenthesised',
  }
}

/** True when `at` follows terminal punctuation (then optional closers and spaces). */
function followsSentenceEnd(text: string, at: number): boolean {
  let index = at - 1
  while (index >= 0 && text.charAt(index) === ' ') index--
  while (index >= 0 && CLOSERS.includes(text.charAt(index))) index--
  return index >= 0 && TERMINALS.includes(text.charAt(index))
}

/** True when a marker ending at `end` closes a phrase: punctuation, the end, or a new sentence. */
function endsPhrase(text: string, end: number): boolean {
  if (end >= text.length) return true
  const char = text.charAt(end)
  if (char !== ' ') return true
  const next = text.charAt(end + 1)
  return next.toLowerCase() !== next || next === '"' || next === '“' || next === '(' || next === '['
}

function findPatternMarkers(
  text: string,
  pattern: RegExp,
  family: 'bracket' | 'superscript',
  into: Marker[],
): void {
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const start = match.index
    const end = start + match[0].length
    if (family === 'superscript' && !isReferenceSuperscript(text, start)) continue
    const label = family === 'bracket' ? (match[1] ?? '').replace('^', '') : superscriptValue(match[0])
    into.push({
      start,
      end,
      removeStart: start > 0 && text.charAt(start - 1) === ' ' ? start - 1 : start,
      removeEnd: end,
      kind: 'footnote',
      source: label,
      family,
    })
  }
}

function isReferenceSuperscript(text: string, at: number): boolean {
  if (at === 0) return false
  let wordStart = at
  while (wordStart > 0 && at - wordStart < 40 && ALPHANUMERIC.test(text.charAt(wordStart - 1))) wordStart--
  if (wordStart === at) return at > 0 && text.charAt(at - 1) !== ' '
  return !UNITS.has(text.slice(wordStart, at).toLowerCase())
}

function superscriptValue(run: string): string {
  let value = ''
  for (const char of run) value += SUPERSCRIPT_VALUES[char] ?? ''
  return value
}
