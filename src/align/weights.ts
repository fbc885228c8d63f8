import { countFeatures, type FeatureCounts, featureCounts } from './feature-counts.js'
import type { StatementTokens } from './tokens.js'

/**
 * A sparse feature vector: feature ids ascending, weights scaled to unit length, the entries
 * `at` to `at + length` of `ids` and `weights` (arrays many vectors share, see `vectorBlocks`).
 */
export interface SparseVector {
  ids: Int32Array
  weights: Float64Array
  at: number
  length: number
}

/**
 * A vector of its own arrays (all their entries).
 *
 * @example
 * ownVector(Int32Array.of(1, 4), Float64Array.of(0.6, 0.8)).length //=> 2
 */
export function ownVector(ids: Int32Array, weights: Float64Array): SparseVector {
  return { ids, weights, at: 0, length: ids.length }
}

/** The event's features: ids, readable forms and how many statements carry each. */
export interface Vocabulary {
  /** Feature key ('t:troop', 'n:zelensky', 's:troop') to id. */
  ids: Map<string, number>
  keys: string[]
  /** The most frequent surface form of each feature, for `why`. */
  surfaces: string[]
  /** Number of statements that carry each feature. */
  df: Int32Array
}

/**
 * How much a shared feature of each kind counts, relative to an ordinary word. Names count
 * like words (their rarity already weighs them): a boost would glue together the different
 * facts one spokesperson is quoted on. A shared figure subject ('troops') is good evidence
 * without being decisive; it repeats words of the text and extraction can get it wrong,
 * hence half a word.
 */
export const featureBoost = { term: 1, name: 1, subject: 0.5 } as const

/** Weight factor of a feature that only one statement of the event carries. */
export const singletonDamping = 0.5

/**
 * Weights every statement's features by TF-IDF over the event's statements
 * ((1 + ln tf) * ln(1 + N / df), times the kind's boost) and scales each vector to unit
 * length, so that the dot product of two vectors is their cosine similarity. Names are
 * mapped through `variants` first, so spelling variants are one feature.
 *
 * @example
 * import { eventWords, statementTokens } from './tokens.js'
 * import { cosine } from './similarity.js'
 * const { statements } = analyze('Troops marched in Riga. Troops marched home. Crowds cheered.')
 * const event = eventWords(statements)
 * const { vectors } = weigh(statements.map((statement) => statementTokens(statement, event)), new Map())
 * cosine(vectors[0], vectors[1]) //=> 0.84
 */
export function weigh(
  tokens: readonly StatementTokens[],
  variants: ReadonlyMap<string, string>,
): { vectors: SparseVector[]; vocabulary: Vocabulary } {
  const counts = featureCounts()
  for (const statement of tokens) countFeatures(counts, statement)
  return weighCounts(counts, variants)
}

/**
 * `weigh` of the statements counted in `counts` (`countFeatures`), which `align` fills one
 * statement at a time instead of keeping every statement's tokens. Features are numbered in
 * order of first occurrence, and each statement's counts summed in token order, as `weigh`
 * always did: the same ids and the same weights.
 */
