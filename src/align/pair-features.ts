import { detailKinds } from '../detail-kinds.js'
import { rarity } from '../text/rarity.js'
import type { Detail, DetailValue, Statement } from '../types.js'
import {
  type EventWords,
  memoStemmer,
  plainToken,
  type StatementTokens,
  type Stemmer,
  splitWords,
  statementTokens,
  type WordsOf,
} from './tokens.js'

/**
 * What the same-statement model knows of one statement, computed once: its informative
 * words and names weighted by their rarity in general English, its adjacent word pairs, the
 * values of its figures and dates, its plain tokens and letter trigrams. Every key is an
 * integer from one `Interner`, and every set a sorted `Int32Array`, so that a pair's
 * features are merges of sorted lists.
 */
export interface StatementProfile {
  /** Ids of stems and names ('n:' keys), ascending. */
  ids: Int32Array
  /** Weight of each of `ids`: rarity in general English, at least `minWeight`. */
  weights: Float64Array
  /** 1 where the id in `ids` is a name. */
  isName: Uint8Array
  /** 1 where the id in `ids` occurs only in attribution clauses ('Troy police Lt. ... said'). */
  inAttribution: Uint8Array
  names: number
  /** Euclidean norm of `weights`. */
  norm: number
  /** Sum of `weights`. */
  mass: number
  /** Adjacent informative stems, in text order. */
  bigrams: Int32Array
  /** Figure values: 'count::47', 'money:EUR:8000000'. */
  figures: Int32Array
  /** Figure classes without the value: kind, unit and subject ('money:GBP:damag', 'count::miss'). */
  classes: Int32Array
  /** The classes of figures whose subject is known ('money:GBP:damag'): the slots it gives a value for. */
  slots: Int32Array
  /** Date values as extracted ('2025-05-08', 'thursday'). */
  dates: Int32Array
  /** Its distinct words and numbers, lower-cased (stop words included), ascending. */
  tokenSet: Int32Array
  /** Letter trigrams of the informative stems and names. */
  trigrams: Int32Array
}

/** Maps strings to small integers, one table for all the profiles that are compared. */
export type Interner = (key: string) => number

/** A new interner. */
export function interner(): Interner {
  const ids = new Map<string, number>()
  return (key) => {
    let id = ids.get(key)
    if (id === undefined) {
      id = ids.size
      ids.set(key, id)
    }
    return id
  }
}

/** The letter trigram ids of each word already profiled with an interner: its ids never change. */
const trigramMemories = new WeakMap<Interner, Map<string, number[]>>()

function trigramMemory(intern: Interner): Map<string, number[]> {
  let memory = trigramMemories.get(intern)
  if (memory === undefined) {
    memory = new Map()
    trigramMemories.set(intern, memory)
  }
  return memory
}

/**
 * The ids of an interner's prefixed keys ('2:' word pairs, 'n:' names, 'w:' tokens), found
 * without building the key string again: each key is interned once, in the same order as
 * without this memory, so the ids are the same.
 */
interface KeyedMemory {
  /** The id of '2:{first} {second}', where `firstId` and `secondId` are their ids. */
  bigram(firstId: number, secondId: number, first: string, second: string): number
  /** The id of 'n:{stem}'. */
  name(stem: string): number
  /** The id of 'w:{token}'. */
  token(token: string): number
}

const keyedMemories = new WeakMap<Interner, KeyedMemory>()

function keyedMemory(intern: Interner): KeyedMemory {
  let memory = keyedMemories.get(intern)
  if (memory === undefined) {
    const bigrams = new Map<number, Map<number, number>>()
    const prefixed = (prefix: string): ((key: string) => number) => {
      const ids = new Map<string, number>()
      return (key) => {
        let id = ids.get(key)
        if (id === undefined) {
          id = intern(`${prefix}${key}`)
          ids.set(key, id)
        }
        return id
      }
    }
    memory = {
      bigram(firstId, secondId, first, second) {
        let after = bigrams.get(firstId)
        if (after === undefined) {
          after = new Map()
          bigrams.set(firstId, after)
        }
        let id = after.get(secondId)
        if (id === undefined) {
          id = intern(`2:${first} ${second}`)
          after.set(secondId, id)
        }
        return id
      },
      name: prefixed('n:'),
      token: prefixed('w:'),
    }
    keyedMemories.set(intern, memory)
  }
  return memory
}

