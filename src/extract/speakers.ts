// Finding who speaks: the named person or organisation, or the unnamed collective
// ('officials', 'police'), next to a reporting verb.

import { demonyms, institutionNouns } from './entities/lexicon.js'
import { nameEndingAt, namesAt } from './extractors/name.js'
import {
  collectiveSources,
  leadingArticlePattern,
  possessivePattern,
  pronounPattern,
  sourceDeterminerPattern,
  sourcePhraseBreakPattern,
  sourceVerbGapPattern,
  speakingPronounPattern,
  toldObjectPattern,
} from './patterns.js'
import { type Word, wordsAfter, wordsBefore } from './text-utils.js'

/** A source and where its name stands. */
export interface Source {
  name: string
  start: number
  end: number
}

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
 * 'local officials said', 'harbour master' in 'the harbour master said'), or null (pronouns
 * name nobody: see `pronounBefore`). Adverbs and auxiliaries between the source and the verb
 * are passed over ('Police later said', 'The ministry has said'). `titleCaseLines` is the
 * statement's memo (`StatementContext`).
 */
export function sourceBefore(
  text: string,
  position: number,
  titleCaseLines: Map<number, boolean>,
): Source | null {
  const end = skipVerbGap(text, position)
  // 'Mr. Ortiz, 54, said' / 'Dr. Elena Marsh, a fellow at the institute, said': skip the apposition.
  if (text[end - 1] === ',') {
    const opening = text.lastIndexOf(', ', end - 2)
    if (opening !== -1 && end - opening < 90) {
      // 'The harbour master, Ines Varga, said': the person named in the apposition speaks.
      const inner = nameEndingAt(text, end - 1, titleCaseLines)
      if (inner !== null && inner.kind === 'person' && inner.start === opening + 2) {
        return { name: String(inner.value), start: inner.start, end: inner.end }
      }
      const named = sourceBefore(text, opening, titleCaseLines)
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
      return withOwner(text, {
        name: joined.replace(leadingArticlePattern, ''),
        start: phrase[0]!.start,
        end,
      })
    }
  }
  const institution = institutionBefore(words, end)
  if (institution !== null) return withOwner(text, institution)
  const named = nameEndingAt(text, end, titleCaseLines)
  if (named !== null) {
    if (named.kind !== 'place') return { name: String(named.value), start: named.start, end: named.end }
    return placedSource(text, named.start, end, titleCaseLines)
  }
  const common = commonNounBefore(text, end)
  return common === null ? null : withOwner(text, common)
}

/** 'Police in Port Calloway', 'officials in the capital': a source, then where it is. */
function placedSource(
  text: string,
  placeStart: number,
  end: number,
  titleCaseLines: Map<number, boolean>,
): Source | null {
  const preposition = wordsBefore(text, placeStart, 1)[0]
  if (preposition === undefined || preposition.end !== placeStart - 1 || preposition.text !== 'in')
    return null
  const source = sourceBefore(text, preposition.start - 1, titleCaseLines)
  if (source === null || source.end !== preposition.start - 1) return null
  return { name: `${source.name}${text.slice(source.end, end)}`, start: source.start, end }
}

/**
 * A pronoun right before `position` that reports speech ('he' in 'he said', 'She' in 'She
 * told reporters'), or null. Its name is the pronoun in lower case; `resolvePronouns` later
 * gives it the speaker it refers back to.
 */
export function pronounBefore(text: string, position: number): Source | null {
  const end = skipVerbGap(text, position)
  const near = wordsBefore(text, end, 1)[0]
  if (near === undefined || near.end !== end || !speakingPronounPattern.test(near.text)) return null
  return { name: near.text.toLowerCase(), start: near.start, end: near.end }
}

