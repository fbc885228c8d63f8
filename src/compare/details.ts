import type {
  Article,
  Claim,
  ClaimStatus,
  ComparedValue,
  Detail,
  DetailComparison,
  DiffPart,
  ResolvedOptions,
  Statement,
} from '../types.js'
import { compareQuotes, quoteText, sameQuote, speakerOf } from './quotes.js'
import { comparableClass, NAME_KINDS, sameThing } from './same-thing.js'
import {
  compareDates,
  compareFigures,
  compareMoney,
  isMoney,
  isNumeric,
  type PairVerdict,
  sameName,
  type Tolerances,
} from './values.js'

/** The verdicts of one claim. */
export interface ClaimComparison {
  comparisons: DetailComparison[]
  status: ClaimStatus
}

/** The tolerances of `options`. */
export function tolerancesOf(
  options: Pick<ResolvedOptions, 'hedgeTolerance' | 'roundingTolerance'>,
): Tolerances {
  return { hedgeTolerance: options.hedgeTolerance, roundingTolerance: options.roundingTolerance }
}

/** A detail with where it comes from, and a label for reasons ('41 (ap)'). */
interface Placed extends ComparedValue {
  label: string
  statement: Statement
  /** For quotes: who said it (see `speakerOf`). */
  speaker: string | undefined
}

/**
 * Verdict on two details already known to be about the same thing: figures by value and hedge
 * (`compareFigures`), money by amount and currency (`compareMoney`), dates by ISO value or
 * weekday (`compareDates`), quotes word by word (`compareQuotes`, with a diff when reworded),
 * names agree. Labels are how the values are named in the reason ('41 (ap)').
 *
 * @example
 * compareDetails(twelveDead, fourteenDead, tolerances).status //=> 'diverge'
 */
export function compareDetails(
  a: Detail,
  b: Detail,
  tolerances: Tolerances,
  labelA: string = a.text,
  labelB: string = b.text,
): PairVerdict & { diff: DiffPart[] | null } {
  if (a.kind === 'quote' && b.kind === 'quote') return compareQuotes(quoteText(a), quoteText(b))
  if (NAME_KINDS.includes(a.kind) && NAME_KINDS.includes(b.kind)) {
    return { status: 'agree', reason: `${labelA} and ${labelB} name the same.`, diff: null }
  }
  if (isMoney(a.value) && isMoney(b.value)) {
    const verdict = compareMoney(
      { value: a.value, hedge: a.hedge, text: labelA },
      { value: b.value, hedge: b.hedge, text: labelB },
      tolerances,
    ) ?? {
      status: 'diverge',
      reason: `${labelA} and ${labelB} are different amounts in different currencies.`,
    }
    return { ...verdict, diff: null }
  }
  if (isNumeric(a.value) && isNumeric(b.value)) {
    const verdict = compareFigures(
      { value: a.value, hedge: a.hedge, text: labelA },
      { value: b.value, hedge: b.hedge, text: labelB },
      tolerances,
    )
    return { ...verdict, diff: null }
  }
  if (a.kind === 'date' && typeof a.value === 'string' && typeof b.value === 'string') {
    return { ...compareDates(a.value, b.value, labelA, labelB), diff: null }
  }
  const same = String(a.value).trim().toLowerCase() === String(b.value).trim().toLowerCase()
  return same
    ? { status: 'agree', reason: `${labelA} and ${labelB} are the same.`, diff: null }
    : { status: 'diverge', reason: `${labelA} and ${labelB} differ.`, diff: null }
}

/**
 * Compares the details of one claim's statements. Details about the same thing (see
 * `sameThing`, `sameQuote`, `sameName`) are grouped, at most one per statement; each group
 * becomes one `DetailComparison`: `unique` when only one article gives it, else `diverge` if
 * any two articles' values cannot both be true, `compatible` if some only fit within hedges or
 * rounding, `agree` otherwise. Names never diverge. A claim of one article has no comparisons.
 * The claim is 'disputed' when any comparison diverges (a misquote included), 'single-source'
 * when it has one article, else 'corroborated'.
 *
 * `articlesById` is optional: with it, reasons name outlets rather than article ids.
 *
 * @example
 * compareClaim(claim, statementsById, options)
 * //=> { status: 'disputed', comparisons: [{ kind: 'count', subject: 'dead', status: 'diverge', ... }] }
 */
