import { detailKinds } from '../detail-kinds.js'
import type { ComparedValue, Detail, Statement } from '../types.js'
import { keepScore, knownScore, type PairScores, pairScores } from './pair-scores.js'
import { quoteText, sameQuote, speakerOf } from './quotes.js'
import {
  comparableClass,
  detailTerms,
  identical,
  NAME_KINDS,
  type Slot,
  type SlotEvidence,
  sameThing,
  slotMatch,
  slotsOf,
} from './same-thing.js'
import { nameKey, sameNameKey, type Tolerances } from './values.js'

/** A detail with where it comes from. */
export interface Placed extends ComparedValue {
  statement: Statement
  /** For quotes: who said it (see `speakerOf`). */
  speaker: string | undefined
  /** What the detail is about in its statement: event word, window, change or level (see `slotsOf`). */
  slot: Slot
}

// A placed detail and what matching it depends on: `match` is equal for two details that score
// the same against any third, so a group's score is taken over its distinct `match` keys, not
// over every member (a claim of 400 statements has a handful of distinct figures).
interface Entry {
  placed: Placed
  match: number
  /** The number of its `match` among the distinct details of its kind. */
  local: number
  /** The memo of pair scores of its kind's distinct details, by `local`. */
  scores: PairScores
  /** Its comparable class (null for names and quotes). */
  key: string | null
  /** How many details of its class its statement has. */
  classTotal: number
  /** For names: the value folded by `nameKey` once, as every pair would fold it again. */
  name: string
}

interface Group {
  entries: Entry[]
  /** The distinct `match` keys of the entries, with one entry of each. */
  matches: Map<number, Entry>
  /**
   * A candidate's score against the group (its weakest match), by the candidate's `match` key;
   * made only once the group has two distinct keys (with one, it is the memoised pair score,
   * and a claim of a thousand statements has hundreds of one-name groups).
   */
  weakest: Map<number, number> | null
}

// A group of the second pass (`eliminate`), which must know its statements.
interface Head {
  entries: Entry[]
  statementIds: Set<string>
  matches: Map<number, Entry>
}

// How many distinct details of one kind there are so far, and the memo of their pair scores:
// only details of one kind are scored against each other.
interface Kind {
  size: number
  scores: PairScores
}

/**
 * Groups the details of a claim's statements by the thing they are about, at most one detail
 * per statement in a group, in statement then detail order (so the result is deterministic).
 *
 * Two passes. First, each statement's details join the groups they best match (`sameThing`
 * and `slotMatch`, `sameQuote`, `sameName`; a detail's score against a group is its weakest
 * match with any member, and an identical value scores a little higher, so '47 arrests' joins
 * the other outlet's '47 arrests' rather than its 'six arrests'): the best-scoring pairs of
 * the statement's details and groups are taken first, the earlier detail and group on a tie,
 * and a detail no group takes heads a new one. Then, by
 * elimination: when statements with the same number of details of a class (two counts each,
 * say) are each left with exactly one unmatched detail of it, and their subjects do not
 * conflict, those details are taken to be about the same thing ('Seven members voted for and
 * two against' / 'Six voted for and three against': 'two' and 'three' are both what is left).
 * Statements built differently are not paired this way.
 *
 * Scores are memoised per pair of distinct details (value, hedge, subject, speaker), so the
 * work grows with the number of statements times the number of distinct values, not with the
 * square of the statements.
 *
 * @example
 * import { tolerancesOf } from './details.js'
 * const statements = ['a', 'b', 'c'].flatMap((id) => analyze({ id, text: 'Mayor Ines Varga said 12 boats sank.' }).statements)
 * // Each statement's name, attribution and count, grouped across the three statements:
 * groupDetails(statements, tolerancesOf(defaultOptions)).map((group) => group.length) //=> [3, 3, 3]
 */