export function weighCounts(
  counts: FeatureCounts,
  variants: ReadonlyMap<string, string>,
): { vectors: SparseVector[]; vocabulary: Vocabulary } {
  const ids = new Map<string, number>()
  const keys: string[] = []
  const dfList: number[] = []
  const { occurrences, shares, ends, statements } = counts
  // The feature of each raw feature (a name's is its variant's), numbered when first met.
  const featureOf = new Int32Array(counts.stems.length).fill(-1)
  // The last statement that counted each feature in its df.
  const lastCounted: number[] = []
  // The occurrences are read in order, block after block: `block` holds occurrence `i` at `i - blockStart`.
  let blockAt = 0
  let blockStart = 0
  let block = occurrences[0] ?? noOccurrences
  let from = 0
  for (let statement = 0; statement < statements; statement++) {
    const end = ends[statement]!
    for (let i = from; i < end; i++) {
      if (i - blockStart === block.length) {
        blockStart += block.length
        block = occurrences[++blockAt]!
      }
      const raw = block[i - blockStart]!
      let id = featureOf[raw]!
      if (id < 0) {
        const kind = counts.kinds[raw]!
        const stem = counts.stems[raw]!
        const key = `${kind}:${kind === 'n' ? (variants.get(stem) ?? stem) : stem}`
        const known = ids.get(key)
        if (known === undefined) {
          id = keys.length
          ids.set(key, id)
          keys.push(key)
          dfList.push(0)
          lastCounted.push(-1)
        } else id = known
        featureOf[raw] = id
      }
      if (lastCounted[id] !== statement) {
        lastCounted[id] = statement
        dfList[id]! += 1
      }
    }
    from = end
  }
  const n = statements
  // A feature of one statement only can match nothing; at full weight it would only dilute
  // the cosine of a statement that says one thing more than another outlet's version.
  const idf = dfList.map((df) => Math.log(1 + n / df) * (df === 1 ? singletonDamping : 1))
  const boosts = keys.map((key) =>
    key.startsWith('n:')
      ? featureBoost.name
      : key.startsWith('s:')
        ? featureBoost.subject
        : featureBoost.term,
  )
  const vectorOf = vectorBlocks()
  // One statement's term frequencies by feature, its features, and the last statement each
  // feature was found in (so that `present` holds each once).
  const tf = new Float64Array(keys.length)
  const present: number[] = []
  const foundIn = new Int32Array(keys.length).fill(-1)
  const vectors: SparseVector[] = new Array(statements)
  from = 0
  blockAt = 0
  blockStart = 0
  block = occurrences[0] ?? noOccurrences
  let shareBlock = shares[0] ?? noShares
  for (let statement = 0; statement < statements; statement++) {
    const end = ends[statement]!
    present.length = 0
    for (let i = from; i < end; i++) {
      if (i - blockStart === block.length) {
        blockStart += block.length
        block = occurrences[++blockAt]!
        shareBlock = shares[blockAt]!
      }
      const id = featureOf[block[i - blockStart]!]!
      if (foundIn[id] !== statement) {
        foundIn[id] = statement
        present.push(id)
      }
      tf[id]! += shareBlock[i - blockStart]!
    }
    from = end
    present.sort((a, b) => a - b)
    const vector = vectorOf(present.length)
    const { weights, at } = vector
    let norm = 0
    for (let i = 0; i < present.length; i++) {
      const id = present[i]!
      const count = tf[id]!
      tf[id] = 0
      // Below one full occurrence (words of a background clause only) the weight is linear.
      const weight = (count >= 1 ? 1 + Math.log(count) : count) * idf[id]! * boosts[id]!
      weights[at + i] = weight
      norm += weight * weight
      vector.ids[at + i] = id
    }
    norm = Math.sqrt(norm)
    if (norm > 0) for (let i = at; i < at + present.length; i++) weights[i]! /= norm
    vectors[statement] = vector
  }
  return {
    vectors,
    vocabulary: {
      ids,
      keys,
      surfaces: surfacesOf(counts, featureOf, keys.length),
      df: Int32Array.from(dfList),
    },
  }
}

/** The occurrence block of counts with none. */
const noOccurrences = new Int32Array(0)
const noShares = new Float64Array(0)

/**
 * The most frequent surface form of each feature (ties: the alphabetically first), over the
 * raw features that map to it (a name and its spelling variants).
 */
function surfacesOf(counts: FeatureCounts, featureOf: Int32Array, features: number): string[] {
  const merged: (Map<string, number> | undefined)[] = new Array(features)
  // Whether `merged` holds a sum of its own for a feature (else the raw feature's counts).
  const owned: boolean[] = new Array(features).fill(false)
  counts.surfaces.forEach((surfaces, raw) => {
    const id = featureOf[raw]!
    const before = merged[id]
    if (before === undefined) {
      merged[id] = surfaces
      return
    }
    // A second raw feature of one feature: sum into a copy, leaving the counts as they were.
    const sum = owned[id] ? before : new Map(before)
    owned[id] = true
    for (const [surface, count] of surfaces) sum.set(surface, (sum.get(surface) ?? 0) + count)
    merged[id] = sum
  })
  return Array.from(merged, (surfaces) => mostFrequent(surfaces ?? new Map()))
}

/** Most entries of a block of `vectorBlocks` (each block twice the one before, from 256). */
const vectorBlock = 1 << 14

/**
 * Hands out vectors of a given length (zero-filled) in shared blocks: a typed array of its own
 * costs about 500 bytes of memory beyond its data (the buffer, its record and its allocation),
 * twice a statement for a vector of 13 features on average, and even a view of a shared block
 * (`subarray`) about 90 bytes.
 */
export function vectorBlocks(): (length: number) => SparseVector {
  let ids = new Int32Array(0)
  let weights = new Float64Array(0)
  let used = 0
  return (length) => {
    if (used + length > ids.length) {
      const size = Math.max(length, Math.min(vectorBlock, Math.max(256, ids.length * 2)))
      ids = new Int32Array(size)
      weights = new Float64Array(size)
      used = 0
    }
    const vector = { ids, weights, at: used, length }
    used += length
    return vector
  }
}

/** The most frequent key of a count map; ties go to the alphabetically first. */
export function mostFrequent(counts: ReadonlyMap<string, number>): string {
  let best = ''
  let bestCount = -1
  for (const [key, count] of counts) {
    if (count > bestCount || (count === bestCount && key < best)) {
      best = key
      bestCount = count
    }
  }
  return best
}
