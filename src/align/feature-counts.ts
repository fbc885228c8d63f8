import type { StatementTokens, Term } from './tokens.js'

/**
 * The lexical features of an event's statements, taken one statement at a time and kept
 * compactly until `weighCounts` weighs them: each feature occurrence is a number and a share in
 * typed arrays, each distinct feature one key and a count of its spellings. Every statement's
 * tokens alive at once (objects of a stem, a spelling and a share for each word) held about
 * 1.1 KB a statement while names were merged into variants across the event, which needs
 * them all; one event of 2,000 articles has 80,000 statements.
 *
 * A feature here is raw: a name is its own stem ('n:' below), which `weighCounts` maps to its
 * variant (see `nameVariants`).
 */
export interface FeatureCounts {
  /** The raw feature number of each term stem, name stem and figure subject stem, by kind. */
  numbers: { readonly [K in FeatureKind]: Map<string, number> }
  /** The kind of each raw feature. */
  kinds: FeatureKind[]
  /** The stem of each raw feature. */
  stems: string[]
  /** How often each raw feature is written each way (its surface forms, for `why`). */
  surfaces: Map<string, number>[]
  /**
   * Raw feature numbers of every occurrence, statement after statement, in token order, in
   * blocks filled one after the other (see `occurrenceBlock`).
   */
  occurrences: Int32Array[]
  /** The share of a full occurrence each occurrence counts for (see `Term.weight`), in blocks of the same lengths. */
  shares: Float64Array[]
  /** Occurrences taken so far. */
  used: number
  /** Occurrences the blocks hold room for. */
  room: number
  /** Where each statement's occurrences end. */
  ends: Int32Array
  /** Statements taken so far. */
  statements: number
  /** How often each name stem occurs, across the statements: what `nameVariants` groups. */
  nameCounts: Map<string, number>
}

/** Which of a statement's token lists a feature comes from: its feature key's prefix. */
export type FeatureKind = 't' | 'n' | 's'

/** New, empty counts. */
export function featureCounts(): FeatureCounts {
  return {
    numbers: { t: new Map(), n: new Map(), s: new Map() },
    kinds: [],
    stems: [],
    surfaces: [],
    occurrences: [],
    shares: [],
    used: 0,
    room: 0,
    ends: new Int32Array(64),
    statements: 0,
    nameCounts: new Map(),
  }
}

/**
 * Adds one statement's tokens to `counts`, as the next statement: its terms, then its names,
 * then its figure subjects, each in order (the order `weighCounts` numbers features in).
 *
 * @example
 * const counts = featureCounts()
 * countFeatures(counts, { terms: [{ stem: 'troop', surface: 'troops' }], names: [], subjects: [] })
 * counts.stems //=> ['troop']
 */
export function countFeatures(counts: FeatureCounts, tokens: StatementTokens): void {
  for (const term of tokens.terms) addOccurrence(counts, 't', term)
  for (const name of tokens.names) {
    addOccurrence(counts, 'n', name)
    counts.nameCounts.set(name.stem, (counts.nameCounts.get(name.stem) ?? 0) + 1)
  }
  for (const subject of tokens.subjects) addOccurrence(counts, 's', subject)
  if (counts.statements === counts.ends.length) counts.ends = grown(counts.ends, counts.ends.length * 2)
  counts.ends[counts.statements++] = counts.used
}

function addOccurrence(counts: FeatureCounts, kind: FeatureKind, term: Term): void {
  const numbers = counts.numbers[kind]
  let number = numbers.get(term.stem)
  if (number === undefined) {
    number = counts.stems.length
    numbers.set(term.stem, number)
    counts.kinds.push(kind)
    counts.stems.push(term.stem)
    counts.surfaces.push(new Map())
  }
  const surfaces = counts.surfaces[number]!
  surfaces.set(term.surface, (surfaces.get(term.surface) ?? 0) + 1)
  if (counts.used === counts.room) {
    const length = occurrenceBlock(counts.room)
    counts.occurrences.push(new Int32Array(length))
    counts.shares.push(new Float64Array(length))
    counts.room += length
  }
  const last = counts.occurrences.length - 1
  const at = counts.used - (counts.room - counts.occurrences[last]!.length)
  counts.occurrences[last]![at] = number
  counts.shares[last]![at] = term.weight
  counts.used++
}

/** Most occurrences a block holds. */
const occurrenceBlockMax = 1 << 16

/**
 * The length of the block after `room` occurrences: as many again (from 256) up to
 * `occurrenceBlockMax`. Blocks are never copied: arrays doubled and copied as they filled made
 * twice the data they ended with (about 49 MB over an event of 2,000 articles for 24 MB kept).
 */
function occurrenceBlock(room: number): number {
  return Math.min(occurrenceBlockMax, Math.max(256, room))
}

/**
 * The raw feature number of occurrence `index` (for tests and checks; `weighCounts` walks the
 * blocks in order).
 *
 * @example
 * const counts = featureCounts()
 * countFeatures(counts, { terms: [{ stem: 'troop', surface: 'troops', weight: 1, attribution: false }], names: [], subjects: [] })
 * occurrenceAt(counts, 0) //=> 0
 */
export function occurrenceAt(counts: FeatureCounts, index: number): number {
  let at = index
  for (const block of counts.occurrences) {
    if (at < block.length) return block[at]!
    at -= block.length
  }
  return -1
}

/** The share of occurrence `index` (see `occurrenceAt`). */
export function shareAt(counts: FeatureCounts, index: number): number {
  let at = index
  for (const block of counts.shares) {
    if (at < block.length) return block[at]!
    at -= block.length
  }
  return Number.NaN
}

/** A copy of `array` with room for `length` entries. */
function grown(array: Int32Array, length: number): Int32Array {
  const copy = new Int32Array(length)
  copy.set(array)
  return copy
}
