import { detailKinds } from '../detail-kinds.js'
import { rarity } from '../text/rarity.js'
import type { Detail, DetailValue, Statement } from '../types.js'
import { pairId, pairIds } from './pair-ids.js'
import { markedJaccard, markProfile, type ProfileMarks, profileMarks } from './profile-marks.js'
import {
  clearScratch,
  entryOf,
  type IntList,
  intList,
  meetId,
  profileScratch,
  pushInt,
} from './profile-scratch.js'
import { pushTrigrams } from './profile-trigrams.js'
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
 * integer numbered by one `Interner` (word pairs and tokens by its memory, apart; trigrams by
 * fixed codes, `pushTrigrams`), and every
 * set an ascending run of integers, so that a pair's features are merges of sorted lists.
 *
 * Compact: the lists lie back to back in `ints` (shared by many profiles of one `align` call,
 * see `ProfileStore`), in the order of `ProfileList`, after a header of where each starts; the
 * weights lie in `reals` from `realsAt`. Twelve small typed arrays a statement held about 3.7 KB,
 * most of it the arrays' own overhead, and one event of 2,000 articles has 80,000 statements.
 */
export interface StatementProfile {
  /** Holds the header at `at` (where each `ProfileList` starts, and where the last ends), then the lists. */
  ints: Int32Array
  /** Position of the header in `ints`. */
  at: number
  /** Holds the weight of each id of the `ids` list, in order, from `realsAt`. */
  reals: Float64Array
  realsAt: number
  /** How many ids (stems and names) it has. */
  size: number
  names: number
  /** Euclidean norm of the weights. */
  norm: number
  /** Sum of the weights. */
  mass: number
}

/**
 * The integer lists of a profile, in the order they are stored:
 * - ids: ids of stems and names ('n:' keys), ascending; each weighs its rarity in general
 *   English, at least `minWeight`;
 * - flags: flags of the id at the same place of `ids`: `NAME` (1) when it is a name, plus
 *   `ATTRIBUTION_ONLY` (2) when it stands only in attribution clauses ('Troy police Lt. ... said');
 * - bigrams: adjacent informative stems;
 * - figures: figure values ('count::47', 'money:EUR:8000000');
 * - classes: figure classes without the value: kind, unit and subject ('money:GBP:damag', 'count::miss');
 * - slots: the classes of figures whose subject is known: the slots it gives a value for;
 * - dates: date values as extracted ('2025-05-08', 'thursday');
 * - tokenSet: its distinct words and numbers, lower-cased (stop words included);
 * - trigrams: letter trigrams of the informative stems and names.
 * Every list but `flags` is ascending and without repeats.
 */
export const ProfileList = {
  ids: 0,
  flags: 1,
  bigrams: 2,
  figures: 3,
  classes: 4,
  slots: 5,
  dates: 6,
  tokenSet: 7,
  trigrams: 8,
} as const

/** The flag of a `flags` entry for a name. */
const NAME = 1
/** The flag of a `flags` entry for an id that stands only in attribution clauses (who spoke). */
const ATTRIBUTION_ONLY = 2
/** While profiling: the flag of an id met outside attribution clauses (see `ATTRIBUTION_ONLY`). */
const OUTSIDE = 4

/** `profileOf`'s working space, reused by every call (profiling is synchronous and never nested). */
const scratch = profileScratch()

/** `profileOf`'s lists before sorting, in the order of `ProfileList` from `bigrams`: bigrams, figures, classes, slots, dates, tokens, trigrams. */
const lists: [IntList, IntList, IntList, IntList, IntList, IntList, IntList] = [
  intList(),
  intList(),
  intList(),
  intList(),
  intList(),
  intList(),
  intList(),
]

/** Lists of a profile (`ProfileList`); its header holds one more entry, the end of the last. */
const profileLists = 9

/**
 * Where profiles are written: blocks of integers and of weights that many profiles share, so
 * that a profile costs its data and one small record instead of a dozen typed arrays. A profile
 * never moves; a full block is left to the profiles in it and a new one started.
 */
export interface ProfileStore {
  ints: Int32Array
  intsUsed: number
  reals: Float64Array
  realsUsed: number
}

/** Most integers of a new block of a `ProfileStore` (a profile larger than this gets a block of its own size). */
const storeBlock = 1 << 16

/** A new, empty store. */
export function profileStore(): ProfileStore {
  return { ints: new Int32Array(0), intsUsed: 0, reals: new Float64Array(0), realsUsed: 0 }
}