/** Weight of a word too common to say anything ('said' and 'the' are dropped earlier). */
const minWeight = 0.25

/** Names are specific whatever their frequency as words ('Rose', 'Bush'): at least this weight. */
const minNameWeight = 3

/**
 * The profile of a statement for the same-statement model. `event` says which capitalised
 * words are names (see `eventWords`); `intern` must be shared by every profile compared
 * with this one; `stemOf` lets a caller share one stemmer's memory, `wordsOf` one split of
 * each text (`wordsMemo`), and `lexical` pass the statement's tokens when it has them already
 * (`statementTokens` of the same arguments).
 *
 * @example
 * import { eventWords } from './tokens.js'
 * const [a, b] = [analyze('Crews freed 40 people.'), analyze('40 people were freed.')].map((x) => x.statements[0])
 * const event = eventWords([a, b])
 * const intern = interner()
 * pairFeatures(profileOf(a, event, intern), profileOf(b, event, intern)).length //=> 15
 */
export function profileOf(
  statement: Statement,
  event: EventWords,
  intern: Interner,
  stemOf: Stemmer = memoStemmer(),
  wordsOf: WordsOf = splitWords,
  lexical: StatementTokens = statementTokens(statement, event, stemOf, wordsOf),
): StatementProfile {
  // Plain arrays of ids, sorted and deduplicated once at the end (`sortedUnique`): cheaper
  // than a Set per feature, and a profile is built for every statement of every call. The ids
  // are interned in the same order as ever, so they are the same numbers.
  const weightOf = new Map<number, number>()
  const names = new Set<number>()
  const bigrams: number[] = []
  const trigrams: number[] = []
  const trigramsOf = trigramMemory(intern)
  const addTrigrams = (word: string): void => {
    let ids = trigramsOf.get(word)
    if (ids === undefined) {
      const padded = ` ${word} `
      ids = []
      for (let i = 0; i + 3 <= padded.length; i++) ids.push(intern(`3:${padded.slice(i, i + 3)}`))
      trigramsOf.set(word, ids)
    }
    for (let i = 0; i < ids.length; i++) trigrams.push(ids[i]!)
  }
  const keyed = keyedMemory(intern)
  let previous: string | null = null
  let previousId = -1
  // Ids seen outside attribution clauses: an id only ever inside one says who spoke.
  const outside = new Set<number>()
  for (const term of lexical.terms) {
    const id = intern(term.stem)
    if (term.attribution !== true) outside.add(id)
    const weight = Math.max(minWeight, rarity(term.surface)) * (term.weight ?? 1)
    const before = weightOf.get(id)
    if (before === undefined) addTrigrams(term.stem)
    weightOf.set(id, Math.max(before ?? 0, weight))
    if (previous !== null && previous !== term.stem)
      bigrams.push(keyed.bigram(previousId, id, previous, term.stem))
    previous = term.stem
    previousId = id
  }
  for (const name of lexical.names) {
    const id = keyed.name(name.stem)
    if (name.attribution !== true) outside.add(id)
    const weight = Math.max(minNameWeight, rarity(name.stem)) * (name.weight ?? 1)
    const before = weightOf.get(id)
    if (before === undefined) addTrigrams(name.stem)
    weightOf.set(id, Math.max(before ?? 0, weight))
    names.add(id)
  }
  const ids = sorted(weightOf)
  const weights = new Float64Array(ids.length)
  const isName = new Uint8Array(ids.length)
  const inAttribution = new Uint8Array(ids.length)
  let norm = 0
  let mass = 0
  for (let i = 0; i < ids.length; i++) {
    const weight = weightOf.get(ids[i]!)!
    weights[i] = weight
    if (names.has(ids[i]!)) isName[i] = 1
    if (!outside.has(ids[i]!)) inAttribution[i] = 1
    norm += weight * weight
    mass += weight
  }
  const figures: number[] = []
  const classes: number[] = []
  const slots: number[] = []
  const dates: number[] = []
  for (const detail of statement.details) {
    if (detail.kind === 'date') {
      if (typeof detail.value === 'string') dates.push(intern(`d:${detail.value.toLowerCase()}`))
    } else if (detailKinds[detail.kind].figure && !isAge(detail)) {
      const unit = unitOf(detail)
      const currency = detail.kind === 'money' ? unit : ''
      const subject = subjectKey(detail.subject, stemOf)
      if (distinctive(detail, subject))
        figures.push(intern(`f:${detail.kind}:${currency}:${valueKey(detail.value)}`))
      const slot = intern(`c:${detail.kind}:${unit}:${subject}`)
      classes.push(slot)
      if (subject !== '') slots.push(slot)
    }
  }
  const plain = wordsOf(statement).plain
  const tokens: number[] = new Array(plain.length)
  for (let i = 0; i < plain.length; i++) tokens[i] = keyed.token(plain[i]!)
  return {
    ids,
    weights,
    isName,
    inAttribution,
    names: names.size,
    norm: Math.sqrt(norm),
    mass,
    bigrams: sortedUnique(bigrams),
    figures: sortedUnique(figures),
    classes: sortedUnique(classes),
    slots: sortedUnique(slots),
    dates: sortedUnique(dates),
    tokenSet: sortedUnique(tokens),
    trigrams: sortedUnique(trigrams),
  }
}

