// Finding who speaks: the named person or organisation, or the unnamed collective
// ('officials', 'police'), next to a reporting verb.

import { demonyms } from './entities/lexicon.js'
import { nameEndingAt, namesAt } from './extractors/name.js'
import {
  collectiveSources,
  leadingArticlePattern,
  possessivePattern,
  pronounPattern,
  toldObjectPattern,
} from './patterns.js'
import { type Word, wordsAfter, wordsBefore } from './text-utils.js'

/** A source and where its name stands. */
export interface Source {
  name: string
  start: number
  end: number
}

/** Common nouns that name an institution when modified: "Ukraine's foreign ministry". */
const institutionNouns = new Set([
  'ministry',
  'government',
  'army',
  'military',
  'embassy',
  'agency',
  'office',
  'department',
  'council',
  'committee',
  'court',
  'company',
  'firm',
  'regulator',
  'watchdog',
  'bank',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'service',
  'command',
  'authority',
  'mission',
  'operator',
  'utility',
  'airline',
  'club',
  'party',
  'campaign',
])

/** Words that name which institution: 'foreign', 'health', 'interior'. */
const institutionModifiers = new Set([
  'foreign',
  'health',
  'interior',
  'defence',
  'defense',
  'finance',
  'economy',
  'energy',
  'justice',
  'education',
  'transport',
  'environment',
  'emergency',
  'emergencies',
  'central',
  'national',
  'regional',
  'local',
  'federal',
  'state',
  'city',
  'statistics',
  'weather',
  'space',
  'border',
  'coast',
  'electoral',
  'election',
  'public',
  'prosecutor',
  "prosecutor's",
  'general',
  'supreme',
  'constitutional',
  'the',
])

/** Adjectives that stay with a collective source: 'local officials', 'Ukrainian officials'. */
const sourceAdjectives = new Set([
  'local',
  'senior',
  'health',
  'military',
  'security',
  'government',
  'regional',
  'federal',
  'state',
  'city',
  'emergency',
  'rescue',
  'hospital',
  'election',
  'western',
  'us',
  'u.s.',
  'eu',
  'un',
  'un.',
  'nato',
  'kremlin',
  'defence',
  'defense',
  'intelligence',
  'police',
  'ministry',
  'company',
  'party',
  'campaign',
  'industry',
  'independent',
  'anonymous',
  'two',
  'three',
  'several',
  'other',
])

/**
 * The source named right before `position` ('Ortiz' in 'Ortiz told', 'officials' in
 * 'local officials said'), or null (pronouns name nobody).
 */
export function sourceBefore(text: string, position: number): Source | null {
  let end = position
  while (end > 0 && text[end - 1] === ' ') end--
  // 'Mr. Ortiz, 54, said' / 'Dr. Elena Marsh, a fellow at the institute, said': skip the apposition.
  if (text[end - 1] === ',') {
    const opening = text.lastIndexOf(', ', end - 2)
    if (opening !== -1 && end - opening < 90) {
      const named = sourceBefore(text, opening)
      if (named !== null) return named
    }
    return null
  }
  const words = wordsBefore(text, end, 4)
  const near = words[0]
  if (near === undefined || near.end !== end) return null
  if (pronounPattern.test(near.text)) return null
  for (const size of [3, 2, 1]) {
    const phrase = words.slice(0, size).reverse()
    if (phrase.length < size) continue
    const joined = phrase.map((word) => word.text).join(' ')
    if (collectiveSources.test(joined)) {
      const adjective = words[size]
      if (
        adjective !== undefined &&
        adjective.end === phrase[0]!.start - 1 &&
        isSourceAdjective(adjective.text)
      ) {
        return { name: `${adjective.text} ${joined}`, start: adjective.start, end }
      }
      return { name: joined.replace(leadingArticlePattern, ''), start: phrase[0]!.start, end }
    }
  }
  const institution = institutionBefore(words, end)
  if (institution !== null) return institution
  const named = nameEndingAt(text, end)
  if (named === null || named.kind === 'place') return null
  return { name: String(named.value), start: named.start, end: named.end }
}

/** The source named right after `position` ('Dr. Elena Suponina' in 'said Dr. Elena Suponina'). */
export function sourceAfter(text: string, position: number): Source | null {
  let start = position
  while (text[start] === ' ') start++
  const words = wordsAfter(text, start, 3)
  const first = words[0]
  if (first === undefined || first.start !== start || pronounPattern.test(first.text)) return null
  for (const size of [3, 2, 1]) {
    const phrase = words.slice(0, size)
    if (phrase.length < size) continue
    const joined = phrase.map((word) => word.text).join(' ')
    if (collectiveSources.test(joined)) {
      return { name: joined.replace(leadingArticlePattern, ''), start, end: phrase[size - 1]!.end }
    }
  }
  const names = namesAt(text, start)
  const named = names?.find((name) => name.kind !== 'place') ?? names?.[0]
  if (named === undefined || named.kind === 'place') return null
  return { name: String(named.value), start: named.start, end: named.end }
}

/** The full cue for a reporting verb at `end`: 'told reporters', 'told Reuters', or the verb. */
export function cueOf(verb: string, text: string, end: number): { cue: string; end: number } {
  const lower = verb.toLowerCase()
  if (lower !== 'told') return { cue: lower, end }
  const object = toldObjectPattern.exec(text.slice(end, end + 60))
  if (object === null) return { cue: lower, end }
  return { cue: `told ${object[1]}`, end: end + object[0].length }
}

/**
 * An institution named by a common noun with its modifiers: "Ukraine's foreign ministry",
 * 'the health ministry', 'the state regulator' (words nearest first).
 */
function institutionBefore(words: Word[], end: number): Source | null {
  const head = words[0]
  if (head === undefined || !institutionNouns.has(head.text.toLowerCase())) return null
  let first = head
  for (const word of words.slice(1, 3)) {
    if (word.end !== first.start - 1) break
    const lower = word.text.toLowerCase()
    if (
      !(possessivePattern.test(word.text) || isSourceAdjective(word.text) || institutionModifiers.has(lower))
    )
      break
    first = word
  }
  if (first === head) return null
  const name = words
    .slice(0, words.indexOf(first) + 1)
    .reverse()
    .map((word) => word.text)
    .join(' ')
    .replace(leadingArticlePattern, '')
  return { name, start: first.start, end }
}

function isSourceAdjective(word: string): boolean {
  const lower = word.toLowerCase()
  return sourceAdjectives.has(lower) || demonyms.has(lower)
}