export function groupDetails(statements: readonly Statement[], tolerances: Tolerances): Placed[][] {
  const terms = cachedTerms()
  const keys = new Map<string, number>()
  const representatives: Entry[] = []
  const kinds = new Map<string, Kind>()
  const score = (member: Entry, candidate: Entry): number => {
    const memo = candidate.scores
    let known = knownScore(memo, member.local, candidate.local)
    if (Number.isNaN(known)) {
      known = matchScore(member, candidate, tolerances, terms)
      keepScore(memo, member.local, candidate.local, known)
    }
    return known
  }
  const groups: Group[] = []
  const groupsByKind = new Map<string, Group[]>()
  for (const statement of statements) {
    const classCounts = new Map<string, number>()
    for (const detail of statement.details) {
      const key = comparableClass(detail)
      if (key !== null) classCounts.set(key, (classCounts.get(key) ?? 0) + 1)
    }
    const slots = slotsOf(statement)
    const entries: Entry[] = []
    statement.details.forEach((detail, index) => {
      const key = comparableClass(detail)
      if (detail.kind !== 'quote' && !NAME_KINDS.includes(detail.kind) && key === null) return
      const placed: Placed = {
        articleId: statement.articleId,
        statementId: statement.id,
        detail,
        statement,
        speaker:
          detail.kind === 'quote' ? speakerOf(detail, statement, tolerances.nameSimilarity) : undefined,
        slot: slots[index]!,
      }
      const classTotal = key === null ? 0 : (classCounts.get(key) ?? 0)
      const signature = matchSignature(placed, key, classTotal, terms)
      let match = keys.get(signature)
      const name = NAME_KINDS.includes(detail.kind) ? nameKey(String(detail.value)) : ''
      let kind = kinds.get(detail.kind)
      if (kind === undefined) {
        kind = { size: 0, scores: pairScores() }
        kinds.set(detail.kind, kind)
      }
      const local = match === undefined ? kind.size++ : representatives[match]!.local
      const entry: Entry = {
        placed,
        match: match ?? representatives.length,
        local,
        scores: kind.scores,
        key,
        classTotal,
        name,
      }
      if (match === undefined) {
        match = representatives.length
        keys.set(signature, match)
        representatives.push(entry)
      }
      entries.push(entry)
    })
    // Every (detail, group) pair that may join, with its score; the best taken first.
    const candidates: { entry: number; group: Group; order: number; score: number }[] = []
    entries.forEach((entry, index) => {
      const sameKind = groupsByKind.get(entry.placed.detail.kind) ?? []
      sameKind.forEach((group, order) => {
        let weakest: number | undefined
        if (group.matches.size === 1) weakest = score(group.entries[0]!, entry)
        else {
          group.weakest ??= new Map()
          weakest = group.weakest.get(entry.match)
          if (weakest === undefined) {
            weakest = Number.POSITIVE_INFINITY
            for (const member of group.matches.values()) {
              weakest = Math.min(weakest, score(member, entry))
              if (weakest === 0) break
            }
            group.weakest.set(entry.match, weakest)
          }
        }
        if (weakest > 0) candidates.push({ entry: index, group, order, score: weakest })
      })
    })
    candidates.sort((a, b) => b.score - a.score || a.entry - b.entry || a.order - b.order)
    const joined = new Map<number, Group>()
    const taken = new Set<Group>()
    for (const candidate of candidates) {
      if (joined.has(candidate.entry) || taken.has(candidate.group)) continue
      joined.set(candidate.entry, candidate.group)
      taken.add(candidate.group)
    }
    entries.forEach((entry, index) => {
      let best = joined.get(index)
      if (best === undefined) {
        best = { entries: [], matches: new Map(), weakest: null }
        groups.push(best)
        const kind = entry.placed.detail.kind
        const sameKind = groupsByKind.get(kind) ?? []
        groupsByKind.set(kind, sameKind)
        sameKind.push(best)
      }
      best.entries.push(entry)
      if (!best.matches.has(entry.match)) {
        best.matches.set(entry.match, entry)
        const known = best.weakest
        for (const [match, weakest] of known ?? []) {
          if (weakest > 0) known!.set(match, Math.min(weakest, score(entry, representatives[match]!)))
        }
      }
    })
  }
  return eliminate(groups, tolerances, terms).map((group) => group.map((entry) => entry.placed))
}

// What `matchScore` reads of an entry, as a string: equal strings score alike against anything.
function matchSignature(
  placed: Placed,
  key: string | null,
  classTotal: number,
  terms: (detail: Detail) => readonly string[],
): string {
  const detail = placed.detail
  if (detail.kind === 'quote') return JSON.stringify(['quote', quoteText(detail), placed.speaker ?? null])
  if (NAME_KINDS.includes(detail.kind)) return JSON.stringify(['name', detail.kind, String(detail.value)])
  const slot = placed.slot
  const value = JSON.stringify(detail.value, (_key, inner: unknown) =>
    typeof inner === 'number' ? String(inner) : inner,
  )
  return JSON.stringify([
    'figure',
    detail.kind,
    key,
    terms(detail).join('\u0000'),
    classTotal === 1,
    detail.hedge,
    typeof detail.value,
    value,
    slot.predicate,
    slot.event,
    slot.window,
    slot.change,
  ])
}

// How well a candidate matches one member of a group (0: not at all), as the first pass weighs it.
function matchScore(
  member: Entry,
  candidate: Entry,
  tolerances: Tolerances,
  terms: (detail: Detail) => readonly string[],
): number {
  const detail = candidate.placed.detail
  if (detail.kind === 'quote') {
    const a = { text: quoteText(member.placed.detail), speaker: member.placed.speaker }
    const b = { text: quoteText(detail), speaker: candidate.placed.speaker }
    return sameQuote(a, b, tolerances)
  }
  if (NAME_KINDS.includes(detail.kind)) {
    return sameNameKey(member.name, candidate.name, tolerances.nameSimilarity) ? 3 : 0
  }
  if (candidate.key === null) return 0
  // The member is alone in its statement when it is the one detail of the candidate's class there.
  const memberAlone = member.key === candidate.key && member.classTotal === 1
  return figureScore(
    member.placed,
    candidate.placed,
    memberAlone,
    candidate.classTotal === 1,
    tolerances,
    terms,
  )
}

