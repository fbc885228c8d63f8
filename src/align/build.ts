import type { Statement } from '../types.js'
import { ClaimIndex, candidatesPerStatement } from './candidates.js'
import { addMember, articlesDisjoint, type ClaimState, dropSums, newClaim, sumClaims } from './claim-state.js'
import { type Link, matchArticle } from './match.js'
import { type ClaimLink, mergeClaims } from './merge.js'
import { loneCandidates, rescueLone } from './rescue.js'
import type { PairScores, Scorer } from './similarity.js'
import type { SparseVector } from './weights.js'

/** One statement taking part in alignment, numbered in article order then statement order. */
export interface Unit {
  statement: Statement
  /** Position of its article in the input. */
  article: number
  /**
   * What a claim holds at most one of (unless `manyToOne`): the article's body statements
   * (`article * 2`) or its headings (`article * 2 + 1`). A headline and the lead sentence
   * that states the same fact in full can both join one claim.
   */
  slot: number
  vector: SparseVector
  /**
   * The statement's words as one key when it has at least two ('she was 91'), numbered (one
   * number per distinct key of the call), else -1: two statements with one key say the same
   * words, which is evidence enough even when none of the words is informative (see
   * `verbatimKey`). A number, not the key: the keys are as long as the statements.
   */
  verbatim: number
}

/** Unit pairs whose `options.similarity` score is needed before alignment can go on. */
export type PairRequest = [number, number][]

/** How claims are built. */
export interface BuildSettings {
  threshold: number
  manyToOne: boolean
  /** Score pairs with the user's hook (requests are yielded) instead of the lexical vectors. */
  hook: boolean
  /** Consider every claim as a candidate instead of asking the inverted index. */
  allPairs: boolean
}

/** Most merge rounds; each round lets a claim merge once. */
const mergeRounds = 4

/** Features of a claim used to look up merge candidates: its heaviest ones. */
const claimQueryFeatures = 24

/**
 * Builds claims pool by pool (body statements, headings). Articles are taken in input
 * order; each article's statements are matched one-to-one to the existing claims they are
 * similar enough to (`matchArticle`) and the rest start claims of their own. A merge pass
 * then joins claims whose mean cross similarity reaches the threshold, which undoes the
 * order's effect (article 3 bridging a fact that articles 1 and 2 worded too differently).
 *
 * A generator: with a similarity hook it yields the unit pairs it needs scored, and the
 * driver (sync `align` or async `alignAsync`) fills `pairs` before resuming it.
 */