export function compareClaim(
  claim: Claim,
  statementsById: ReadonlyMap<string, Statement>,
  options: ResolvedOptions,
): ClaimComparison
export function compareClaim(
  claim: Claim,
  statementsById: ReadonlyMap<string, Statement>,
  articlesById: ReadonlyMap<string, Article>,
  options: ResolvedOptions,
): ClaimComparison
export function compareClaim(
  claim: Claim,
  statementsById: ReadonlyMap<string, Statement>,
  third: ResolvedOptions | ReadonlyMap<string, Article>,
  fourth?: ResolvedOptions,
): ClaimComparison {
  const articlesById = third instanceof Map ? (third as ReadonlyMap<string, Article>) : null
  const options = (third instanceof Map ? fourth : third) as ResolvedOptions
  const statements = claim.statementIds
    .map((id) => statementsById.get(id))
    .filter((statement): statement is Statement => statement !== undefined)
  const articleIds = new Set(statements.map((statement) => statement.articleId))
  if (articleIds.size <= 1) return { comparisons: [], status: 'single-source' }
  const tolerances = tolerancesOf(options)
  const outlet = (articleId: string): string => articlesById?.get(articleId)?.outlet ?? articleId
  const groups = groupDetails(statements, tolerances, outlet)
  const comparisons = groups.map((group) => judgeGroup(group, tolerances, outlet))
  const disputed = comparisons.some((comparison) => comparison.status === 'diverge')
  return { comparisons, status: disputed ? 'disputed' : 'corroborated' }
}

/**
 * Groups the details of a claim's statements by the thing they are about, at most one detail
 * per statement in a group, in statement then detail order (so the result is deterministic).
 *
 * Two passes. First, each detail joins the group it best matches (`sameThing`, `sameQuote`,
 * `sameName`). Then, by elimination: when statements with the same number of details of a
 * class (two counts each, say) are each left with exactly one unmatched detail of it, and
 * their subjects do not conflict, those details are taken to be about the same thing ('Seven
 * members voted for and two against' / 'Six voted for and three against': 'two' and 'three'
 * are both what is left). Statements built differently are not paired this way.
 */
export function groupDetails(
  statements: readonly Statement[],
  tolerances: Tolerances,
  outlet: (articleId: string) => string = (id) => id,
): Placed[][] {
  const groups: Placed[][] = []
  for (const statement of statements) {
    const classCounts = new Map<string, number>()
    for (const detail of statement.details) {
      const key = comparableClass(detail)
      if (key !== null) classCounts.set(key, (classCounts.get(key) ?? 0) + 1)
    }
    for (const detail of statement.details) {
      if (detail.kind !== 'quote' && !NAME_KINDS.includes(detail.kind) && comparableClass(detail) === null)
        continue
      const placed: Placed = {
        articleId: statement.articleId,
        statementId: statement.id,
        detail,
        label: `${detail.text} (${outlet(statement.articleId)})`,
        statement,
        speaker: detail.kind === 'quote' ? speakerOf(detail, statement) : undefined,
      }
      let best: Placed[] | null = null
      let bestScore = 0
      for (const group of groups) {
        if (group[0]!.detail.kind !== detail.kind || group.some((m) => m.statementId === statement.id))
          continue
        const score = groupScore(group, placed, classCounts, tolerances)
        if (score > bestScore) {
          best = group
          bestScore = score
        }
      }
      if (best !== null) best.push(placed)
      else groups.push([placed])
    }
  }
  return eliminate(groups, tolerances)
}