/** The weight of `id` in a profile, undefined when it lacks it. */
export function profileWeight(profile: StatementProfile, id: number): number | undefined {
  const { ints, at } = profile
  const from = ints[at + ProfileList.ids]!
  for (let i = 0; i < profile.size; i++) if (ints[from + i] === id) return profile.reals[profile.realsAt + i]
  return undefined
}

/** The values of one list of a profile, as a new array (for tests and explanations, not hot paths). */
export function profileList(profile: StatementProfile, list: number): number[] {
  const { ints, at } = profile
  return Array.from(ints.subarray(ints[at + list]!, ints[at + list + 1]!))
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

/**
 * Ids found without building a key string: names ('n:{stem}', interned once each, in the same
 * order as without this memory, so with the same ids as the stems they are sorted among), and
 * word pairs and tokens, numbered apart from the interner's keys (each is compared only with
 * its own kind, so its numbers need not be the interner's). An event's word pairs and tokens
 * as key strings in the interner, and the pairs in a Map for each first word, held about 0.7
 * KB a statement while `align` made the profiles.
 */
interface KeyedMemory {
  /** The id of the word pair of ids `firstId` and `secondId` (in that order). */
  bigram(firstId: number, secondId: number): number
  /** The id of 'n:{stem}'. */
  name(stem: string): number
  /** The id of a token (a word or a number, lower case). */
  token(token: string): number
}

const keyedMemories = new WeakMap<Interner, KeyedMemory>()

function keyedMemory(intern: Interner): KeyedMemory {
  let memory = keyedMemories.get(intern)
  if (memory === undefined) {
    const bigrams = pairIds()
    const names = new Map<string, number>()
    const tokens = new Map<string, number>()
    memory = {
      bigram: (firstId, secondId) => pairId(bigrams, firstId, secondId),
      name(stem) {
        let id = names.get(stem)
        if (id === undefined) {
          id = intern(`n:${stem}`)
          names.set(stem, id)
        }
        return id
      },
      token(token) {
        let id = tokens.get(token)
        if (id === undefined) {
          id = tokens.size
          tokens.set(token, id)
        }
        return id
      },
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
 * (`statementTokens` of the same arguments). With `store` the profile is written into its
 * shared blocks (`align` keeps every statement's profile); without, into arrays of its own.
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
  store?: ProfileStore,
): StatementProfile {
  // The ids are gathered in the reused working space (`ProfileScratch`), and the lists sorted
  // and deduplicated once at the end (`writeSortedUnique`). The ids are interned in the same
  // order as ever, so they are the same numbers.
  clearScratch(scratch)
  for (const list of lists) list.length = 0
  const [bigrams, figures, classes, slots, dates, tokens, trigrams] = lists
  const keyed = keyedMemory(intern)
  let previous: string | null = null
  let previousId = -1
  for (const term of lexical.terms) {
    const id = intern(term.stem)
    const weight = Math.max(minWeight, rarity(term.surface)) * term.weight
    if (meetId(scratch, id, weight, term.attribution ? 0 : OUTSIDE)) pushTrigrams(trigrams, term.stem)
    if (previous !== null && previous !== term.stem) pushInt(bigrams, keyed.bigram(previousId, id))
    previous = term.stem
    previousId = id
  }
  for (const name of lexical.names) {
    const id = keyed.name(name.stem)
    const weight = Math.max(minNameWeight, rarity(name.stem)) * name.weight
    if (meetId(scratch, id, weight, NAME | (name.attribution ? 0 : OUTSIDE)))
      pushTrigrams(trigrams, name.stem)
  }
  for (const detail of statement.details) {
    if (detail.kind === 'date') {
      if (typeof detail.value === 'string') pushInt(dates, intern(`d:${detail.value.toLowerCase()}`))
    } else if (detailKinds[detail.kind].figure && !isAge(detail)) {
      const unit = unitOf(detail)
      const currency = detail.kind === 'money' ? unit : ''
      const subject = subjectKey(detail.subject, stemOf)
      if (distinctive(detail, subject))
        pushInt(figures, intern(`f:${detail.kind}:${currency}:${valueKey(detail.value)}`))
      const slot = intern(`c:${detail.kind}:${unit}:${subject}`)
      pushInt(classes, slot)
      if (subject !== '') pushInt(slots, slot)
    }
  }
  const plain = wordsOf(statement).plain
  for (let i = 0; i < plain.length; i++) pushInt(tokens, keyed.token(plain[i]!))
  const size = scratch.size
  let nameCount = 0
  for (let i = 0; i < size; i++) if ((scratch.flags[i]! & NAME) !== 0) nameCount++
  // The most the lists take before repeats are dropped: the space to reserve.
  let bound = profileLists + 1 + 2 * size
  for (const list of lists) bound += list.length
  const own = store === undefined
  const target = own
    ? { ints: new Int32Array(bound), intsUsed: 0, reals: new Float64Array(size), realsUsed: 0 }
    : store
  if (!own) reserve(target, bound, size)
  const ints = target.ints
  const at = target.intsUsed
  // ids, then flags, then the sorted, deduplicated lists, each after the one before.
  let end = at + profileLists + 1
  ints[at + ProfileList.ids] = end
  copySorted(ints, end, scratch.ids, size)
  end += size
  ints[at + ProfileList.flags] = end
  const idsAt = end - size
  for (let i = 0; i < size; i++) {
    const flags = scratch.flags[entryOf(scratch, ints[idsAt + i]!)]!
    ints[end++] = (flags & NAME) | ((flags & OUTSIDE) !== 0 ? 0 : ATTRIBUTION_ONLY)
  }
  for (let list = 0; list < lists.length; list++) {
    ints[at + ProfileList.bigrams + list] = end
    end = writeSortedUnique(ints, end, lists[list]!)
  }
  ints[at + profileLists] = end
  const reals = target.reals
  const realsAt = target.realsUsed
  let norm = 0
  let mass = 0
  for (let i = 0; i < size; i++) {
    const weight = scratch.weights[entryOf(scratch, ints[idsAt + i]!)]!
    reals[realsAt + i] = weight
    norm += weight * weight
    mass += weight
  }
  target.intsUsed = end
  target.realsUsed = realsAt + size
  return {
    ints: own && end < bound ? ints.slice(0, end) : ints,
    at,
    reals,
    realsAt,
    size,
    names: nameCount,
    norm: Math.sqrt(norm),
    mass,
  }
}

/** Makes room in `store` for `ints` more integers and `reals` more weights, in a new block when the current one is full. */
function reserve(store: ProfileStore, ints: number, reals: number): void {
  if (store.intsUsed + ints > store.ints.length) {
    store.ints = new Int32Array(Math.max(ints, nextBlock(store.ints.length)))
    store.intsUsed = 0
  }
  if (store.realsUsed + reals > store.reals.length) {
    store.reals = new Float64Array(Math.max(reals, nextBlock(store.reals.length * 4) / 4))
    store.realsUsed = 0
  }
}

/**
 * The integers of the block after one of `length`: twice as many, from 1,024 up to `storeBlock`,
 * so that a store of a few profiles (`compare` keeps one per claim) stays small. Blocks of
 * weights hold a quarter as many.
 */
function nextBlock(length: number): number {
  return Math.min(storeBlock, Math.max(1024, length * 2))
}

/** Writes the distinct values of `list`, ascending, into `out` from `at`; returns where they end. */
function writeSortedUnique(out: Int32Array, at: number, list: IntList): number {
  const count = list.length
  if (count === 0) return at
  copySorted(out, at, list.values, count)
  let kept = at + 1
  for (let i = at + 1; i < at + count; i++) if (out[i] !== out[kept - 1]) out[kept++] = out[i]!
  return kept
}

/** Lists at most this long are sorted in place by insertion, longer ones by a view's `sort`. */
const shortList = 48

/**
 * Writes the first `count` values of `values` into `out` from `at`, ascending. A profile's
 * lists are mostly a few dozen integers or fewer: sorted by insertion they need no two
 * `subarray` views each (a view is an object of about 90 bytes on V8's heap), which every
 * list of every statement of an event made.
 */
function copySorted(out: Int32Array, at: number, values: Int32Array, count: number): void {
  if (count > shortList) {
    out.set(values.subarray(0, count), at)
    out.subarray(at, at + count).sort()
    return
  }
  for (let i = 0; i < count; i++) {
    const value = values[i]!
    let j = at + i
    while (j > at && out[j - 1]! > value) {
      out[j] = out[j - 1]!
      j--
    }
    out[j] = value
  }
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
 * scores millions of pairs into one reused array instead of allocating one per pair. With
 * `marks` (`jaccardMarks`), `a` is marked in them, for a caller that scores `a` against many.
 */
export function writePairFeatures(
  out: number[],
  a: StatementProfile,
  b: StatementProfile,
  overlap: ProfileOverlap,
  marks?: ProfileMarks,
): void {
  const { dot, shared, sharedNames } = overlap
  const lighter = Math.min(a.mass, b.mass)
  const heavier = Math.max(a.mass, b.mass)
  const shorter = Math.min(a.size, b.size)
  const longer = Math.max(a.size, b.size)
  out[0] = a.norm > 0 && b.norm > 0 ? dot / (a.norm * b.norm) : 0
  out[1] = lighter > 0 ? Math.min(1, shared / lighter) : 0
  out[2] = Math.log1p(shared)
  out[3] = Math.min(3, sharedNames)
  out[4] = a.names > 0 && b.names > 0 && sharedNames === 0 ? 1 : 0
  out[5] = Math.min(3, common(a, b, ProfileList.bigrams))
  out[6] = Math.min(3, common(a, b, ProfileList.figures))
  out[7] = Math.min(3, common(a, b, ProfileList.classes))
  out[8] = Math.min(3, common(a, b, ProfileList.dates))
  out[9] = Math.log1p(shorter)
  out[10] = longer > 0 ? shorter / longer : 0
  out[11] = heavier > 0 ? shared / heavier : 0
  out[12] = Math.log1p(Math.max(0, a.mass + b.mass - 2 * shared))
  if (marks === undefined) {
    out[13] = jaccard(a, b, ProfileList.tokenSet)
    out[14] = jaccard(a, b, ProfileList.trigrams)
  } else {
    markProfile(marks, a)
    out[13] = markedJaccard(marks, b, 0)
    out[14] = markedJaccard(marks, b, 1)
  }
}

/**
 * Marks for `writePairFeatures` of one profile against many (`ProfileMarks`): its token and
 * trigram lists, the two Jaccard features.
 */
export function jaccardMarks(): ProfileMarks {
  return profileMarks([ProfileList.tokenSet, ProfileList.trigrams])
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
  return common(a, b, ProfileList.slots) > 0
}

/** True when two profiles give one date ('2025-05-08', 'thursday'). */
export function sharesDate(a: StatementProfile, b: StatementProfile): boolean {
  return common(a, b, ProfileList.dates) > 0
}

/** Number of values one list (`ProfileList`) of two profiles shares. */
function common(a: StatementProfile, b: StatementProfile, list: number): number {
  const left = a.ints
  const right = b.ints
  let i = left[a.at + list]!
  let j = right[b.at + list]!
  const iEnd = left[a.at + list + 1]!
  const jEnd = right[b.at + list + 1]!
  let count = 0
  while (i < iEnd && j < jEnd) {
    const x = left[i]!
    const y = right[j]!
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

/** Length of one list (`ProfileList`) of a profile. */
function lengthOf(profile: StatementProfile, list: number): number {
  return profile.ints[profile.at + list + 1]! - profile.ints[profile.at + list]!
}

function jaccard(a: StatementProfile, b: StatementProfile, list: number): number {
  const shared = common(a, b, list)
  const union = lengthOf(a, list) + lengthOf(b, list) - shared
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
    (common(a, b, ProfileList.figures) > 0 ||
      common(a, b, ProfileList.classes) > 0 ||
      common(a, b, ProfileList.dates) > 0)
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
  const aInts = a.ints
  const bInts = b.ints
  const aFrom = aInts[a.at + ProfileList.ids]!
  const bFrom = bInts[b.at + ProfileList.ids]!
  const aWeights = a.reals
  const bWeights = b.reals
  let i = 0
  let j = 0
  while (i < a.size && j < b.size) {
    const x = aInts[aFrom + i]!
    const y = bInts[bFrom + j]!
    if (x < y) i++
    else if (x > y) j++
    else {
      const left = aWeights[a.realsAt + i]!
      const right = bWeights[b.realsAt + j]!
      const smaller = Math.min(left, right)
      dot += left * right
      shared += smaller
      // flags lie right after the ids, one entry each.
      const flags = aInts[aFrom + a.size + i]!
      if ((flags & NAME) !== 0) {
        sharedNames++
        sharedNameMass += smaller
      }
      if (((flags | bInts[bFrom + b.size + j]!) & ATTRIBUTION_ONLY) !== 0) sharedAttributionMass += smaller
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
