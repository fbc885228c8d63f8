import { packedMap } from '../packed-map.js'
import { foldApostrophes, stem, stopwords, tokenize } from '../text/natural.js'
import type { Statement } from '../types.js'
import { canonicalStem } from './synonyms.js'
import { wordnetStem } from './wordnet.js'

/** A set of the words of a space-separated list. */
function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((word) => word !== ''))
}

/**
 * Words that carry a figure's or a date's value rather than what the statement is about:
 * numbers, vague quantities ('several', 'dozens') and times ('Thursday', 'overnight'). Two
 * outlets that disagree on a number ('12' vs 'fourteen') or a time ('Tuesday night' vs
 * 'Wednesday') still report the same fact, so these never count towards alignment.
 */
const valueWords = wordSet(`
  zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
  sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
  hundred hundreds thousand thousands million millions billion billions trillion dozen dozens
  half quarter first second third fourth fifth sixth seventh eighth ninth tenth once twice
  monday tuesday wednesday thursday friday saturday sunday january february march april june
  july august september october november december yesterday today tomorrow tonight am pm per
  cent percent roughly nearly almost approximately least around estimated some several many few
  numerous multiple most mostly mainly largely morning afternoon evening night overnight week
  weekend month year spring summer autumn winter late early last next`)

/** Month names that, written in lower case, are ordinary words ('troops march', 'an august body'). */
const monthsThatAreWords = wordSet('march august')

/** Sourcing words: every outlet 'said', 'told' and cites 'officials'; they say nothing about the fact. */
const reportingWords = wordSet(`
  said says say saying told tells tell according added adding also would could might will may
  just including reported reportedly stated noted via however meanwhile mr mrs ms dr officials
  statement spokesperson spokesman spokeswoman`)

/** Function words natural's stop list leaves in. */
const functionWords = wordSet(`
  across through throughout during after before into onto upon within without along among
  amongst between behind beyond toward towards despite near since until unless while whose
  whether thus yet still even already no not nobody none nothing`)

/**
 * Nouns that only carry a figure: '14 people were hospitalised', '200 people rallied'. They
 * are in nearly every statement with a count, whatever the fact, so they would glue
 * different facts together; what the figure counts is kept as the detail's subject.
 */
const carrierWords = wordSet('people persons')

function isUninformative(word: string): boolean {
  return (
    stopwords.has(word) ||
    valueWords.has(word) ||
    reportingWords.has(word) ||
    functionWords.has(word) ||
    carrierWords.has(word)
  )
}