export function* buildClaims(
  units: readonly Unit[],
  pools: readonly (readonly number[])[],
  settings: BuildSettings,
  scorer: Scorer,
  pairs: PairScores | null,
): Generator<PairRequest, ClaimState[], undefined> {
  const claims: ClaimState[] = []
  for (const pool of pools) {
    const index = new ClaimIndex()
    const poolClaims: number[] = []
    // Claims holding a statement of each verbatim key: candidates the weighted index cannot
    // find when no word of the statement is informative.
    const verbatimClaims = verbatimTable(units, pool)
    for (const group of byArticle(units, pool)) {
      // Loops, not callbacks: a closure made per group is a new function each time, whose
      // optimised code is dropped with it, so V8 compiled these bodies again and again.
      const candidates: number[][] = []
      for (const unit of group) {
        if (settings.allPairs) {
          candidates.push(poolClaims.filter((id) => claims[id]!.alive))
          continue
        }
        const { vector, verbatim } = units[unit]!
        const found = index.candidates(vector, claims, candidatesPerStatement, never)
        addLiveHolders(found, verbatimClaims, verbatim, claims)
        candidates.push(found)
      }
      if (settings.hook && pairs !== null) {
        const request: PairRequest = []
        for (let i = 0; i < group.length; i++)
          requestUnscored(request, pairs, group[i]!, candidates[i]!, claims)
        if (request.length > 0) yield request
      }
      const links: Link[] = []
      for (let i = 0; i < group.length; i++) {
        const unit = group[i]!
        for (const id of candidates[i]!) {
          const score = scorer.toClaim(unit, claims[id]!)
          if (score > 0 && score >= settings.threshold) links.push({ unit, claim: id, score })
        }
      }
      const assigned = matchArticle(links, settings.manyToOne, (unit) => units[unit]!.slot)
      for (const unit of group) {
        const { slot, vector, verbatim } = units[unit]!
        let target = assigned.get(unit)
        if (target !== undefined) {
          addMember(claims[target]!, unit, slot, vector)
          index.add(target, vector)
        } else {
          target = claims.length
          claims.push(newClaim(target, unit, slot, vector))
          poolClaims.push(target)
          index.add(target, vector)
        }
        recordHolding(verbatimClaims, verbatim, target)
      }
    }
    sumClaims(claims, poolClaims, units)
    let queried = poolClaims
    for (let round = 0; round < mergeRounds && queried.length > 0; round++) {
      const links = claimLinks(claims, poolClaims, queried, index, settings)
      if (settings.hook && pairs !== null) {
        const request: PairRequest = []
        for (const link of links) {
          for (const a of claims[link.a]!.members) {
            for (const b of claims[link.b]!.members) if (!pairs.has(a, b)) request.push([a, b])
          }
        }
        if (request.length > 0) yield request
      }
      const scored: ClaimLink[] = []
      for (const link of links) {
        const score = scorer.between(claims[link.a]!, claims[link.b]!)
        if (score > 0 && score >= settings.threshold) scored.push({ ...link, score })
      }
      queried = mergeClaims(claims, scored, settings.manyToOne)
      for (const id of queried) index.add(id, claims[id]!.sum!)
    }
    dropSums(claims, poolClaims)
    const lone = loneCandidates(units, claims, poolClaims, index, settings.manyToOne)
    if (settings.hook && pairs !== null) {
      const request: PairRequest = []
      for (const { unit, candidates } of lone) requestUnscored(request, pairs, unit, candidates, claims)
      if (request.length > 0) yield request
    }
    rescueLone(units, claims, lone, index, scorer, settings.threshold, settings.manyToOne)
  }
  const alive = claims.filter((claim) => claim.alive)
  // The generator outlives its return (the driver holds it): its list of every claim, dead
  // ones included, need not.
  claims.length = 0
  return alive
}

const never = (): boolean => false

/**
 * The claims holding a statement of each verbatim number (`Unit.verbatim`), in the order they
 * took one: each number's first claim in a typed array, any further ones in a Map. Most
 * numbers are one statement's; a Map of a list for every number held about 0.1 KB a statement
 * through claim building on one event of 2,000 articles.
 */
interface VerbatimTable {
  first: Int32Array
  more: Map<number, number[]>
}

/** An empty `VerbatimTable` for the verbatim numbers of the units of `pool`. */
function verbatimTable(units: readonly Unit[], pool: readonly number[]): VerbatimTable {
  let size = 0
  for (const unit of pool) size = Math.max(size, units[unit]!.verbatim + 1)
  return { first: new Int32Array(size).fill(-1), more: new Map() }
}

/**
 * Adds to `found` each live claim holding a statement of `verbatim` that it does not hold yet,
 * in the order they took one. A loop, not a callback made per statement (see `buildClaims`).
 */
function addLiveHolders(
  found: number[],
  table: VerbatimTable,
  verbatim: number,
  claims: readonly ClaimState[],
): void {
  if (verbatim < 0 || table.first[verbatim]! < 0) return
  const first = table.first[verbatim]!
  if (claims[first]!.alive && !found.includes(first)) found.push(first)
  for (const claim of table.more.get(verbatim) ?? [])
    if (claims[claim]!.alive && !found.includes(claim)) found.push(claim)
}

/** Records that `claim` holds a statement of `verbatim` (once; -1, no verbatim number, is not kept). */
function recordHolding(table: VerbatimTable, verbatim: number, claim: number): void {
  if (verbatim < 0) return
  const first = table.first[verbatim]!
  if (first < 0) table.first[verbatim] = claim
  else if (first !== claim) {
    const more = table.more.get(verbatim)
    if (more === undefined) table.more.set(verbatim, [claim])
    else if (!more.includes(claim)) more.push(claim)
  }
}

/** Adds to `request` the pairs of `unit` with the members of the claims `ids` that the hook has not scored. */
function requestUnscored(
  request: PairRequest,
  pairs: PairScores,
  unit: number,
  ids: readonly number[],
  claims: readonly ClaimState[],
): void {
  for (const id of ids) {
    for (const member of claims[id]!.members) if (!pairs.has(unit, member)) request.push([unit, member])
  }
}