/** Distinct values of an array of ids, ascending. */
function sortedUnique(values: readonly number[]): Int32Array {
  if (values.length === 0) return new Int32Array(0)
  const all = new Int32Array(values.length)
  for (let i = 0; i < values.length; i++) all[i] = values[i]!
  all.sort()
  let kept = 1
  for (let i = 1; i < all.length; i++) if (all[i] !== all[kept - 1]) all[kept++] = all[i]!
  return kept === all.length ? all : all.slice(0, kept)
}

/** The ids of a set, or the keys of a map, ascending. */
function sorted(values: ReadonlySet<number> | ReadonlyMap<number, unknown>): Int32Array {
  // Filled by hand: `Int32Array.from` of an iterable is several times slower.
  const out = new Int32Array(values.size)
  let i = 0
  for (const value of values.keys()) out[i++] = value
  return out.sort()
}

/** A figure's subject as sorted stems ('people killed' -> 'kill peopl'), '' when it has none. */
function subjectKey(subject: string | null, stemOf: Stemmer): string {
  if (subject === null) return ''
  return [...new Set((subject.toLowerCase().match(plainToken) ?? []).map(stemOf))].sort().join(' ')
}

function unitOf(detail: Detail): string {
  if (typeof detail.value === 'object' && detail.value !== null && 'currency' in detail.value)
    return detail.value.currency
  return detail.unit ?? ''
}

function valueKey(value: DetailValue): string {
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return value
  if ('currency' in value) return valueKey(value.amount)
  return value.min === value.max ? String(value.min) : `${value.min}-${value.max}`
}

/** The model's inputs for one pair of statements, in the order of `featureNames`. */
export type PairFeatures = number[]

/** Names of the pair features, in order (the model's coefficients follow this order). */
export const featureNames = [
  'cosine',
  'coverage',
  'sharedMass',
  'sharedNames',
  'namesDisjoint',
  'sharedBigrams',
  'sharedFigures',
  'sharedFigureClasses',
  'sharedDates',
  'shorterWords',
  'lengthRatio',
  'heavierCoverage',
  'unsharedMass',
  'tokenJaccard',
  'trigramJaccard',
] as const

/**
 * The sign a fitted model's weight must have for each feature that is evidence one way:
 * 1 for what two statements share (a shared word, name, figure or date is never evidence
 * against one fact), -1 for what sets them apart (names that differ, weight only one of them
 * has). The length features are free. scripts/fit-similarity.mjs holds the fit to these: fitted
 * freely on the three dev sets, shared bigrams, figure classes and names and the heavier
 * statement's coverage all took negative weights, so that '74 residents spoke during public
 * comment' / 'More than 70 residents spoke during the public comment period' scored 0.27.
 */
export const featureSigns: Readonly<Record<string, 1 | -1>> = {
  cosine: 1,
  coverage: 1,
  sharedMass: 1,
  sharedNames: 1,
  namesDisjoint: -1,
  sharedBigrams: 1,
  sharedFigures: 1,
  sharedFigureClasses: 1,
  sharedDates: 1,
  heavierCoverage: 1,
  unsharedMass: -1,
  tokenJaccard: 1,
  trigramJaccard: 1,
  eventCosine: 1,
}