const digit = /[0-9]/
const wordSplitter = /[^a-zA-Z0-9'\-/]+/

/**
 * One informative word of a text: its stem (the feature) and its surface form (for people).
 * Every term is made by `term` with all four fields, so that the loops that read millions of
 * them (`profileOf`, `countFeatures`) meet one object shape.
 */
export interface Term {
  stem: string
  surface: string
  /** Share of a full occurrence it counts for: 1, less in a background clause. */
  weight: number
  /** True for a word of an attribution clause ('Troy police Lt. Gerry Scherlinck said'). */
  attribution: boolean
}

/** A `Term`, its fields always in this order (one hidden class for every term). */
function term(stem: string, surface: string, weight: number, attribution: boolean): Term {
  return { stem, surface, weight, attribution }
}

/** The lexical features of one statement, before weighting. */
export interface StatementTokens {
  /** Stems of informative words that are not names, one per occurrence. */
  terms: Term[]
  /** Lower-case name tokens (capitalised words, names from details), one per occurrence. */
  names: Term[]
  /** Stems of the subjects of its figures ('troops', 'people killed'). */
  subjects: Term[]
}

/**
 * Splits a token of natural's tokenizer into informative lower-case words: possessive 's
 * dropped, hyphenated and slashed compounds split, digits, value words, stop words and
 * one-letter words removed.
 *
 * @example
 * informativeWords("80-strong") //=> ['strong']
 * informativeWords("zelenskyy's") //=> ['zelenskyy']
 */
export function informativeWords(token: string): string[] {
  const words: string[] = []
  const parts = token.includes('-') || token.includes('/') ? token.split(/[-/]/) : [token]
  for (const raw of parts) {
    const word = raw.endsWith("'s") ? raw.slice(0, -2) : raw.replaceAll("'", '')
    if (word.length < 2 || digit.test(word)) continue
    if (isUninformative(word)) continue
    words.push(word)
  }
  return words
}

/** Stems a word (news synonyms to their canonical stem, British -ise folded into -ize first, words of one dominant WordNet sense to one stem), remembering each answer. */
export type Stemmer = (word: string) => string

/**
 * Most words the shared stem memory keeps: past it, it starts again empty, so that a
 * long-running process comparing event after event holds a bounded table (a few MB).
 */
const stemMemoryLimit = 100_000

/** Stems already computed, shared by every call: a word's stem never depends on the call. */
const stemMemory = new Map<string, string>()

/**
 * A remembering stemmer: Porter stemming is the costliest step of tokenising, and events
 * repeat their words, so every stemmer shares one memory of up to `stemMemoryLimit` words
 * (`compare` scores each pair of a claim's statements again, with the same words).
 *
 * @example
 * const stemOf = memoStemmer(); stemOf('hospitalised') //=> 'hospit'
 */
export function memoStemmer(): Stemmer {
  return stemShared
}

function stemShared(word: string): string {
  let stemmed = stemMemory.get(word)
  if (stemmed === undefined) {
    stemmed = canonicalStem(word) ?? wordnetStem(stem(americanSpelling(word)))
    if (stemMemory.size >= stemMemoryLimit) stemMemory.clear()
    stemMemory.set(word, stemmed)
  }
  return stemmed
}

const britishSuffix = /is(e|ed|es|ing|ation|ations)$/

/**
 * Folds British -ise spellings into -ize before stemming ('hospitalised' and
 * 'hospitalized' share the stem of 'hospital'). Applied to every word alike, so words that
 * merely end in -ise ('rise', 'rising') stay consistent with themselves.
 *
 * @example
 * americanSpelling('immunisation') //=> 'immunization'
 */
export function americanSpelling(word: string): string {
  return word.length > 4 ? word.replace(britishSuffix, 'iz$1') : word
}

/**
 * Informative terms of a plain text, stemmed with natural's Porter stemmer, names included
 * (lower-cased). Used for whole documents by `groupByEvent`.
 *
 * @example
 * textTerms('Troops marched through Red Square on Friday.').map((t) => t.stem)
 * //=> ['troop', 'march', 'red', 'squar']
 */
export function textTerms(text: string, stemOf: Stemmer = memoStemmer()): Term[] {
  const terms: Term[] = []
  for (const token of tokenize(text)) {
    for (const word of informativeWords(token)) terms.push(term(stemOf(word), word, 1, false))
  }
  return terms
}

/** Case-preserving words of `text`, split exactly as natural's aggressive tokenizer splits. */
export function casedWords(text: string): string[] {
  return foldApostrophes(text.normalize('NFKC'))
    .split(wordSplitter)
    .filter((word) => word !== '')
}

function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0)
  return first >= 65 && first <= 90
}

function isAcronym(word: string): boolean {
  if (word.length < 2 || word.length > 6) return false
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    if (code < 65 || code > 90) return false
  }
  return true
}

/** The words of one statement's text, split the three ways alignment reads them. */
export interface StatementWords {
  /** `tokenize` of the text: lower case, as natural's aggressive tokenizer splits it. */
  lower: string[]
  /** `casedWords` of the text: the same words with their case. */
  cased: string[]
  /** Its runs of letters and digits, lower-cased (stop words included). */
  plain: string[]
}

/** Where a statement's words come from: `wordsMemo` shares them between the steps that read them. */
export type WordsOf = (statement: Statement) => StatementWords

/** A run of letters and digits: the plain tokens of `StatementWords`. */
export const plainToken = /[\p{L}\p{N}]+/gu

/** The words of `text` (see `StatementWords`). */
export function textWords(text: string): StatementWords {
  // `tokenize` lower-cases the words `casedWords` splits (ASCII letters only, the same split):
  // one normalisation and split of the text for both.
  const cased = casedWords(text)
  return { lower: packedMap(cased, lowerCase), cased, plain: text.toLowerCase().match(plainToken) ?? [] }
}

function lowerCase(word: string): string {
  return word.toLowerCase()
}

/** Splits every statement's text afresh. */
export const splitWords: WordsOf = (statement) => textWords(statement.text)