/**
 * What a value identical to the other's adds to a match score: enough to win over a better
 * subject. In '178 punches to just 30' against '178 of 369 punches thrown ... 30 of 207', the
 * first 178 has the subject 'punches' and the second none, while 369 has it: the identical 178
 * is the one meant, and 369 is a figure the other outlet does not give. Wrongly paired identical
 * values can only agree; wrongly paired different ones make a false conflict.
 */
export const IDENTICAL_BONUS = 2.5

/**
 * How well two figures or dates of aligned statements match as one fact: `sameThing` (class,
 * subject, values within reach), then `slotMatch` (event word, window, change or level), plus
 * `IDENTICAL_BONUS` when the values are identical; 0 when they are not one fact.
 *
 * @example
 * import { tolerancesOf } from './details.js'
 * import { UNKNOWN_SLOT } from './same-thing.js'
 * const [fortySevenArrests] = extractDetails('Police arrested 47 people.')
 * const [fortySevenOvernight] = extractDetails('47 people were held overnight.')
 * const tolerances = tolerancesOf(defaultOptions)
 * figureScore({ detail: fortySevenArrests, slot: UNKNOWN_SLOT }, { detail: fortySevenOvernight, slot: UNKNOWN_SLOT },
 *   false, true, tolerances) //=> 3.5
 */
export function figureScore(
  a: Pick<Placed, 'detail' | 'slot'>,
  b: Pick<Placed, 'detail' | 'slot'>,
  aloneA: boolean,
  aloneB: boolean,
  tolerances: Tolerances,
  terms: (detail: Detail) => readonly string[] = detailTerms,
): number {
  const subject = sameThing(a.detail, b.detail, aloneA, aloneB, tolerances, terms)
  if (subject === 0 || slotEvidence(a, b, subject) === null) return 0
  return subject + (identical(a.detail, b.detail) ? IDENTICAL_BONUS : 0)
}

/** `slotMatch` of two placed details whose subjects score `subject`. */
export function slotEvidence(
  a: Pick<Placed, 'slot'>,
  b: Pick<Placed, 'slot'>,
  subject: 0 | 1 | 2 | 3,
): SlotEvidence | null {
  return slotMatch(a.slot, b.slot, subject)
}

// `detailTerms`, read once per distinct subject and unit: the statements of a claim mostly share them.
function cachedTerms(): (detail: Detail) => readonly string[] {
  const known = new Map<string, readonly string[]>()
  return (detail) => {
    const withUnit = detailKinds[detail.kind].unitIsSubject
    const key = JSON.stringify([detail.subject, withUnit ? detail.unit : null])
    let terms = known.get(key)
    if (terms === undefined) {
      terms = detailTerms(detail)
      known.set(key, terms)
    }
    return terms
  }
}

// The second pass of `groupDetails`: merges the one leftover detail of a class per statement.
function eliminate(
  groups: readonly Group[],
  tolerances: Tolerances,
  terms: (detail: Detail) => readonly string[],
): Entry[][] {
  const leftover = (group: Group): string | null => {
    const only = group.entries.length === 1 ? group.entries[0]! : null
    return only?.key == null ? null : `${only.key}\u0000${only.placed.statementId}`
  }
  const perStatement = new Map<string, number>()
  for (const group of groups) {
    const key = leftover(group)
    if (key !== null) perStatement.set(key, (perStatement.get(key) ?? 0) + 1)
  }
  const agrees = new Map<string, boolean>()
  const fits = (member: Entry, only: Entry): boolean => {
    const pair = `${member.match} ${only.match}`
    let known = agrees.get(pair)
    if (known === undefined) {
      known = figureScore(member.placed, only.placed, true, true, tolerances, terms) > 0
      agrees.set(pair, known)
    }
    return known
  }
  // Each eligible leftover joins the first earlier leftover group it fits, else heads its own.
  // Only heads of its class and class total can take it, so they are kept apart by both.
  const heads = new Map<Group, Head>()
  const headsByClass = new Map<string, Head[]>()
  const absorbed = new Set<Group>()
  for (const group of groups) {
    const key = leftover(group)
    if (key === null || perStatement.get(key) !== 1) continue
    const only = group.entries[0]!
    const bucket = `${only.key}\u0000${only.classTotal}`
    const candidates = headsByClass.get(bucket) ?? []
    headsByClass.set(bucket, candidates)
    const target = candidates.find(
      (merged) =>
        !merged.statementIds.has(only.placed.statementId) &&
        [...merged.matches.values()].every((member) => fits(member, only)),
    )
    if (target === undefined) {
      const head: Head = {
        entries: [only],
        statementIds: new Set([only.placed.statementId]),
        matches: new Map([[only.match, only]]),
      }
      heads.set(group, head)
      candidates.push(head)
    } else {
      target.entries.push(only)
      target.statementIds.add(only.placed.statementId)
      if (!target.matches.has(only.match)) target.matches.set(only.match, only)
      absorbed.add(group)
    }
  }
  return groups.filter((group) => !absorbed.has(group)).map((group) => (heads.get(group) ?? group).entries)
}
