import { diffModule } from '#lazy-modules'
import { knownOrganizations, organizationCues } from '../extract/entities/lexicon.js'
import { parseNumber } from '../extract/numbers-in-words.js'
import { defaultOptions } from '../options.js'
import { diffVersions } from '../text/diff-versions.js'
import { stem, stopwords, tokenize } from '../text/natural.js'
import { isRareOrUnlisted, wordZipf } from '../text/rarity.js'
import type { Detail, DiffPart, Statement } from '../types.js'
import {
  editorialInsertion,
  elision,
  quoteToken,
  quoteTokenJoiner,
  spacedQuoteToken,
  whiteSpace,
} from './patterns.js'
import type { PairVerdict, Tolerances } from './values.js'
import { nameKey, sameName } from './values.js'

/** The thresholds `sameQuote` weighs: two word overlaps, and how alike two speakers' names must be. */
export type QuoteThresholds = Pick<Tolerances, 'quoteOverlap' | 'sameSpeakerQuoteOverlap' | 'nameSimilarity'>

/**
 * The words of a quote for comparison: lower case, typographic quotes folded (`tokenize` folds
 * apostrophes), split at hyphens and dashes, which outlets set differently ('say - - the',
 * 'say-the', 'say — the' are the same three words), and without tokens of punctuation alone.
 */