/**
 * A `WordsOf` that splits each statement once, for one call: `eventWords`, `statementTokens`
 * and `profileOf` all read the words, and `compare` profiles a statement once for each pair of
 * its claim it weighs. Keyed by the statement and checked against its text.
 */
export function wordsMemo(): WordsOf {
  const known = new Map<Statement, { text: string; words: StatementWords }>()
  return (statement) => {
    const found = known.get(statement)
    if (found !== undefined && found.text === statement.text) return found.words
    const words = textWords(statement.text)
    known.set(statement, { text: statement.text, words })
    return words
  }
}

/** What the whole event says about capitalised words. */
export interface EventWords {
  /** Words written capitalised away from the start of a sentence, or in name details. */
  names: Set<string>
  /** Words some statement writes in lower case. */
  common: Set<string>
}

/**
 * The event's names, lower-cased: words its statements write capitalised (or in capitals)
 * away from the start of a sentence and the words of person, organisation and place
 * details, minus every word some statement writes in lower case ('Hospital' in 'Harlowe
 * General Hospital' is the word 'hospital' another outlet writes in lower case). Reads only
 * the `cased` words of `wordsOf`.
 *
 * @example
 * const { statements } = analyze('Mayor Mina Okafor spoke first. Then Okafor left.')
 * eventWords(statements).names.has('okafor') //=> true
 */
export function eventWords(
  statements: readonly Statement[],
  wordsOf: (statement: Statement) => Pick<StatementWords, 'cased'> = splitWords,
): EventWords {
  const names = new Set<string>()
  const common = new Set<string>()
  for (const statement of statements) {
    // Headlines capitalise every word, so they say nothing about which words are names.
    const words = statement.kind === 'heading' ? [] : wordsOf(statement).cased
    words.forEach((word, i) => {
      const lower = possessiveFree(word.toLowerCase())
      if (!isCapitalised(word) && !isAcronym(word)) common.add(lower)
      else if (i > 0) names.add(lower)
    })
    for (const detail of statement.details) {
      if (detail.kind !== 'person' && detail.kind !== 'organization' && detail.kind !== 'place') continue
      const value = typeof detail.value === 'string' ? detail.value : detail.text
      for (const word of casedWords(value)) names.add(possessiveFree(word.toLowerCase()))
    }
  }
  for (const word of common) names.delete(word)
  return { names, common }
}

/** A word without its possessive 's. */
export function possessiveFree(word: string): string {
  return word.endsWith("'s") ? word.slice(0, -2) : word
}

/**
 * The lexical features of a statement: informative stems, names (capitalised words and
 * detail names, kept apart so that spelling variants can be matched) and figure subjects.
 * Figure values never appear: digits and number words are dropped.
 *
 * @example
 * const { statements } = analyze('Zelenskyy met 40 mayors in Kyiv.')
 * statementTokens(statements[0], eventWords(statements))
 * //=> { terms: [{ stem: 'zelenskyi', surface: 'zelenskyy', ... }, { stem: 'meet', surface: 'met', ... },
 * //             { stem: 'mayor', surface: 'mayors', weight: 1, attribution: false }],
 * //     names: [{ stem: 'zelenskyy', surface: 'Zelenskyy', ... }, { stem: 'kyiv', surface: 'Kyiv', ... }],
 * //     subjects: [{ stem: 'mayor', surface: 'mayor', ... }] }
 */
export function statementTokens(
  statement: Statement,
  event: EventWords,
  stemOf: Stemmer = memoStemmer(),
  wordsOf: WordsOf = splitWords,
): StatementTokens {
  const { lower, cased } = wordsOf(statement)
  const aligned = lower.length === cased.length
  const terms: Term[] = []
  const names: Term[] = []
  const background = backgroundTokens(statement.text, lower)
  const attributed = attributionClauses(statement)
  for (let i = 0; i < lower.length; i++) {
    const token = lower[i]!
    const share = i >= background.from && i < background.to ? backgroundWeight : 1
    const attribution = attributed.has(i)
    const original = aligned ? cased[i]! : token
    const acronym = isAcronym(original)
    const candidate = possessiveFree(token)
    if (
      (acronym || isCapitalised(original)) &&
      !digit.test(candidate) &&
      (acronym || !isUninformative(candidate))
    ) {
      const name = term(candidate, possessiveFree(original), share, attribution)
      if (event.names.has(candidate)) {
        names.push(name)
        continue
      }
      // A capitalised first word the event writes nowhere else may be a name ('Zelensky met
      // ...') or an ordinary word ('Investigators said ...'): it counts as both.
      if (i === 0 && !event.common.has(candidate)) names.push(name)
    }
    if (monthsThatAreWords.has(token) && original === token) terms.push(term(stemOf(token), token, 1, false))
    for (const word of informativeWords(token)) terms.push(term(stemOf(word), word, share, attribution))
  }
  const subjects: Term[] = []
  for (const detail of statement.details) {
    if (detail.subject === null || detail.subject === undefined) continue
    for (const word of textTerms(detail.subject, stemOf))
      subjects.push(term(word.stem, detail.subject, 1, false))
  }
  return { terms, names, subjects }
}