// The second pass of `groupDetails`: merges the one leftover detail of a class per statement.
function eliminate(groups: Placed[][], tolerances: Tolerances): Placed[][] {
  const leftover = (group: Placed[]): string | null => {
    const key = group.length === 1 ? comparableClass(group[0]!.detail) : null
    return key === null ? null : `${key}\u0000${group[0]!.statementId}`
  }
  const perStatement = new Map<string, number>()
  for (const group of groups) {
    const key = leftover(group)
    if (key !== null) perStatement.set(key, (perStatement.get(key) ?? 0) + 1)
  }
  // Each eligible leftover joins the first earlier leftover group it fits, else heads its own.
  const heads = new Map<Placed[], Placed[]>()
  const absorbed = new Set<Placed[]>()
  for (const group of groups) {
    const key = leftover(group)
    if (key === null || perStatement.get(key) !== 1) continue
    const only = group[0]!
    const target = [...heads.values()].find(
      (merged) =>
        comparableClass(merged[0]!.detail) === comparableClass(only.detail) &&
        merged.every(
          (member) =>
            member.statementId !== only.statementId &&
            classTotal(member) === classTotal(only) &&
            sameThing(member.detail, only.detail, true, true, tolerances) > 0,
        ),
    )
    if (target === undefined) heads.set(group, [only])
    else {
      target.push(only)
      absorbed.add(group)
    }
  }
  return groups.filter((group) => !absorbed.has(group)).map((group) => heads.get(group) ?? group)
}

// How many details of its class a placed detail's statement has.
function classTotal(placed: Placed): number {
  const key = comparableClass(placed.detail)
  return placed.statement.details.filter((detail) => comparableClass(detail) === key).length
}

// How well `candidate` fits a group: the weakest match with any member, 0 when one fails.
function groupScore(
  group: readonly Placed[],
  candidate: Placed,
  classCounts: ReadonlyMap<string, number>,
  tolerances: Tolerances,
): number {
  const detail = candidate.detail
  let weakest: number = Number.POSITIVE_INFINITY
  for (const member of group) {
    let score = 0
    if (detail.kind === 'quote') {
      const a = { text: quoteText(member.detail), speaker: member.speaker }
      const b = { text: quoteText(detail), speaker: candidate.speaker }
      score = sameQuote(a, b)
    } else if (NAME_KINDS.includes(detail.kind)) {
      score = sameName(String(member.detail.value), String(detail.value)) ? 3 : 0
    } else {
      const key = comparableClass(detail)
      if (key === null) return 0
      const memberAlone = member.statement.details.filter((d) => comparableClass(d) === key).length === 1
      score = sameThing(member.detail, detail, memberAlone, classCounts.get(key) === 1, tolerances)
    }
    if (score === 0) return 0
    weakest = Math.min(weakest, score)
  }
  return weakest
}

function judgeGroup(
  group: readonly Placed[],
  tolerances: Tolerances,
  outlet: (id: string) => string,
): DetailComparison {
  const first = group[0]!
  const subject = group.find((member) => member.detail.subject !== null)?.detail.subject ?? null
  const values: ComparedValue[] = group.map(({ articleId, statementId, detail }) => ({
    articleId,
    statementId,
    detail,
  }))
  const base = { kind: first.detail.kind, subject, values }
  if (new Set(group.map((member) => member.articleId)).size === 1) {
    return {
      ...base,
      status: 'unique',
      diff: null,
      reason: `Only ${outlet(first.articleId)} gives ${describeDetail(first.detail)}.`,
    }
  }
  let compatible: (PairVerdict & { diff: DiffPart[] | null }) | null = null
  let agree: (PairVerdict & { diff: DiffPart[] | null }) | null = null
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) {
      const a = group[i]!
      const b = group[j]!
      if (a.articleId === b.articleId) continue
      const verdict = compareDetails(a.detail, b.detail, tolerances, a.label, b.label)
      if (verdict.status === 'diverge') return { ...base, ...verdict }
      if (verdict.status === 'compatible') compatible ??= verdict
      else agree ??= verdict
    }
  }
  const verdict = compatible ?? agree!
  return { ...base, ...verdict }
}

/** How a detail is named in a sentence: 'the figure 41', 'a quote', 'the name Ana Ortiz'. */
export function describeDetail(detail: Detail): string {
  switch (detail.kind) {
    case 'quote':
      return 'this quote'
    case 'person':
    case 'organization':
    case 'place':
    case 'attribution':
      return `the name ${detail.text}`
    case 'date':
      return `the date ${detail.text}`
    default:
      return `the figure ${detail.text}`
  }
}