/** Where the source before a verb at `position` ends: spaces, 'also', 'later', 'has' passed over. */
function skipVerbGap(text: string, position: number): number {
  let end = position
  while (end > 0 && text[end - 1] === ' ') end--
  for (let skipped = 0; skipped < 2; skipped++) {
    const word = wordsBefore(text, end, 1)[0]
    if (word === undefined || word.end !== end || !sourceVerbGapPattern.test(word.text)) break
    let before = word.start
    while (before > 0 && text[before - 1] === ' ') before--
    if (before === word.start) break
    end = before
  }
  return end
}

/**
 * A source named by a common noun after a determiner: 'the harbour master', 'a police
 * officer', "the city's fire chief", 'one witness' (at most three modifiers before the head
 * noun; no verb, pronoun, preposition or conjunction inside). The name leaves out a leading
 * article: 'the harbour master' -> 'harbour master'.
 */
function commonNounBefore(text: string, end: number): Source | null {
  const words = wordsBefore(text, end, 5)
  const head = words[0]
  if (head === undefined || head.end !== end || !isPhraseWord(head.text)) return null
  if (sourceDeterminerPattern.test(head.text)) return null
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!
    if (word.end !== words[i - 1]!.start - 1) return null
    if (sourceDeterminerPattern.test(word.text)) {
      const first = words[i - 1]!
      const name = text.slice(first.start, end)
      return {
        name: leadingArticlePattern.test(`${word.text} `) ? name : `${word.text} ${name}`,
        start: word.start,
        end,
      }
    }
    if (i > 3 || !isPhraseWord(word.text)) return null
  }
  return null
}

/** A word that can be part of a common-noun source: letters, no function word, no -ly adverb. */
function isPhraseWord(word: string): boolean {
  return !sourcePhraseBreakPattern.test(word) && !word.endsWith('ly') && !pronounPattern.test(word)
}

/** Speakers for an institution or group: 'a spokeswoman for the council', 'an official at the ministry'. */
const ownedRoles = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'officials',
  'officer',
  'representative',
  'member',
  'members',
  'head',
  'chief',
  'director',
  'lawyer',
  'adviser',
  'advisor',
  'aide',
  'source',
  'sources',
  'engineer',
  'employee',
  'employees',
  'doctor',
])

/**
 * 'a spokeswoman for the council': the role that speaks for a common-noun source, with the
 * source ('spokeswoman for the council'), when one stands before it; else the source itself.
 */
function withOwner(text: string, source: Source): Source {
  const preposition = wordsBefore(text, source.start, 1)[0]
  if (preposition === undefined || preposition.end !== source.start - 1) return source
  const lower = preposition.text.toLowerCase()
  if (lower !== 'for' && lower !== 'of' && lower !== 'at' && lower !== 'from' && lower !== 'with')
    return source
  const owner = commonNounBefore(text, preposition.start - 1)
  if (owner === null) return source
  const head = owner.name.slice(owner.name.lastIndexOf(' ') + 1).toLowerCase()
  if (!ownedRoles.has(head)) return source
  const ownerName = text.slice(owner.end - owner.name.length, owner.end)
  return { name: `${ownerName}${text.slice(owner.end, source.end)}`, start: owner.start, end: source.end }
}

/** The source named right after `position` ('Dr. Elena Suponina' in 'said Dr. Elena Suponina'). */
export function sourceAfter(
  text: string,
  position: number,
  titleCaseLines: Map<number, boolean>,
  afterQuote = false,
): Source | null {
  let start = position
  while (text[start] === ' ') start++
  const words = wordsAfter(text, start, 3)
  const first = words[0]
  if (first === undefined || first.start !== start || pronounPattern.test(first.text)) return null
  // 'police chief Carla Moss': a role that opens with a collective word still names a person.
  if (first.text === first.text.toLowerCase()) {
    const role = roleAfter(text, words, titleCaseLines, afterQuote)
    if (role !== null && capitalInitial(role.name[0])) return role
  }
  for (const size of [3, 2, 1]) {
    const phrase = words.slice(0, size)
    if (phrase.length < size) continue
    const joined = phrase.map((word) => word.text).join(' ')
    if (collectiveSources.test(joined)) {
      return { name: joined.replace(leadingArticlePattern, ''), start, end: phrase[size - 1]!.end }
    }
  }
  if (first.text === first.text.toLowerCase()) return roleAfter(text, words, titleCaseLines, afterQuote)
  return personAt(text, start, titleCaseLines)
}

