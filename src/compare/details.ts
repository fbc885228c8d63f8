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
import { groupDetails, type Placed } from './group.js'
import { compareQuotes, quoteText, withAttribution } from './quotes.js'
import { NAME_KINDS } from './same-thing.js'
import { valueClasses, valueKey } from './value-classes.js'
import {
  compareDateDetails,
  compareFigures,
  compareMoney,
  isMoney,
  isNumeric,
  type PairVerdict,
  type Tolerances,
} from './values.js'

export { groupDetails } from './group.js'

/** The verdicts of one claim. */
export interface ClaimComparison {
  comparisons: DetailComparison[]
  status: ClaimStatus
}

/** The option names that are compare tolerances (every field of `Tolerances`). */
export type ToleranceOptions = Pick<ResolvedOptions, keyof Tolerances>

/**
 * The tolerances of `options`: a fresh record per call, so nothing cached across calls
 * depends on them.
 *
 * @example
 * tolerancesOf(defaultOptions).minRoundingStep //=> 100
 */
export function tolerancesOf(options: ToleranceOptions): Tolerances {
  return {
    hedgeTolerance: options.hedgeTolerance,
    roundingTolerance: options.roundingTolerance,
    minRoundingStep: options.minRoundingStep,
    nameSimilarity: options.nameSimilarity,
    wildcardMaxRatio: options.wildcardMaxRatio,
    quoteOverlap: options.quoteOverlap,
    sameSpeakerQuoteOverlap: options.sameSpeakerQuoteOverlap,
  }
}

/**
 * Verdict on two details already known to be about the same thing: figures by value and hedge
 * (`compareFigures`), money by amount and currency (`compareMoney`), dates by span and by the
 * parts their texts fix (`compareDateDetails`), quotes word by word (`compareQuotes`, with a diff when reworded),
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
    const dateA = { value: a.value, text: a.text, implied: a.implied }
    const dateB = { value: b.value, text: b.text, implied: b.implied }
    return { ...compareDateDetails(dateA, dateB, labelA, labelB), diff: null }
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

// The verdict of a group: 'unique' from one article; else that of the first pair of values
// (in group order) from different articles that diverges, else the first compatible pair, else
// the first agreeing one. Values fold into classes of one `valueKey`, so each class pair is
// judged once and the first pair of each kind is found class by class, not value by value.
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
  const classes = valueClasses(
    values,
    (detail) => valueKey(detail, quoteText),
    (a, b) => compareDetails(a, b, tolerances).status,
  )
  const firstPair: Record<PairVerdict['status'], [number, number] | null> = {
    diverge: null,
    compatible: null,
    agree: null,
  }
  for (let i = 0; i < group.length && firstPair.diverge === null; i++) {
    const own = classes.classOf[i]!
    const articleId = group[i]!.articleId
    for (let other = 0; other < classes.members.length; other++) {
      const j = classes.firstOther(other, i + 1, articleId)
      if (j < 0) continue
      const status = classes.status(own, other)
      const known = firstPair[status]
      if (known === null || (known[0] === i && j < known[1])) firstPair[status] = [i, j]
    }
  }
  const [i, j] = (firstPair.diverge ?? firstPair.compatible ?? firstPair.agree)!
  const a = group[i]!
  const b = group[j]!
  const verdict = compareDetails(a.detail, b.detail, tolerances, a.label, b.label)
  if (first.detail.kind !== 'quote') return { ...base, ...verdict }
  // The same words given to two different people diverge, however alike the words.
  return { ...base, ...withAttribution(verdict, group, tolerances.nameSimilarity, outlet) }
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
