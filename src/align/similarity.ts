import { CorroborateError } from '../errors.js'
import { optionSpecs, optionValue } from '../options.js'
import type { Options, SimilarityFunction, Statement } from '../types.js'
import type { ClaimState } from './claim-state.js'
import type { SparseVector } from './weights.js'

/**
 * Cosine similarity of two unit-length sparse vectors (a merge of their sorted ids).
 *
 * @example
 * import { ownVector } from './weights.js'
 * cosine(ownVector(Int32Array.of(1, 4), Float64Array.of(0.6, 0.8)),
 *        ownVector(Int32Array.of(4), Float64Array.of(1))) //=> 0.8
 */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = a.at
  let j = b.at
  const iEnd = a.at + a.length
  const jEnd = b.at + b.length
  let dot = 0
  while (i < iEnd && j < jEnd) {
    const x = a.ids[i]!
    const y = b.ids[j]!
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!
    else if (x < y) i++
    else j++
  }
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
  /**
   * A claim's cohesion, the mean pairwise similarity of its members (1 for a claim of one
   * statement), and its weakest link, the lowest similarity between two members of different
   * articles (`articleOf`; 1 when no two are).
   */
  links(claim: ClaimState, articleOf: (unit: number) => number): ClaimLinks
  /**
   * A unit's best similarity to a claim's members, and its mean similarity to the others
   * (`best` alone for a claim of one).
   */
  counterparts(unit: number, claim: ClaimState): Counterparts
}

/** See `Scorer.links`. */
export interface ClaimLinks {
  cohesion: number
  weakestLink: number
}

/** See `Scorer.counterparts`. */
export interface Counterparts {
  best: number
  rest: number
}

/**
 * The best of some scores and the mean of the others (the best again when there is one, 0
 * when there are none).
 *
 * @example
 * bestAndRest([0.8, 0.3, 0.5]) //=> { best: 0.8, rest: 0.4 }
 */
export function bestAndRest(scores: readonly number[]): Counterparts {
  if (scores.length === 0) return { best: 0, rest: 0 }
  let best = 0
  let total = 0
  for (const score of scores) {
    total += score
    if (score > best) best = score
  }
  return { best, rest: scores.length === 1 ? best : (total - best) / (scores.length - 1) }
}

/** Most members of a claim a statement is scored against: an even spread of them beyond it. */
export const maxScoredMembers = 8

/** Up to `maxScoredMembers` members of a claim, evenly spread, in order. */
function scoredMembers(members: readonly number[]): readonly number[] {
  if (members.length <= maxScoredMembers) return members
  const step = members.length / maxScoredMembers
  return Array.from({ length: maxScoredMembers }, (_, i) => members[Math.floor(i * step)]!)
}

/**
 * The scorer for the same-statement model. A statement's score against a claim (and a
 * claim's against another) is the mean of the best pair probability and the average one:
 * the best match says the statement states this fact, the average keeps the claim cohesive
 * (average linkage alone lost two thirds of the pairs the model finds on ECB+, as a claim
 * grows; best match alone chains different facts together). Pair probabilities are taken
 * over at most `maxScoredMembers` members of each claim, so that a claim of a thousand
 * statements costs no more than one of 8. They are not remembered: a statement is scored
 * against a claim once, so a table of every scored pair saved only the 7% of pairs asked
 * again, and held about 2 KB a statement while aligning one event of 16,000. `cohesion`
 * stays the plain mean pairwise probability.
 */
export function modelScorer(pair: (a: number, b: number) => number): Scorer {
  const mean = (left: readonly number[], right: readonly number[]): number => {
    let total = 0
    let count = 0
    let best = 0
    for (const a of left) {
      for (const b of right) {
        if (a === b) continue
        const p = pair(a, b)
        total += p
        count += 1
        if (p > best) best = p
      }
    }
    return count === 0 ? 0 : (best + total / count) / 2
  }
  return {
    toClaim: (unit, claim) => mean([unit], scoredMembers(claim.members)),
    counterparts: (unit, claim) =>
      bestAndRest(scoredMembers(claim.members).map((member) => pair(unit, member))),
    between: (a, b) => mean(scoredMembers(a.members), scoredMembers(b.members)),
    // Cohesion over the spread members' pairs; the weakest link over every member against
    // them, so that one weak statement of a claim of thousands is not missed by the spread,
    // at `maxScoredMembers` scores a member (every pair when the claim holds that many or fewer).
    links: (claim, articleOf) => {
      if (claim.members.length < 2) return { cohesion: 1, weakestLink: 1 }
      const members = scoredMembers(claim.members)
      let total = 0
      let count = 0
      let weakest = 1
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) {
          const score = pair(members[i]!, members[j]!)
          total += score
          count += 1
          if (articleOf(members[i]!) !== articleOf(members[j]!) && score < weakest) weakest = score
        }
      }
      if (members.length < claim.members.length) {
        const spread = new Set(members)
        for (const member of claim.members) {
          if (spread.has(member)) continue
          for (const other of members) {
            if (articleOf(member) === articleOf(other)) continue
            const score = pair(member, other)
            if (score < weakest) weakest = score
          }
        }
      }
      return { cohesion: total / count, weakestLink: weakest }
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
    counterparts: (unit, claim) => {
      const scored: number[] = []
      for (const member of claim.members) {
        const score = pairs.get(unit, member)
        if (score !== undefined) scored.push(score)
      }
      return bestAndRest(scored)
    },
    between: (a, b) => mean(a.members, b.members, false) ?? 0,
    // Pairs the hook was never asked about are no evidence either way.
    links: (claim, articleOf) => {
      let total = 0
      let count = 0
      let weakest = 1
      for (const a of claim.members) {
        for (const b of claim.members) {
          if (a >= b) continue
          const score = pairs.get(a, b)
          if (score === undefined) continue
          total += score
          count += 1
          if (articleOf(a) !== articleOf(b) && score < weakest) weakest = score
        }
      }
      const cohesion = claim.members.length < 2 ? 1 : count === 0 ? 0 : total / count
      return { cohesion, weakestLink: weakest }
    },
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

/**
 * `options.similarity` asked about two statements, with anything it throws (or a Promise it
 * returns rejects with) as 'E_OPTION' naming the two statements and the hook's own message,
 * so a fault in the user's hook never escapes as a raw error.
 */
export function askHook(hook: SimilarityFunction, a: Statement, b: Statement): unknown {
  let value: unknown
  try {
    value = hook(a, b)
  } catch (error) {
    throw hookError(error, a, b)
  }
  if (isPromise(value))
    return Promise.resolve(value).catch((error: unknown) => {
      throw hookError(error, a, b)
    })
  return value
}

/** Whether a hook's answer is a Promise (any thenable), which only `alignAsync` can wait for. */
export function isPromise(value: unknown): value is Promise<unknown> {
  return (
    typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function'
  )
}

function hookError(error: unknown, a: Statement, b: Statement): CorroborateError {
  const message = error instanceof Error ? error.message : String(error)
  return new CorroborateError(
    'E_OPTION',
    `options.similarity threw for '${a.id}' and '${b.id}': ${message.slice(0, 200)}`,
  )
}

/** Default of `options.similarityTimeout`: how long one call of an async hook may take, in ms. */
export const defaultSimilarityTimeout = optionSpecs.similarityTimeout.default as number

/**
 * `options.similarityTimeout`, checked: a positive number of milliseconds, or Infinity for no
 * limit. Throws `CorroborateError` 'E_OPTION' for anything else.
 */
export function similarityTimeoutOf(options: Options | undefined): number {
  return optionValue(options, 'similarityTimeout')
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