/**
 * Every word `statementTokens` may ask `event` about for this statement (its capitalised words
 * and acronyms, lower case, without a possessive 's, once each): two events that answer alike
 * for these words give the statement the same tokens, so a caller scoring one statement
 * against many others can reuse them. Keep it in step with the lookups of `statementTokens`.
 *
 * @example
 * eventLookups(analyze("Then Okafor's NHS crews left.").statements[0]) //=> ['then', 'okafor', 'nhs']
 */
export function eventLookups(statement: Statement, wordsOf: WordsOf = splitWords): string[] {
  const { lower, cased } = wordsOf(statement)
  const lookups = new Set<string>()
  if (lower.length !== cased.length) return []
  for (let i = 0; i < lower.length; i++) {
    const original = cased[i]!
    if (isAcronym(original) || isCapitalised(original)) lookups.add(possessiveFree(lower[i]!))
  }
  return [...lookups]
}

// Cues that only say who spoke; an attribution whose cue is the fact's own verb ('the company
// estimated the damage at £8 million') is no attribution clause here.
const speechCues: ReadonlySet<string> = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'adds',
  'stated',
  'according to',
])
// Characters that end an attribution clause: 'X, Troy police Lt. Gerry Scherlinck said.'
const clauseEdge = /[,;:"“”()\u2014]/

/**
 * Token positions (as `casedWords` splits the statement) of its attribution clauses: each
 * attribution detail with a speech cue, widened to the clause it stands in, leftwards to the
 * previous comma, quote mark or the start (the source's titles: 'Troy police Lt.'), and, when
 * the cue comes first ('said Troy police Lt. Gerry Scherlinck'), rightwards to the next one or
 * the end. Two statements that share only such words share only who spoke.
 */
function attributionClauses(statement: Statement): Set<number> {
  const positions = new Set<number>()
  const text = statement.text
  for (const detail of statement.details) {
    if (detail.kind !== 'attribution' || !speechCues.has(detail.cue?.toLowerCase() ?? '')) continue
    const at = text.indexOf(detail.text)
    if (at < 0) continue
    let from = at
    while (from > 0 && !clauseEdge.test(text[from - 1]!)) from--
    let to = at + detail.text.length
    if (detail.text.toLowerCase().startsWith(detail.cue!.toLowerCase())) {
      while (to < text.length && !clauseEdge.test(text[to]!)) to++
    }
    const first = casedWords(text.slice(0, from)).length
    const count = casedWords(text.slice(from, to)).length
    for (let i = first; i < first + count; i++) positions.add(i)
  }
  return positions
}

/** Words that open a clause giving the background of a statement's news, not the news itself. */
const backgroundOpeners: ReadonlySet<string> = new Set(['after', 'following'])

/** How much a word of a background clause counts, relative to a word of the main clause. */
export const backgroundWeight = 0.5

/**
 * Token positions [from, to) of a background clause: from 'after' or 'following' to the end
 * of the statement ('Shares fell after a fire destroyed a warehouse': the news is the shares),
 * or, for a statement that opens with one, up to its first comma.
 */
function backgroundTokens(text: string, tokens: readonly string[]): { from: number; to: number } {
  const first = tokens[0]
  if (first !== undefined && backgroundOpeners.has(first)) {
    const comma = text.indexOf(',')
    return comma < 0 ? { from: 0, to: 0 } : { from: 0, to: tokenize(text.slice(0, comma)).length }
  }
  for (let i = 1; i < tokens.length; i++)
    if (backgroundOpeners.has(tokens[i]!)) return { from: i, to: tokens.length }
  return { from: 0, to: 0 }
}