/** The person or organisation whose name starts at `start`, or null (places name no speaker). */
function personAt(text: string, start: number, titleCaseLines: Map<number, boolean>): Source | null {
  const names = namesAt(text, start, titleCaseLines)
  const named = names?.find((name) => name.kind !== 'place') ?? names?.[0]
  if (named === undefined || named.kind === 'place') return null
  return { name: String(named.value), start: named.start, end: named.end }
}

/** Most lower-case words of a role before a name or after an article: 'council treasurer'. */
const MAX_ROLE_WORDS = 3

/**
 * A source after an inverted cue that starts in lower case: a role before a name ('shopkeeper
 * Amy Tran', 'opposition leader Rhea Collins': the person), or an article and a role that ends
 * the clause ('the mayor.', 'the fire chief,': the role without its article). `words` are the
 * first words after the cue.
 */
function roleAfter(
  text: string,
  words: Word[],
  titleCaseLines: Map<number, boolean>,
  afterQuote: boolean,
): Source | null {
  const first = words[0]!
  const article = leadingArticlePattern.test(`${first.text} `)
  const roleStart = article ? first.end + 1 : first.start
  const role = wordsAfter(text, roleStart, MAX_ROLE_WORDS + 1)
  let last: Word | null = null
  for (const word of role.slice(0, MAX_ROLE_WORDS)) {
    if (last !== null && word.start !== last.end + 1) break
    if (word.text !== word.text.toLowerCase() || !isPhraseWord(word.text)) break
    // 'a defence official speaking on condition', 'the actress checked into': a participle
    // or a verb ends the role.
    if (last !== null && participleEndPattern.test(word.text)) break
    last = word
  }
  if (last === null || role[0]!.start !== roleStart) return null
  const after = last.end + 1
  if (text[last.end] === ' ' && capitalInitial(text[after])) {
    const person = personAt(text, after, titleCaseLines)
    if (person !== null) return person
  }
  // 'asked the mayor.': the role is the source when the clause ends with it; after a quotation
  // it may go on with where the speaker stands or what they are doing ('yelled a guard at the
  // gate', 'said a defence official speaking on condition of anonymity').
  if (!article) return null
  if (!clauseEnds(text, last.end) && !(afterQuote && goesOnAfterRole(text, last.end))) return null
  return { name: text.slice(roleStart, last.end), start: first.start, end: last.end }
}

function capitalInitial(char: string | undefined): boolean {
  return char !== undefined && char !== char.toLowerCase()
}

/** A word ending in '-ing' or '-ed': a participle or a past tense after a role. */
const participleEndPattern = /(?:ing|ed)$/

/**
 * True when a preposition of place (' at the gate', ' on the bridge') or a participle (' speaking
 * on condition') follows the space at `at`.
 */
function goesOnAfterRole(text: string, at: number): boolean {
  if (text[at] !== ' ') return false
  const word = wordsAfter(text, at + 1, 1)[0]
  if (word === undefined || word.start !== at + 1) return false
  return PLACE_PREPOSITIONS.has(word.text) || word.text.endsWith('ing')
}

/** Prepositions that say where an unnamed speaker stands. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'at',
  'on',
  'in',
  'near',
  'outside',
  'inside',
  'behind',
  'from',
  'into',
  'across',
  'over',
  'through',
  'towards',
])

/** True when the clause ends at `at`: punctuation or the end of the text. */
function clauseEnds(text: string, at: number): boolean {
  const char = text[at]
  return char === undefined || char === '.' || char === ',' || char === ';' || char === '!' || char === '?'
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