/** The pool's units grouped by article, in order (units are numbered in article order). */
function byArticle(units: readonly Unit[], pool: readonly number[]): number[][] {
  const groups: number[][] = []
  let last = -1
  for (const unit of pool) {
    const article = units[unit]!.article
    if (article !== last || groups.length === 0) groups.push([])
    groups[groups.length - 1]!.push(unit)
    last = article
  }
  return groups
}

/**
 * Candidate claim pairs for merging, each once (a < b), from the claims in `queried`. A pair
 * found from both of its claims is kept where it was first found: the later claim's query
 * skips a claim queried before it that found it (in `allPairs`, every claim queried before
 * it, as every allowed pair is found from both sides). What each claim found is kept in one
 * typed array, not a Set of pair keys (about 0.1 KB a statement promoted on one event of 2,000
 * articles).
 */
function claimLinks(
  claims: readonly ClaimState[],
  poolClaims: readonly number[],
  queried: readonly number[],
  index: ClaimIndex,
  settings: BuildSettings,
): ClaimLink[] {
  const links: ClaimLink[] = []
  const query = heaviestScratch()
  // Each claim's place in `queried` once queried (-1 before), and what it found.
  const place = new Int32Array(claims.length).fill(-1)
  const width = settings.allPairs ? 0 : candidatesPerStatement
  const found = new Int32Array(queried.length * width)
  const foundCount = new Int32Array(queried.length)
  const foundBefore = (other: number, id: number): boolean => {
    const at = place[other]!
    if (at < 0) return false
    if (width === 0) return true
    for (let i = at * width; i < at * width + foundCount[at]!; i++) if (found[i] === id) return true
    return false
  }
  queried.forEach((id, q) => {
    const claim = claims[id]!
    if (!claim.alive) return
    const allowed = (other: ClaimState): boolean =>
      other.id !== id && other.alive && (settings.manyToOne || articlesDisjoint(claim, other))
    let others: number[]
    if (settings.allPairs) others = poolClaims.filter((other) => allowed(claims[other]!))
    else {
      // Query with the claim's mean vector (its heaviest features).
      others = index.candidates(
        heaviestFeatures(claim.sum!, claim.members.length, query),
        claims,
        candidatesPerStatement,
        (other) => !allowed(other),
      )
    }
    for (const other of others) {
      if (!foundBefore(other, id)) links.push({ a: Math.min(id, other), b: Math.max(id, other), score: 0 })
      if (width > 0) found[q * width + foundCount[q]!++] = other
    }
    place[id] = q
  })
  return links
}

/** The one query vector `heaviestFeatures` writes, `claimQueryFeatures` long. */
function heaviestScratch(): SparseVector {
  return {
    ids: new Int32Array(claimQueryFeatures),
    weights: new Float64Array(claimQueryFeatures),
    at: 0,
    length: 0,
  }
}

/**
 * The `claimQueryFeatures` heaviest features of a claim's `sum` (ties: the lower id first),
 * heaviest first, each weight divided by the claim's `size`: its mean vector's strongest
 * features, written into `query` (the same features and order as the sum's entries sorted by
 * weight, without an array of entries for every feature of every claim).
 */
function heaviestFeatures(sum: SparseVector, size: number, query: SparseVector): SparseVector {
  const ids = query.ids
  const weights = query.weights
  let kept = 0
  // Ids ascending: an entry of one weight as a kept one goes after it.
  for (let i = sum.at; i < sum.at + sum.length; i++) {
    const weight = sum.weights[i]!
    if (kept === claimQueryFeatures && weight <= weights[kept - 1]!) continue
    let place = kept < claimQueryFeatures ? kept : kept - 1
    while (place > 0 && weights[place - 1]! < weight) {
      ids[place] = ids[place - 1]!
      weights[place] = weights[place - 1]!
      place--
    }
    ids[place] = sum.ids[i]!
    weights[place] = weight
    if (kept < claimQueryFeatures) kept++
  }
  for (let i = 0; i < kept; i++) weights[i]! /= size
  query.length = kept
  return query
}