/**
 * The features of a pair of profiles:
 * - cosine: cosine similarity of the rarity-weighted words and names;
 * - coverage: the weight they share over the lighter statement's weight (a short statement
 *   inside a long one covers fully); heavierCoverage: over the heavier one's;
 * - sharedMass: ln(1 + shared weight), so that one shared common word is weak evidence
 *   however short the statements; unsharedMass: ln(1 + weight only one of them has);
 * - sharedNames: shared names, at most 3; namesDisjoint: 1 when both name someone or
 *   something and no name is shared (two facts about different people);
 * - sharedBigrams: shared adjacent word pairs, at most 3;
 * - sharedFigures, sharedFigureClasses, sharedDates: equal figure values, figure classes
 *   (kind, unit and subject: both estimate the damage in pounds) and dates, at most 3 each (a differing value is no evidence either way);
 * - shorterWords: ln(1 + words of the shorter statement); lengthRatio: shorter / longer;
 * - tokenJaccard: Jaccard similarity of all their words (stop words and numbers included);
 *   trigramJaccard: of the letter trigrams of their informative words (inflections and
 *   spelling variants overlap).
 */
export function pairFeatures(
  a: StatementProfile,
  b: StatementProfile,
  overlap: ProfileOverlap = overlapOf(a, b),
): PairFeatures {
  const features: number[] = []
  writePairFeatures(features, a, b, overlap)
  return features
}

/**
 * `pairFeatures` written into `out` from index 0, in the order of `featureNames`: `align`
 * scores millions of pairs into one reused array instead of allocating one per pair.
 */
export function writePairFeatures(
  out: number[],
  a: StatementProfile,
  b: StatementProfile,
  overlap: ProfileOverlap,
): void {
  const { dot, shared, sharedNames } = overlap
  const lighter = Math.min(a.mass, b.mass)
  const heavier = Math.max(a.mass, b.mass)
  const shorter = Math.min(a.ids.length, b.ids.length)
  const longer = Math.max(a.ids.length, b.ids.length)
  out[0] = a.norm > 0 && b.norm > 0 ? dot / (a.norm * b.norm) : 0
  out[1] = lighter > 0 ? Math.min(1, shared / lighter) : 0
  out[2] = Math.log1p(shared)
  out[3] = Math.min(3, sharedNames)
  out[4] = a.names > 0 && b.names > 0 && sharedNames === 0 ? 1 : 0
  out[5] = Math.min(3, common(a.bigrams, b.bigrams))
  out[6] = Math.min(3, common(a.figures, b.figures))
  out[7] = Math.min(3, common(a.classes, b.classes))
  out[8] = Math.min(3, common(a.dates, b.dates))
  out[9] = Math.log1p(shorter)
  out[10] = longer > 0 ? shorter / longer : 0
  out[11] = heavier > 0 ? shared / heavier : 0
  out[12] = Math.log1p(Math.max(0, a.mass + b.mass - 2 * shared))
  out[13] = jaccard(a.tokenSet, b.tokenSet)
  out[14] = jaccard(a.trigrams, b.trigrams)
}

/**
 * Whether a detail is a person's age ('Dale Pruitt, 19,', 'the 61-year-old suspect'): background
 * that outlets repeat in statements of different facts, so not evidence of one fact. A reader
 * found 'Nichols, 37, will serve his sentence in ...' and 'Nichols, 37, was a computer expert'
 * held together by the age alone. An age still takes part in the claims' comparisons (60 and
 * 61 for one suspect is a real conflict).
 */
function isAge(detail: Detail): boolean {
  return detail.kind === 'quantity' && detail.subject === 'age'
}

/**
 * Whether a figure both statements give is evidence that they state one fact: not a count of
 * one or two ('one man', 'two jurors'), nor a small count of nothing named ('IE 8 Beta 2'). A
 * judge found claims of two facts held together only by 'one' and 'two', or by '8' and '2' of
 * a product's name.
 */
function distinctive(detail: Detail, subject: string): boolean {
  if (detail.kind !== 'count' || typeof detail.value !== 'number') return true
  return detail.value > 2 && (subject !== '' || detail.value >= 10)
}

/**
 * Least same-statement probability `align` gives two statements that give a value for the
 * same figure slot (kind, unit and subject: both estimate the damage in pounds, both count
 * the missing) and share evidence (`hasEvidence`). A figure both give is strong evidence of
 * one fact, and these are the statements whose values a reader needs compared, agreeing or
 * not; the model, fitted on event mentions that rarely carry figures, underrates them.
 */
