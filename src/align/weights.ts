import type { StatementTokens } from './tokens.js'

/** A sparse feature vector: feature ids ascending, weights scaled to unit length. */
export interface SparseVector {
  ids: Int32Array
  weights: Float64Array
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
  const ids = new Map<string, number>()
  const keys: string[] = []
  const surfaceCounts: Map<string, number>[] = []
  const dfList: number[] = []
  const counted: Map<number, number>[] = tokens.map((statement) => {
    const tf = new Map<number, number>()
    const add = (key: string, surface: string, weight = 1): void => {
      let id = ids.get(key)
      if (id === undefined) {
        id = keys.length
        ids.set(key, id)
        keys.push(key)
        surfaceCounts.push(new Map())
        dfList.push(0)
      }
      const surfaces = surfaceCounts[id]!
      surfaces.set(surface, (surfaces.get(surface) ?? 0) + 1)
      tf.set(id, (tf.get(id) ?? 0) + weight)
    }
    for (const term of statement.terms) add(`t:${term.stem}`, term.surface, term.weight)
    for (const name of statement.names)
      add(`n:${variants.get(name.stem) ?? name.stem}`, name.surface, name.weight)
    for (const subject of statement.subjects) add(`s:${subject.stem}`, subject.surface)
    for (const id of tf.keys()) dfList[id]! += 1
    return tf
  })
  const n = tokens.length
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
  const vectors = counted.map((tf) => {
    const sorted = [...tf.keys()].sort((a, b) => a - b)
    const vector = vectorOf(sorted.length)
    const weights = vector.weights
    let norm = 0
    sorted.forEach((id, i) => {
      const count = tf.get(id)!
      // Below one full occurrence (words of a background clause only) the weight is linear.
      const weight = (count >= 1 ? 1 + Math.log(count) : count) * idf[id]! * boosts[id]!
      weights[i] = weight
      norm += weight * weight
    })
    norm = Math.sqrt(norm)
    if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i]! /= norm
    vector.ids.set(sorted)
    return vector
  })
  const surfaces = surfaceCounts.map((counts) => mostFrequent(counts))
  return { vectors, vocabulary: { ids, keys, surfaces, df: Int32Array.from(dfList) } }
}

/** Most entries of a block of `vectorBlocks` (each block twice the one before, from 256). */
const vectorBlock = 1 << 14

/**
 * Hands out vectors of a given length (zero-filled) as views of shared blocks: a typed array
 * of its own costs about 500 bytes of memory beyond its data (the buffer, its record and its
 * allocation), twice a statement for a vector of 13 features on average.
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
    const vector = { ids: ids.subarray(used, used + length), weights: weights.subarray(used, used + length) }
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
