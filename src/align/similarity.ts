import { CorroborateError } from '../errors.js'
import type { Statement } from '../types.js'
import type { ClaimState } from './claim-state.js'
import type { SparseVector } from './weights.js'

/**
 * Cosine similarity of two unit-length sparse vectors (a merge of their sorted ids).
 *
 * @example
 * cosine({ ids: Int32Array.of(1, 4), weights: Float64Array.of(0.6, 0.8) },
 *        { ids: Int32Array.of(4), weights: Float64Array.of(1) }) //=> 0.8
 */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0
  let j = 0
  let dot = 0
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!
    const y = b.ids[j]!
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!
    else if (x < y) i++
    else j++
  }
  return dot
}

/** Dot product of a sparse vector with a claim's vector sum. */
export function dotWithSum(vector: SparseVector, sum: ReadonlyMap<number, number>): number {
  let dot = 0
  for (let i = 0; i < vector.ids.length; i++) dot += vector.weights[i]! * (sum.get(vector.ids[i]!) ?? 0)
  return dot
}

/** Dot product of two claims' vector sums. */
export function dotSums(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let dot = 0
  for (const [id, weight] of small) dot += weight * (large.get(id) ?? 0)
  return dot
}

/**
 * How alignment scores statements against claims. Every score is a mean pairwise
 * similarity, so that `options.threshold` means the same for a statement joining a claim,
 * two claims merging, and a claim's cohesion.
 */
export interface Scorer {
  /** Mean similarity of a unit to the members of a claim. */
  toClaim(unit: number, claim: ClaimState): number
  /** Mean similarity across two claims (average link). */
  between(a: ClaimState, b: ClaimState): number
  /** Mean pairwise similarity of a claim's members; 1 for a claim of one statement. */
  cohesion(claim: ClaimState): number
}

/** The default scorer: TF-IDF cosine, computed from each claim's vector sum. */
export function lexicalScorer(vectors: readonly SparseVector[]): Scorer {
  return {
    toClaim: (unit, claim) => dotWithSum(vectors[unit]!, claim.sum) / claim.members.length,
    between: (a, b) => dotSums(a.sum, b.sum) / (a.members.length * b.members.length),
    cohesion: (claim) => {
      const n = claim.members.length
      if (n < 2) return 1
      const squared = dotSums(claim.sum, claim.sum)
      return clamp((squared - claim.nonEmpty) / (n * (n - 1)))
    },
  }
}

/** Scores the user's similarity hook returned, by unordered unit pair. */
export class PairScores {
  private readonly scores = new Map<number, number>()

  constructor(private readonly units: number) {}

  private key(a: number, b: number): number {
    return a < b ? a * this.units + b : b * this.units + a
  }

  has(a: number, b: number): boolean {
    return this.scores.has(this.key(a, b))
  }

  get(a: number, b: number): number | undefined {
    return this.scores.get(this.key(a, b))
  }

  set(a: number, b: number, score: number): void {
    this.scores.set(this.key(a, b), score)
  }
}

/** The scorer for `options.similarity`: means of the hook's pair scores. */
export function hookScorer(pairs: PairScores): Scorer {
  const mean = (left: readonly number[], right: readonly number[], skipSame: boolean): number | null => {
    let total = 0
    let count = 0
    for (const a of left) {
      for (const b of right) {
        if (skipSame && a >= b) continue
        const score = pairs.get(a, b)
        if (score === undefined) continue
        total += score
        count += 1
      }
    }
    return count === 0 ? null : total / count
  }
  return {
    toClaim: (unit, claim) => mean([unit], claim.members, false) ?? 0,
    between: (a, b) => mean(a.members, b.members, false) ?? 0,
    cohesion: (claim) => (claim.members.length < 2 ? 1 : (mean(claim.members, claim.members, true) ?? 0)),
  }
}

/**
 * Checks one score from `options.similarity`: a number from 0 to 1. Anything else (NaN, a
 * negative cosine of embeddings, 1.7) is a `CorroborateError`: a scorer on another scale would
 * silently align the wrong statements.
 */
export function checkedScore(value: unknown, a: Statement, b: Statement): number {
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0 || value > 1) {
    const shown = value === null ? 'null' : typeof value === 'object' ? 'an object' : String(value)
    throw new CorroborateError(
      'E_OPTION',
      `options.similarity returned ${shown} for '${a.id}' and '${b.id}'; it must return a number from 0 to 1 ` +
        '(map a cosine with Math.max(0, cosine)).',
      shown,
    )
  }
  return value
}

function clamp(value: number): number {
  return Math.min(Math.max(value, 0), 1)
}

/** Default of `options.similarityTimeout`: how long one call of an async hook may take, in ms. */
export const defaultSimilarityTimeout = 30_000

/**
 * `options.similarityTimeout`, checked: a positive number of milliseconds, or Infinity for no
 * limit. Throws `CorroborateError` 'E_OPTION' for anything else.
 */
export function similarityTimeoutOf(options: { similarityTimeout?: unknown } | undefined): number {
  const value = options?.similarityTimeout
  if (value === undefined) return defaultSimilarityTimeout
  if (typeof value !== 'number' || Number.isNaN(value) || value <= 0) {
    throw new CorroborateError(
      'E_OPTION',
      `Option 'similarityTimeout' must be a positive number of milliseconds (or Infinity); received ${String(value)}.`,
      String(value),
    )
  }
  return value
}

/**
 * `pending` (calls of an async similarity hook), or 'E_ASYNC_HOOK' when they have not all
 * settled after `ms` milliseconds: a hook that never answers must not leave `compareAsync`
 * pending forever.
 */
export function settleWithin<T>(pending: Promise<T>, ms: number): Promise<T> {
  // Past 2^31 - 1 ms, timers fire at once: treat such a limit as none.
  if (ms > 0x7fffffff) return pending
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new CorroborateError(
            'E_ASYNC_HOOK',
            `options.similarity did not answer within ${ms} ms; check the service it calls, or raise 'similarityTimeout'.`,
          ),
        ),
      ms,
    )
  })
  return Promise.race([pending, timeout]).finally(() => clearTimeout(timer))
}