export const sharedSlotFloor = 0.7

/** True when two profiles give a value for one figure slot. */
export function sharesSlot(a: StatementProfile, b: StatementProfile): boolean {
  return common(a.slots, b.slots) > 0
}

/** True when two profiles give one date ('2025-05-08', 'thursday'). */
export function sharesDate(a: StatementProfile, b: StatementProfile): boolean {
  return common(a.dates, b.dates) > 0
}

/** Number of values two ascending arrays share. */
function common(a: Int32Array, b: Int32Array): number {
  let i = 0
  let j = 0
  let count = 0
  while (i < a.length && j < b.length) {
    const x = a[i]!
    const y = b[j]!
    if (x < y) i++
    else if (x > y) j++
    else {
      count++
      i++
      j++
    }
  }
  return count
}

function jaccard(a: Int32Array, b: Int32Array): number {
  const shared = common(a, b)
  const union = a.length + b.length - shared
  return union > 0 ? shared / union : 0
}

/**
 * Least rarity-weighted word mass two statements must share before `align` lets the model
 * link them: about one uncommon word ('wreckage', 'parade') or name, or two everyday ones
 * ('fire' and 'police'). 'Listen here.' and 'Nobody was listening.' share only 'listen' (1),
 * which says nothing about the fact; the model, fitted on full news sentences, cannot know
 * that two-word statements are rarer than its training data.
 */
export const minSharedMass = 2.5

/**
 * True when two profiles share enough evidence to be one fact, before any model: shared word mass
 * of at least `minSharedMass`, or a shared figure, figure class (both count the missing,
 * both give the damage in pounds) or date with at least one shared word ('Five people were still missing' and
 * 'At least nine people were still missing').
 */
export function hasEvidence(a: StatementProfile, b: StatementProfile, shared = sharedWeight(a, b)): boolean {
  if (shared >= minSharedMass) return true
  return (
    shared >= 1 &&
    (common(a.figures, b.figures) > 0 || common(a.classes, b.classes) > 0 || common(a.dates, b.dates) > 0)
  )
}

/** The rarity weight two profiles share: the sum of the smaller weight of each shared word or name. */
export function sharedWeight(a: StatementProfile, b: StatementProfile): number {
  return overlapOf(a, b).shared
}

/** What one merge of two profiles finds (see `overlapOf`). */
export interface ProfileOverlap {
  /** Dot product of their weights. */
  dot: number
  /** The weight they share: the smaller of each shared word's or name's. */
  shared: number
  /** How many shared ones are names. */
  sharedNames: number
  /** The part of `shared` that names carry. */
  sharedNameMass: number
  /** The part of `shared` carried by words and names that stand only in attribution clauses, in either. */
  sharedAttributionMass: number
}

/**
 * One merge of two profiles' sorted words and names: the dot product of their weights, the
 * weight they share (the smaller of each shared one) and how many shared ones are names.
 * `pairFeatures` takes it precomputed, so that a caller gating on the shared weight merges once.
 * Written into `out` when given: `align` merges millions of pairs into one reused record.
 */
export function overlapOf(
  a: StatementProfile,
  b: StatementProfile,
  out: ProfileOverlap = { dot: 0, shared: 0, sharedNames: 0, sharedNameMass: 0, sharedAttributionMass: 0 },
): ProfileOverlap {
  let dot = 0
  let shared = 0
  let sharedNames = 0
  let sharedNameMass = 0
  let sharedAttributionMass = 0
  let i = 0
  let j = 0
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!
    const y = b.ids[j]!
    if (x < y) i++
    else if (x > y) j++
    else {
      const left = a.weights[i]!
      const right = b.weights[j]!
      const smaller = Math.min(left, right)
      dot += left * right
      shared += smaller
      if (a.isName[i] === 1) {
        sharedNames++
        sharedNameMass += smaller
      }
      if (a.inAttribution[i] === 1 || b.inAttribution[j] === 1) sharedAttributionMass += smaller
      i++
      j++
    }
  }
  out.dot = dot
  out.shared = shared
  out.sharedNames = sharedNames
  out.sharedNameMass = sharedNameMass
  out.sharedAttributionMass = sharedAttributionMass
  return out
}