export function quoteWords(text: string): string[] {
  const words: string[] = []
  for (const token of tokenize(text)) {
    for (const piece of token.split('-')) {
      const word = trimApostrophes(piece)
      if (word !== '') words.push(word)
    }
  }
  return words
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
 * quoteText({ kind: 'quote', value: 'We will rebuild every home,' }) //=> 'We will rebuild every home'
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
 * const [statement] = analyze('"The current was faster," harbour master Ines Varga told the Gazette.').statements
 * speakerOf(statement.details[0], statement) //=> 'Ines Varga'
 */
export function speakerOf(
  detail: Detail,
  statement: Statement | undefined,
  nameSimilarity: number = defaultOptions.nameSimilarity,
): string | undefined {
  if (detail.source !== null && detail.source.trim() !== '') return detail.source
  if (statement === undefined) return undefined
  const named: string[] = []
  for (const other of statement.details) {
    if (other.kind !== 'attribution') continue
    const name = other.source ?? (typeof other.value === 'string' ? other.value : undefined)
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
 * `speaker` when `statement` names it (a word of the statement is the name's last word), else
 * undefined. A speaker no word of the statement names was read back from earlier statements
 * ('"I was stopped by an officer," he said.' gets the last person an earlier sentence quoted):
 * a guess about the article, not what the outlet wrote, so it cannot show that two outlets give
 * the words to different people. On the ECB+ dev events, four of the seven misattributions
 * rested on a 'he said' read back this way, and each of the four named the wrong person.
 *
 * @example
 * const [statement] = analyze('"The current was faster," he said.').statements
 * namedSpeaker('Ines Varga', statement) //=> undefined
 * namedSpeaker('Ines Varga', { text: '"The current was faster," Varga said.' }) //=> 'Ines Varga'
 */
export function namedSpeaker(
  speaker: string | undefined,
  statement: Pick<Statement, 'text'> | undefined,
): string | undefined {
  if (speaker === undefined || statement === undefined) return speaker
  const key = nameKey(speaker)
  const last = key.slice(key.lastIndexOf(' ') + 1)
  return last !== '' && ` ${nameKey(statement.text)} `.includes(` ${last} `) ? speaker : undefined
}

/**
 * How surely two quotes are the same quote, given their speakers (see `speakerOf`): 0 when
 * they are not, else a score that ranks candidates (the closest wording wins).
 *
 * - Same speaker (or an alias: 'Mayor Ana Ortiz', 'Ortiz'): 1 + word overlap when the words
 *   overlap by `sameSpeakerQuoteOverlap` (default 0.2: lower, because the speaker already ties
 *   them; not zero, because one person's two remarks 'We will rebuild' and 'Nobody is leaving'
 *   are not a misquote of each other).
 * - A speaker unknown: 1 + word overlap when the words overlap by `quoteOverlap` (default 0.5:
 *   half the distinct words shared; below it two quotes are different sayings and each stays
 *   unique).
 * - In both cases, whatever the overlap, when one quote's words are found in the other (a
 *   partial or elided quote, see `compareQuotes`): a short fragment shares few of the words.
 * - Two different known speakers: only near-identical words of some length (at least
 *   `MISATTRIBUTED_MIN_WORDS` words that `compareQuotes` does not find reworded) are the same
 *   quote, scored below 1 so that a version by the same speaker is preferred. Grouped, they
 *   are a misattribution (see `withAttribution`): two people rarely say the same sentence.
 *
 * Thresholds default to the option defaults.
 *
 * @example
 * sameQuote({ text: 'The current was running faster than ever', speaker: 'Ines Varga' },
 *           { text: 'The current was faster than we have seen', speaker: 'Varga' }) //=> 1.4 // above 0: the same quote
 * sameQuote({ text: 'The dredging plan is dead and buried', speaker: 'Tomas Weller' },
 *           { text: 'The dredging plan is dead and buried', speaker: 'Mina Okafor' }) //=> 0.5 // the same words, given to two people
 */
export function sameQuote(
  a: { text: string; speaker: string | undefined },
  b: { text: string; speaker: string | undefined },
  thresholds: QuoteThresholds = defaultOptions,
): number {
  const overlap = quoteOverlap(a.text, b.text)
  if (a.speaker !== undefined && b.speaker !== undefined) {
    if (!sameName(a.speaker, b.speaker, thresholds.nameSimilarity)) {
      return overlap > 0 && nearIdentical(a.text, b.text) ? overlap / 2 : 0
    }
    return overlap >= thresholds.sameSpeakerQuoteOverlap || partOf(a.text, b.text, overlap) ? 1 + overlap : 0
  }
  return overlap >= thresholds.quoteOverlap || partOf(a.text, b.text, overlap) ? 1 + overlap : 0
}

// A short part of a long quote shares few of its words, but is the same quote when its words
// are found there ('fully [...] vindicated' in 'I look forward to being fully and completely
// vindicated').
function partOf(a: string, b: string, overlap: number): boolean {
  return overlap > 0 && compareQuotes(a, b).status !== 'diverge'
}

/**
 * The fewest words the shorter of two quotes must have for the same words given to two
 * different people to count as a misattribution: 'We are devastated' may well be said by two
 * officials; a sentence of six words rarely is.
 */
export const MISATTRIBUTED_MIN_WORDS = 6

// The same words (or a part of them, or but for inflection), long enough to be one saying.
function nearIdentical(a: string, b: string): boolean {
  const shorter = Math.min(quoteWords(a).length, quoteWords(b).length)
  return shorter >= MISATTRIBUTED_MIN_WORDS && compareQuotes(a, b).status !== 'diverge'
}

const properName = /^\p{Lu}/u

/**
 * True when a speaker reads as a person's name, the only kind of speaker that can be
 * misattributed: capitalised, and not one everyday word ('she', 'a police spokesman',
 * 'Secretary' from a title the extractor cut short may be anyone).
 */
function isPersonName(speaker: string): boolean {
  if (!properName.test(speaker) || isOrganizationName(speaker)) return false
  const words = nameKey(speaker).split(' ')
  return words.length > 1 || wordZipf(words[0] ?? '') < everydayZipf
}

/**
 * True when a speaker names an organisation, not a person: a known one ('NATO'), or a name
 * (before any comma) whose last word, or whose first word before 'of', is an organisation's
 * ('Calder Harbour Authority', 'Ministry of Transport'). Outlets give a quote to a body and to
 * the person who spoke for it ('said Calder Harbour Authority boss Ida Brenner', where the
 * extractor stops at 'boss', and 'said Ida Brenner'): that is no misattribution.
 */
function isOrganizationName(speaker: string): boolean {
  const words = (speaker.split(',')[0] ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '')
  if (words.length === 0) return false
  if (knownOrganizations.has(words.join(' '))) return true
  return organizationCues.has(words.at(-1)!) || (words[1] === 'of' && organizationCues.has(words[0]!))
}

/** Zipf value from which a one-word speaker is an everyday word, not a surname. */
const everydayZipf = 3.5

/**
 * True when two speaker names may name one person: the same name by `sameName`, or one
 * holds the other's surname as a word ('Paul Lee, president, ABC Entertainment Group' and
 * 'Paul Lee'; 'Secretary of the Interior Dirk Kempthorne' and 'Kempthorne').
 *
 * @example
 * mayBeOnePerson('Paul Lee, president, ABC Entertainment Group', 'Paul Lee') //=> true
 * mayBeOnePerson('Tomas Weller', 'Mina Okafor') //=> false
 */
export function mayBeOnePerson(
  a: string,
  b: string,
  nameSimilarity: number = defaultOptions.nameSimilarity,
): boolean {
  if (sameName(a, b, nameSimilarity)) return true
  const left = nameKey(a).split(' ')
  const right = nameKey(b).split(' ')
  const surnameIn = (name: readonly string[], words: readonly string[]): boolean => {
    const surname = name.at(-1) ?? ''
    return surname.length > 2 && words.includes(surname)
  }
  return surnameIn(left, right) || surnameIn(right, left)
}

/**
 * For each of a comparison's quotes, the position of the first quote from another article that
 * gives the words to a different known person (names compared with `sameName`), else -1.
 * Quotes without a known speaker conflict with none.
 *
 * @example
 * attributionConflicts([
 *   { articleId: 'a', speaker: 'Tomas Weller' },
 *   { articleId: 'b', speaker: 'Mina Okafor' },
 *   { articleId: 'c', speaker: 'Weller' },
 * ]) //=> [1, 0, 1]
 */
export function attributionConflicts(
  values: readonly { articleId: string; speaker: string | undefined }[],
  nameSimilarity: number = defaultOptions.nameSimilarity,
): number[] {
  // Speakers fold into people: a representative name each, looked up once per spelling.
  const people: string[] = []
  const personOf = new Map<string, number>()
  const person = values.map(({ speaker }) => {
    if (speaker === undefined || !isPersonName(speaker)) return -1
    let known = personOf.get(speaker)
    if (known === undefined) {
      known = people.findIndex((name) => mayBeOnePerson(name, speaker, nameSimilarity))
      if (known < 0) known = people.push(speaker) - 1
      personOf.set(speaker, known)
    }
    return known
  })
  // Per person, the first quote and the first from another article than that one: between
  // them, the first quote of that person from any article but a given one.
  const firsts = people.map(() => [-1, -1])
  person.forEach((who, position) => {
    if (who < 0) return
    const first = firsts[who]!
    if (first[0]! < 0) first[0] = position
    else if (first[1]! < 0 && values[position]!.articleId !== values[first[0]!]!.articleId)
      first[1] = position
  })
  return person.map((who, position) => {
    if (who < 0) return -1
    const articleId = values[position]!.articleId
    let found = -1
    firsts.forEach(([first, second], other) => {
      if (other === who || first! < 0) return
      const candidate = values[first!]!.articleId !== articleId ? first! : second!
      if (candidate >= 0 && (found < 0 || candidate < found)) found = candidate
    })
    return found
  })
}

/**
 * A quote comparison's verdict, made a divergence when two outlets give the words to different
 * known people (a misattribution, whatever the words): its reason names both. Otherwise the
 * verdict as it is.
 *
 * @example
 * const agreeing = compareQuotes('The dredging plan is dead', 'The dredging plan is dead')
 * withAttribution(agreeing, [{ articleId: 'a', speaker: 'Tomas Weller' }, { articleId: 'b', speaker: 'Mina Okafor' }])
 * //=> { status: 'diverge', reason: 'The outlets attribute the same words to different people: Tomas Weller (a) and Mina Okafor (b).', diff: null }
 */
export function withAttribution<Verdict extends PairVerdict>(
  verdict: Verdict,
  values: readonly { articleId: string; speaker: string | undefined }[],
  nameSimilarity: number = defaultOptions.nameSimilarity,
  outlet: (articleId: string) => string = (id) => id,
): Verdict {
  const conflicts = attributionConflicts(values, nameSimilarity)
  const position = conflicts.findIndex((other) => other >= 0)
  if (position < 0) return verdict
  const one = values[position]!
  const other = values[conflicts[position]!]!
  const reworded = verdict.status === 'diverge' ? ' The words differ too.' : ''
  return {
    ...verdict,
    status: 'diverge',
    reason:
      `The outlets attribute the same words to different people: ${one.speaker} (${outlet(one.articleId)}) ` +
      `and ${other.speaker} (${outlet(other.articleId)}).${reworded}`,
  }
}

/**
 * Verdict on two versions of one quote, word by word (case, punctuation and typographic quotes
 * aside):
 * - the same words -> `agree`;
 * - one a part of the other (a partial quote), or with an elision ('...', '…', '. . .',
 *   '[...]') whose pieces appear in order in the other -> `compatible`;
 * - the same words but for inflection ('environmentalist' / 'environmentalists', 'look' /
 *   'looks'), British or American spelling ('organise' / 'organize') or the person of reported
 *   speech ('I look forward' / she 'looks forward', 'my' / 'her'), whole or in part ->
 *   `compatible`, and the reason names the differing words;
 * - the same words but for small ones, or but for one run of words cut from inside one of
 *   them without an elision mark and carrying no number, negation, pronoun, modal or
 *   quantifier (`unmarkedCut`) -> `compatible`, and the reason names them;
 * - anything else is reworded -> `diverge`, a misquote, with the jsdiff word diff from `a` to `b`.
 *
 * `changeOf` reads the one word two reworded quotes differ in, for the reason (default
 * `oneWordChange`; `compareDetails` hands in its run's memo, which `comparisonConfidence` shares).
 *
 * @example
 * compareQuotes('We will rebuild every home', 'We will rebuild all homes').diff
 * //=> [{ value: 'We will rebuild ', added: false, removed: false },
 * //    { value: 'every home', added: false, removed: true }, { value: 'all homes', added: true, removed: false }]
 * compareQuotes('looks forward to being fully ... vindicated', 'I look forward to being fully and completely vindicated').reason
 * //=> "One outlet quotes only part of the same words, leaving some out, and they differ only in inflection, spelling or person ('looks' / 'look')."
 */
export function compareQuotes(
  a: string,
  b: string,
  changeOf: (a: string, b: string) => [string, string] | null = oneWordChange,
): PairVerdict & { diff: DiffPart[] | null } {
  const left = quotePieces(a)
  const right = quotePieces(b)
  if (left.words.join(' ') === right.words.join(' ')) {
    return { status: 'agree', reason: 'Both outlets quote the same words.', diff: null }
  }
  const fit =
    fitQuotes(left, right, false) ??
    fitQuotes(left, right, true) ??
    smallWordsAside(fitQuotes(withoutSmallWords(left), withoutSmallWords(right), true), left, right)
  if (fit === null) {
    const small = smallWordChanges(left.words, right.words)
    if (small !== null) {
      return {
        status: 'compatible',
        reason: `The outlets quote the same words but for small ones (${small}).`,
        diff: null,
      }
    }
    const cut = unmarkedCut(left, right, a, b)
    if (cut !== null) {
      return {
        status: 'compatible',
        reason: `One outlet quotes the same words with some left out, unmarked ('${cut.map(shownWord).join(' ')}').`,
        diff: null,
      }
    }
    const changed = changeOf(a, b)
    const reason =
      changed === null
        ? 'The outlets quote different words.'
        : `The outlets quote the same words but one ('${shownWord(changed[0])}' / '${shownWord(changed[1])}').`
    return { status: 'diverge', reason, diff: wordDiff(a, b) }
  }
  return { status: 'compatible', reason: fitReason(fit), diff: null }
}

// A quote's pieces without its small words (see `isSmallWord`), its elisions kept in place.
function withoutSmallWords(pieces: Pieces): Pieces {
  const words: string[] = []
  const gaps = new Set<number>()
  pieces.words.forEach((word, index) => {
    if (pieces.gaps.has(index)) gaps.add(words.length)
    if (!isSmallWord(word)) words.push(word)
  })
  if (pieces.gaps.has(pieces.words.length)) gaps.add(words.length)
  return { words, gaps }
}

// A fit found with small words set aside says so. As a part of the other quote, the shorter
// must keep `MIN_PART_WORDS` words that are not small: 'for cases were closed' is not a part of
// 'four cases were closed'.
function smallWordsAside(fit: QuoteFit | null, a: Pieces, b: Pieces): QuoteFit | null {
  if (fit === null) return null
  const kept = (pieces: Pieces) => pieces.words.filter((word) => !isSmallWord(word)).length
  if (fit.partial && Math.min(kept(a), kept(b)) < MIN_PART_WORDS) return null
  return { ...fit, smallWords: true }
}

const MIN_PART_WORDS = 5

// Words whose change leaves a quote's meaning: articles, prepositions, conjunctions and forms
// of 'be', 'have' and 'do'. Pronouns, negations, quantifiers, modals and numbers are not here:
// 'he' / 'she', 'will' / 'did', 'four' / 'for' change what was said.
const smallWords: ReadonlySet<string> = new Set([
  ...['a', 'an', 'the', 'this', 'that', 'these', 'those', 'which', 'who', 'whom'],
  ...['at', 'in', 'on', 'to', 'for', 'of', 'with', 'by', 'from', 'into', 'onto', 'about', 'as'],
  ...['and', 'but', 'or', 'so', 'then', 'also', 'just', 'very', 'really', 'well', 'oh'],
  ...['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re", "'m"],
  ...['has', 'have', 'had', 'having', 'do', 'does', 'did'],
])

function isSmallWord(word: string): boolean {
  return smallWords.has(word)
}

/**
 * The changed words, as "'at' / 'with'", when every word one quote has and the other lacks is
 * a small word (`smallWords`: 'at' / 'with', 'is' dropped, 'had' added); null when a content
 * word, a pronoun, a negation, a quantifier or a modal changes. Outlets transcribing
 * one recording differ in such words; a reader would not call it a misquote.
 */
function smallWordChanges(a: readonly string[], b: readonly string[]): string | null {
  const removed: string[] = []
  const added: string[] = []
  for (const change of diffModule().diffArrays(a as string[], b as string[])) {
    if (change.removed) removed.push(...change.value)
    else if (change.added) added.push(...change.value)
  }
  const changed = [...removed, ...added]
  if (changed.length === 0 || !changed.every(isSmallWord)) return null
  // Half the shorter quote's words at least must stay, so that two quotes of small words alone differ.
  if (changed.length * 2 > Math.min(a.length, b.length)) return null
  const shown = (words: string[]) => (words.length === 0 ? '-' : `'${words.map(shownWord).join(' ')}'`)
  return `${shown(removed)} / ${shown(added)}`
}

/**
 * The words one quote leaves out of the other without an elision mark, when that is all that
 * differs and they are one conjunct of a coordination: one run of words cut from inside the
 * longer quote that ends or starts with 'and' ('That person [is dangerous and] needs to be
 * found as soon as possible'), in lower case (no name), none of them a number, a negation, a
 * pronoun, a modal or a quantifier (`weightyWords`), with `MIN_PART_WORDS` words that are not
 * small kept in the shorter. Null otherwise: a cut modifier or clause ('allegedly', 'former',
 * 'unless the snow gets worse', 'except the driver') changes what was said, as a breaker's
 * sentences showed. Editors abridge quotes this way; a reader judging real coverage counted
 * such a pair, shown as a misquote, as a wrong verdict. Words cut at either end make a partial
 * quote (`fitQuotes`), and quotes with elisions are fitted there too.
 */
function unmarkedCut(a: Pieces, b: Pieces, textA: string, textB: string): string[] | null {
  if (a.gaps.size > 0 || b.gaps.size > 0) return null
  const aShorter = a.words.length <= b.words.length
  const [short, long] = aShorter ? [a.words, b.words] : [b.words, a.words]
  if (short.filter((word) => !isSmallWord(word)).length < MIN_PART_WORDS) return null
  let cut: string[] | null = null
  let at = 0
  for (const change of diffModule().diffArrays(long, short)) {
    if (change.added || (change.removed && cut !== null)) return null
    if (change.removed) {
      // Inside the quote: kept words on both sides of the cut.
      if (at === 0 || at + change.value.length === long.length) return null
      cut = change.value
    }
    at += change.value.length
  }
  if (cut === null || cut.length < 2 || (cut[0] !== 'and' && cut[cut.length - 1] !== 'and')) return null
  const longText = aShorter ? textB : textA
  if (cut.some((word) => carriesFact(word) || weightyWords.has(word) || capitalisedInside(longText, word)))
    return null
  return cut
}

/**
 * Least words both quotes must have for a one-word change to be a possible misquote rather
 * than a conflict (`oneWordChange`): in 'the police failed us' / 'the policy failed us' one word
 * is a quarter of what was said.
 */
export const minWordsForOneWordChange = 8

/** Negations: a quote that gains or loses one says the opposite ("n't" forms are read apart). */
const negations: ReadonlySet<string> = new Set([
  'not',
  'no',
  'never',
  'none',
  'nobody',
  'nothing',
  'neither',
  'nor',
])

/**
 * Words besides numbers and negations (`carriesFact`) whose change turns what was said around:
 * pronouns, modals, quantifiers, 'without'.
 */
const weightyWords: ReadonlySet<string> = new Set([
  'without',
  ...['i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'him', 'his', 'she', 'her'],
  ...['they', 'them', 'their', 'it', 'its'],
  ...['will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should'],
  ...['all', 'every', 'each', 'some', 'any', 'many', 'few', 'most', 'more', 'less', 'fewer'],
])

/**
 * The one word two long quotes differ in, as [a's, b's], when everything else they say is the
 * same but for small words ('This is a sad time for the family' / 'This is a sad day for the
 * family'); null otherwise, and when the word is a number, a negation, a pronoun, a modal, a
 * quantifier or a name (capitalised where no sentence starts, or not in the English frequency
 * list), or either quote has fewer than
 * `minWordsForOneWordChange` words. Two outlets transcribing one recording differ this way;
 * `comparisonConfidence` shows it as a possible misquote, not a conflict that disputes the
 * claim. Judges reading real coverage counted such pairs ('Somebody hit me' / 'Something hit
 * me', 'sad time' / 'sad day') as five of nine false disputes.
 *
 * @example
 * oneWordChange('This is a sad time for the Kraft family, he said', 'This is a sad day for the Kraft family, he said') //=> ['time', 'day']
 * oneWordChange('the police failed us', 'the policy failed us') //=> null
 */
export function oneWordChange(a: string, b: string): [string, string] | null {
  const left = quoteWords(a)
  const right = quoteWords(b)
  if (Math.min(left.length, right.length) < minWordsForOneWordChange) return null
  const removed: string[] = []
  const added: string[] = []
  for (const change of diffModule().diffArrays(left, right)) {
    const words = change.value.filter((word) => !isSmallWord(word))
    if (change.removed) removed.push(...words)
    else if (change.added) added.push(...words)
  }
  if (removed.length !== 1 || added.length !== 1) return null
  const pair: [string, string] = [removed[0]!, added[0]!]
  const weighty = (word: string, text: string) =>
    carriesFact(word) || weightyWords.has(word) || isRareOrUnlisted(word) || capitalisedInside(text, word)
  return weighty(pair[0], a) || weighty(pair[1], b) ? null : pair
}

/**
 * Whether `word` is written capitalised in `text` where a sentence does not start: a name
 * ('Mayor Ortiz'), not 'Somebody' opening the quote's second sentence.
 */
function capitalisedInside(text: string, word: string): boolean {
  for (const match of text.matchAll(/[\p{L}\p{N}']+/gu)) {
    const written = match[0]
    if (written.toLowerCase() !== word || written[0] === written[0]!.toLowerCase()) continue
    const before = text.slice(0, match.index).trimEnd()
    if (before !== '' && !/[.!?:"“‘'([]$/.test(before)) return true
  }
  return false
}

/**
 * Whether a misquote's word diff only rewords one saying ('a sad time' / 'a sad day',
 * 'bleeding to death' / 'bleeding'): no changed word is a number or a negation, and no name
 * stands in place of another. Said of one speaker's words (not a misattribution), such a
 * misquote is a `misquote` finding but does not dispute its claim (`reworded`): the outlets
 * disagree on wording, not on a fact. Two readers of real ECB+ coverage counted rewordings and
 * translations of one saying as most of the false disputes. Two negations do not count as
 * one: those of 'nothing less than' and 'no less than', which stress what follows, and one
 * moved onto or off a verb of opinion with as many negations on each side ('I didn't feel we
 * were ready' / 'I felt we weren't ready', as a third reader found transcribed both ways).
 *
 * @example
 * rewordsOnly(compareQuotes('We will rebuild every home', 'We will rebuild all the homes').diff) //=> true
 * rewordsOnly(compareQuotes('We lost 12 boats', 'We lost 14 boats').diff) //=> false
 * rewordsOnly(compareQuotes("I didn't think we played well tonight", "I thought we didn't play well tonight").diff) //=> true
 */
export function rewordsOnly(diff: readonly DiffPart[]): boolean {
  const changed = diff.filter((part) => part.added === true || part.removed === true)
  const facts = changed.flatMap((part) => quoteWords(withoutIntensifiers(part.value)).filter(carriesFact))
  if (facts.some((word) => !isNegation(word))) return false
  if (facts.length > 0 && !negationMoved(diff)) return false
  // A name put in place of another ('Selby' / 'Marrow') changes who or where; one added alone
  // ('the defendant, Jermayne Timmons,') is an editor's gloss.
  const named = (parts: DiffPart[]) => parts.some((part) => hasName(part.value))
  return !(named(changed.filter((part) => part.removed)) && named(changed.filter((part) => part.added)))
}

/** Phrases whose negation stresses rather than denies: 'nothing less than', 'no less than', 'nothing short of'. */
const intensifiers = /\b(?:nothing|no)\s+(?:less\s+than|short\s+of)\b/giu

function withoutIntensifiers(text: string): string {
  return text.replace(intensifiers, ' ')
}

/** A negated verb of opinion, which can carry the negation of the clause it introduces. */
const negatedOpinion =
  /\b(?:do|does|did)(?:n't|n’t|\s+not)\s+(?:feel|think|believe|expect|suppose|imagine|want)\b/iu

/**
 * Whether the two quotes of a diff hold as many negations each and one of them negates a verb
 * of opinion ('I didn't think we played well' / 'I thought we didn't play well').
 */
function negationMoved(diff: readonly DiffPart[]): boolean {
  const [first, second] = diffVersions(diff).map(withoutIntensifiers) as [string, string]
  const count = (text: string) => quoteWords(text).filter(isNegation).length
  return count(first) === count(second) && (negatedOpinion.test(first) || negatedOpinion.test(second))
}

/** Zipf frequency from which a capitalised word in a quote is taken to start a sentence, not to name ('Nothing' 6). */
const sentenceStarterZipf = 6

/**
 * Whether some word of `text` but 'I' is capitalised and not an everyday word: a name, in a
 * quote's changed words ('Selby', 'Europe'), where a capital 'The' or 'Nothing' only starts
 * a sentence.
 */
function hasName(text: string): boolean {
  return (text.match(/[\p{L}\p{N}'’]+/gu) ?? []).some((word) => {
    if (word === 'I' || word[0] === word[0]!.toLowerCase()) return false
    const lower = word.toLowerCase()
    return !stopwords.has(lower) && wordZipf(lower) < sentenceStarterZipf
  })
}

/** A word whose change in a quote changes a fact: a number or a negation. */
function carriesFact(word: string): boolean {
  return /\d/.test(word) || parseNumber(word) !== null || isNegation(word)
}

function isNegation(word: string): boolean {
  return word.endsWith("n't") || word.endsWith('n’t') || negations.has(word)
}

/** How one quote fits another: what was left out, and which words differ only in form. */
interface QuoteFit {
  /** One quote is a part of the other (it starts or ends inside it). */
  partial: boolean
  /** An elision inside a quote stands for words of the other. */
  elided: boolean
  /** Matched words that differ in inflection, spelling or person, as [a's, b's]. */
  forms: [string, string][]
  /** Found only with small words ('had', 'the', 'at') set aside: they differ too. */
  smallWords?: boolean
}

function fitReason(fit: QuoteFit): string {
  let reason = fit.partial
    ? `One outlet quotes only part of the same words${fit.elided ? ', leaving some out' : ''}`
    : `The outlets quote the same words${fit.elided ? ', one leaving some out' : ''}`
  if (fit.forms.length > 0) {
    const shown = fit.forms
      .slice(0, 3)
      .map(([x, y]) => `'${shownWord(x)}' / '${shownWord(y)}'`)
      .join(', ')
    reason += `${fit.partial || fit.elided ? ', and they differ' : ', differing'} only in inflection, spelling or person (${shown})`
  }
  if (fit.smallWords === true)
    reason += `${fit.partial || fit.elided || fit.forms.length > 0 ? ';' : ','} some small words differ`
  return `${reason}.`
}

// Quote words are compared in lower case; 'I' and "I'm" read better upright in a reason.
function shownWord(word: string): string {
  return word === 'i' || word.startsWith("i'") ? `I${word.slice(1)}` : word
}

/** A quote's words in order, and the places (before word `k`; `words.length` is the end) where an elision leaves words out. */
interface Pieces {
  words: string[]
  gaps: ReadonlySet<number>
}

function quotePieces(text: string): Pieces {
  const words: string[] = []
  const gaps = new Set<number>()
  text
    .replace(editorialInsertion, '\u2026')
    .split(elision)
    .forEach((piece, index) => {
      if (index > 0) gaps.add(words.length)
      for (const word of quoteWords(piece)) words.push(word)
    })
  return { words, gaps }
}

// Larger quotes are not lined up (tens of thousands of words would make a table of billions of
// cells), only searched for as a contiguous part of each other; news quotes are a few dozen words.
const MAX_FIT_CELLS = 250_000

/**
 * Whether the words of `a` and `b` can be lined up, each word matched (equal, or with `loose`
 * alike in form) or standing where the other quote has an elision, trying both as they are,
 * then `a` as a part of `b`, then `b` as a part of `a`. Half the shorter quote's words at least
 * must match, so that elisions alone do not make two quotes fit.
 */
function fitQuotes(a: Pieces, b: Pieces, loose: boolean): QuoteFit | null {
  const n = a.words.length
  const m = b.words.length
  if (n === 0 || m === 0) return null
  if ((n + 1) * (m + 1) > MAX_FIT_CELLS) return loose ? null : contiguousPart(a.words, b.words)
  const same = loose ? alikeTable(a.words, b.words) : (i: number, j: number) => a.words[i] === b.words[j]
  return (
    lineUp(a, b, same, null, null) ??
    lineUp(a, b, same, new Set([0, n]), null) ??
    lineUp(a, b, same, null, new Set([0, m]))
  )
}

// One quote's words as a contiguous run of the other's (a string search, for quotes too long to line up).
function contiguousPart(a: readonly string[], b: readonly string[]): QuoteFit | null {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return ` ${long.join(' ')} `.includes(` ${short.join(' ')} `)
    ? { partial: true, elided: false, forms: [] }
    : null
}

// The lining-up of `fitQuotes` as a table of reachable (i, j): the first i words of `a` and the
// first j of `b` accounted for. `edgesA`/`edgesB` add the ends of a quote taken as a part.
function lineUp(
  a: Pieces,
  b: Pieces,
  same: (i: number, j: number) => boolean,
  edgesA: ReadonlySet<number> | null,
  edgesB: ReadonlySet<number> | null,
): QuoteFit | null {
  const n = a.words.length
  const m = b.words.length
  const gapA = (i: number) => a.gaps.has(i) || (edgesA?.has(i) ?? false)
  const gapB = (j: number) => b.gaps.has(j) || (edgesB?.has(j) ?? false)
  const width = m + 1
  const reach = new Uint8Array((n + 1) * width)
  reach[0] = 1
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (reach[i * width + j] === 0) continue
      if (i < n && j < m && same(i, j)) reach[(i + 1) * width + j + 1] = 1
      if (j < m && gapA(i)) reach[i * width + j + 1] = 1
      if (i < n && gapB(j)) reach[(i + 1) * width + j] = 1
    }
  }
  if (reach[n * width + m] === 0) return null
  // Walk back, preferring matches, to see what the fit needed.
  const forms: [string, string][] = []
  const matchedA = new Uint8Array(n)
  const matchedB = new Uint8Array(m)
  let matched = 0
  let elided = false
  let partial = false
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && reach[(i - 1) * width + j - 1] === 1 && same(i - 1, j - 1)) {
      i--
      j--
      matched++
      matchedA[i] = 1
      matchedB[j] = 1
      const x = a.words[i]!
      const y = b.words[j]!
      if (x !== y && !forms.some(([p, q]) => p === x && q === y)) forms.unshift([x, y])
    } else if (j > 0 && reach[i * width + j - 1] === 1 && gapA(i)) {
      j--
      if (a.gaps.has(i)) elided = true
      else partial = true
    } else {
      i--
      if (b.gaps.has(j)) elided = true
      else partial = true
    }
  }
  if (
    matched * 2 < Math.min(n, m) ||
    !everyPieceMatched(a.gaps, matchedA) ||
    !everyPieceMatched(b.gaps, matchedB)
  ) {
    return null
  }
  return { partial, elided, forms }
}

// Each piece of an elided quote must be found in the other: 'I look forward ... to being
// cleared' is no part of 'I look forward to being fully vindicated', although its second piece
// could stand after the end of the other quote.
function everyPieceMatched(gaps: ReadonlySet<number>, matched: Uint8Array): boolean {
  const bounds = [...gaps, matched.length].sort((x, y) => x - y)
  let start = 0
  for (const end of bounds) {
    if (end > start && !matched.subarray(start, end).includes(1)) return false
    start = end
  }
  return true
}
// `same` for the loose fit: each word's form is computed once, then pairs are looked up.
function alikeTable(a: readonly string[], b: readonly string[]): (i: number, j: number) => boolean {
  const formsA = a.map(wordForm)
  const formsB = b.map(wordForm)
  return (i, j) => formsA[i] === formsB[j] || personShift(a[i]!, b[j]!) || personShift(b[j]!, a[i]!)
}

/**
 * A word with its inflection, British spelling and verb agreement folded away, so that words
 * differing only in those are equal: 'environmentalists' and 'environmentalist' ->
 * 'environmentalist'; 'organise', 'organizes', 'organised' -> 'organiz'; 'has' and 'have' ->
 * 'have'. Deliberately narrower than a stemmer: 'police' / 'policy' and 'general' / 'generous'
 * stay apart, as do derivations ('environmentalism').
 *
 * @example
 * wordForm('vindicated') //=> 'vindicat'
 * wordForm('labours') //=> 'labor'
 */
export function wordForm(word: string): string {
  const known = irregularForms.get(word)
  if (known !== undefined) return known
  if (hasDigit(word) || word.length <= 3) return word
  let form = word.endsWith("'s") ? word.slice(0, -2) : word
  form = americanSpellings.get(form) ?? americanSpelling(form)
  if (invariantWords.has(form)) return form
  form = withoutInflection(form)
  // 'travell(ed)' / 'travel(ed)', 'instal' / 'install': one l (three letters before it at least,
  // so that 'filled' and 'filed' stay apart).
  if (form.length >= 5 && form.endsWith('ll')) return form.slice(0, -1)
  return form.length > 3 && form.endsWith('e') ? form.slice(0, -1) : form
}

function hasDigit(word: string): boolean {
  for (const char of word) if (char >= '0' && char <= '9') return true
  return false
}

// British -ise/-isation, -yse and -our spellings in their American form (for
// comparison only: both sides are folded, so a word that has no such variant is unharmed).
function americanSpelling(word: string): string {
  for (const [british, american] of spellingEndings) {
    const stemLength = word.length - british.length
    if (stemLength >= 2 && word.endsWith(british)) return word.slice(0, stemLength) + american
  }
  for (const ending of ourEndings) {
    const stemLength = word.length - ending.length - 3
    // Three letters before 'our' at least: 'colour', 'labour', but not 'four' -> 'for'.
    if (stemLength >= 3 && word.endsWith(`our${ending}`)) return `${word.slice(0, stemLength)}or${ending}`
  }
  return word
}

const vowels: ReadonlySet<string> = new Set(['a', 'e', 'i', 'o', 'u'])

const spellingEndings: readonly (readonly [string, string])[] = [
  ['isations', 'izations'],
  ['isation', 'ization'],
  ['ising', 'izing'],
  ['ised', 'ized'],
  ['isers', 'izers'],
  ['iser', 'izer'],
  ['ises', 'izes'],
  ['ise', 'ize'],
  ['ysing', 'yzing'],
  ['ysed', 'yzed'],
  ['yses', 'yzes'],
  ['yse', 'yze'],
]
const ourEndings: readonly string[] = ['', 's', 'ed', 'ing', 'er', 'ers', 'ite', 'ites', 'able', 'ful']

// British spellings no ending rule covers, by their American form.
const americanSpellings: ReadonlyMap<string, string> = new Map([
  ['centre', 'center'],
  ['centres', 'centers'],
  ['centred', 'centered'],
  ['theatre', 'theater'],
  ['theatres', 'theaters'],
  ['metre', 'meter'],
  ['metres', 'meters'],
  ['litre', 'liter'],
  ['litres', 'liters'],
  ['fibre', 'fiber'],
  ['calibre', 'caliber'],
  ['sombre', 'somber'],
  ['defence', 'defense'],
  ['offence', 'offense'],
  ['licence', 'license'],
  ['pretence', 'pretense'],
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['catalogue', 'catalog'],
  ['dialogue', 'dialog'],
  ['grey', 'gray'],
  ['tyre', 'tire'],
  ['tyres', 'tires'],
  ['cheque', 'check'],
  ['cheques', 'checks'],
  ['aluminium', 'aluminum'],
  ['jewellery', 'jewelry'],
  ['judgement', 'judgment'],
  ['ageing', 'aging'],
  ['sceptical', 'skeptical'],
  ['manoeuvre', 'maneuver'],
  ['enrol', 'enroll'],
  ['fulfil', 'fulfill'],
  ['instalment', 'installment'],
  ['skilful', 'skillful'],
  ['wilful', 'willful'],
  ['towards', 'toward'],
])

// Words whose final 's' is no plural ending: 'news' is not 'new'.
const invariantWords: ReadonlySet<string> = new Set([
  'news',
  'series',
  'species',
  'means',
  'always',
  'perhaps',
  'whereas',
  'sometimes',
  'nevertheless',
  'lens',
  'canvas',
  'bias',
  'atlas',
  'chaos',
  'yes',
])

// Forms of 'be', 'have' and 'do' that differ by person only, and first- and third-person
// contractions, each to one form ('I am' / she 'is', 'we have' / they 'have' / she 'has').
const irregularForms: ReadonlyMap<string, string> = new Map([
  ['am', 'be'],
  ['is', 'be'],
  ['are', 'be'],
  ['was', 'was'],
  ['were', 'was'],
  ['has', 'have'],
  ['have', 'have'],
  ['does', 'do'],
  ['do', 'do'],
  ["isn't", "isn't"],
  ["aren't", "isn't"],
  ["wasn't", "wasn't"],
  ["weren't", "wasn't"],
  ["hasn't", "haven't"],
  ["haven't", "haven't"],
  ["doesn't", "don't"],
  ["don't", "don't"],
])

/**
 * Plural, possessive, third-person, past and -ing endings removed, Porter step 1 style but
 * without its further suffixes: 'cities' -> 'city', 'looks' -> 'look', 'stopped' -> 'stop'.
 */
function withoutInflection(word: string): string {
  if (word.endsWith('ies') || word.endsWith('ied')) {
    // 'cities' -> 'city', but 'died' -> 'die'
    return word.length > 4 ? `${word.slice(0, -3)}y` : `${word.slice(0, -3)}ie`
  }
  if (word.endsWith('sses') || ['xes', 'zes', 'ches', 'shes'].some((ending) => word.endsWith(ending))) {
    return word.slice(0, -2)
  }
  if (word.endsWith('s') && !['ss', 'us', 'is'].some((ending) => word.endsWith(ending))) {
    return word.slice(0, -1)
  }
  for (const ending of ['ing', 'ed']) {
    const stem = word.slice(0, -ending.length)
    if (word.endsWith(ending) && stem.length >= 3 && hasVowel(stem)) return undoubled(stem)
  }
  return word
}

function hasVowel(word: string): boolean {
  for (const char of word) if (vowels.has(char) || char === 'y') return true
  return false
}

// 'stopp' -> 'stop', 'plann' -> 'plan'; a double l, s or z stays ('fill', 'pass', 'buzz').
function undoubled(stem: string): string {
  const last = stem.at(-1)!
  return stem.at(-2) === last && !vowels.has(last) && !'lsz'.includes(last) ? stem.slice(0, -1) : stem
}

/**
 * Whether `third` is what reported speech makes of the first-person word `first`: 'I' / 'he'
 * or 'she', 'my' / 'his' or 'her', 'we' / 'they', 'our' / 'their'. 'he' / 'she' and 'I' /
 * 'we' are changes of person or number, not of speech, and stay different.
 */
function personShift(first: string, third: string): boolean {
  return reportedForms.get(first)?.includes(third) ?? false
}

const reportedForms: ReadonlyMap<string, readonly string[]> = new Map([
  ['i', ['he', 'she']],
  ['me', ['him', 'her']],
  ['my', ['his', 'her']],
  ['mine', ['his', 'hers']],
  ['myself', ['himself', 'herself']],
  ["i'm", ["he's", "she's"]],
  ["i've", ["he's", "she's"]],
  ["i'll", ["he'll", "she'll"]],
  ["i'd", ["he'd", "she'd"]],
  ['we', ['they']],
  ['us', ['them']],
  ['our', ['their']],
  ['ours', ['theirs']],
  ['ourselves', ['themselves']],
  ["we're", ["they're"]],
  ["we've", ["they've"]],
  ["we'll", ["they'll"]],
  ["we'd", ["they'd"]],
])

/**
 * The jsdiff word diff from `a` to `b`, as plain `DiffPart`s (both flags always set). Numbers and
 * amounts stay whole tokens with their currency, scale and unit ('US$4.7 billion', '£1.2bn',
 * '2.5 percent'), as do words with inner apostrophes or hyphens ("O'Brien"), so a
 * changed figure shows both figures: `$35,000,000` / `$55,000,000`, not `$ [-35-] [+55+] ,000,000`.
 *
 * @example
 * wordDiff('We accept $35,000,000', 'We accept $55,000,000')
 * //=> [{ value: 'We accept ', added: false, removed: false },
 * //    { value: '$35,000,000', added: false, removed: true }, { value: '$55,000,000', added: true, removed: false }]
 * briefDiff(wordDiff('We lost 3 million on it', 'We lost 4 million on it'))
 * //=> 'We lost [-3 million-] [+4 million+] on it'
 */
export function wordDiff(a: string, b: string): DiffPart[] {
  const options = { ignoreCase: true, intlSegmenter: quoteSegmenter }
  return diffModule()
    .diffWords(joinTokens(a), joinTokens(b), options)
    .map((change) => {
      const part: DiffPart = {
        value: change.value.replaceAll(quoteTokenJoiner, ' '),
        added: change.added,
        removed: change.removed,
      }
      return part
    })
}

/**
 * `text` with the words of each multi-word token ('3 million', '2.5 percent') joined by
 * `quoteTokenJoiner`: jsdiff handles the white space between tokens itself and would repeat a
 * token that holds a space.
 */
function joinTokens(text: string): string {
  const plain = text.replaceAll(quoteTokenJoiner, ' ')
  return plain.replace(spacedQuoteToken, (token) =>
    token.includes(' ') && token.trim() !== '' ? token.replaceAll(' ', quoteTokenJoiner) : token,
  )
}

// jsdiff tokenises words with its own pattern, which splits '$35,000,000' at every comma; its
// `intlSegmenter` hook takes anything shaped like a word `Intl.Segmenter`, so this one cuts
// text by `quoteToken` and jsdiff keeps its handling of the white space between tokens.
const quoteSegmenter = {
  resolvedOptions: () => ({ locale: 'en', granularity: 'word' as const }),
  segment: (text: string) => {
    let index = 0
    return (text.match(quoteToken) ?? []).map((segment) => {
      const piece = { segment, index, input: text }
      index += segment.length
      return piece
    })
  },
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
