// The compare stage's grouping, verdicts and divergence lists written the plain pairwise way
// (every detail against every group member, every pair of values): the definition that the
// class-based code in src/compare must reproduce. Slow on big claims; used on small random ones.
import {
  compareDetails,
  comparisonConfidence,
  describeDetail,
  sharedEvidence,
  shareEvent,
  statementSimilarity,
} from '../../src/compare/details.js'
import { figureScore } from '../../src/compare/group.js'
import { quoteText, rewordsOnly, sameQuote, speakerOf } from '../../src/compare/quotes.js'
import {
  comparableClass,
  NAME_KINDS,
  type Slot,
  slotsOf,
  statementEvents,
} from '../../src/compare/same-thing.js'
import { valueKey } from '../../src/compare/value-classes.js'
import { contextSimilarity, valueContext } from '../../src/compare/value-context.js'
import { type PairVerdict, sameName, type Tolerances } from '../../src/compare/values.js'
import type { ComparedValue, DetailComparison, DiffPart, Statement } from '../../src/types.js'

interface Placed extends ComparedValue {
  label: string
  statement: Statement
  speaker: string | undefined
  slot: Slot
}

/**
 * The comparisons of a claim's statements (more than one article), by the pairwise definition;
 * `cohesion` is the claim's score (0.8 for the claims of make.ts).
 */
export function referenceComparisons(
  statements: readonly Statement[],
  tolerances: Tolerances,
  outlet: (id: string) => string,
  cohesion = 0.8,
): DetailComparison[] {
  const groups = referenceGroups(statements, tolerances, outlet)
  const shared = sharedEvidence(groups, tolerances)
  const similarityOf = statementSimilarity()
  const confidence = (a: Placed, b: Placed) =>
    comparisonConfidence(a, b, {
      cohesion,
      shared: shared(a, b),
      tolerances,
      sharedEvent: shareEvent(statementEvents(a.statement.text), statementEvents(b.statement.text)),
      similarity: {
        statements: similarityOf(a.statement, b.statement),
        values: contextSimilarity(valueContext(a.statement, a.detail), valueContext(b.statement, b.detail)),
      },
    })
  return groups.map((group) => judgeGroup(group, tolerances, outlet, confidence))
}

export function referenceGroups(
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
    // Every detail scored against every group it may join; the best pairs taken first, the
    // earlier detail and group on a tie; a detail no group takes heads a new one.
    const slots = slotsOf(statement)
    const placedDetails: Placed[] = []
    statement.details.forEach((detail, index) => {
      if (detail.kind !== 'quote' && !NAME_KINDS.includes(detail.kind) && comparableClass(detail) === null)
        return
      placedDetails.push({
        articleId: statement.articleId,
        statementId: statement.id,
        detail,
        label: `${detail.text} (${outlet(statement.articleId)})`,
        statement,
        speaker:
          detail.kind === 'quote' ? speakerOf(detail, statement, tolerances.nameSimilarity) : undefined,
        slot: slots[index]!,
      })
    })
    const pairs: { placed: number; group: number; score: number }[] = []
    placedDetails.forEach((placed, index) => {
      groups.forEach((group, at) => {
        if (group[0]!.detail.kind !== placed.detail.kind) return
        const score = groupScore(group, placed, classCounts, tolerances)
        if (score > 0) pairs.push({ placed: index, group: at, score })
      })
    })
    pairs.sort((a, b) => b.score - a.score || a.placed - b.placed || a.group - b.group)
    const joined = new Map<number, number>()
    const taken = new Set<number>()
    for (const pair of pairs) {
      if (joined.has(pair.placed) || taken.has(pair.group)) continue
      joined.set(pair.placed, pair.group)
      taken.add(pair.group)
    }
    placedDetails.forEach((placed, index) => {
      const at = joined.get(index)
      if (at === undefined) groups.push([placed])
      else groups[at]!.push(placed)
    })
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
            figureScore(member, only, true, true, tolerances) > 0,
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
      score = sameQuote(a, b, tolerances)
    } else if (NAME_KINDS.includes(detail.kind)) {
      score = sameName(String(member.detail.value), String(detail.value), tolerances.nameSimilarity) ? 3 : 0
    } else {
      const key = comparableClass(detail)
      if (key === null) return 0
      const memberAlone = member.statement.details.filter((d) => comparableClass(d) === key).length === 1
      score = figureScore(member, candidate, memberAlone, classCounts.get(key) === 1, tolerances)
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
  confidence: (a: Placed, b: Placed) => number,
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
      confidence: 1,
      reworded: false,
    }
  }
  let compatible: (PairVerdict & { diff: DiffPart[] | null; confidence: number; reworded: false }) | null =
    null
  let agree: (PairVerdict & { diff: DiffPart[] | null; confidence: number; reworded: false }) | null = null
  // Value classes: equal valueKey, numbered by first appearance.
  const keys = group.map((member) => valueKey(member.detail, quoteText))
  const classOf = keys.map((key) => keys.indexOf(key))
  const classOrder = [...new Set(classOf)]
  // The diverging pairs weighed: for each value, in order, the first later value of each
  // other class from another article, at most 12 distinct (class, class) pairs; the surest
  // is shown, the first found on a tie.
  let shown: [number, number] | null = null
  let surest = -1
  const seen = new Set<string>()
  for (let i = 0; i < group.length && seen.size < 12; i++) {
    for (const c of classOrder) {
      const j = group.findIndex(
        (member, at) => at > i && classOf[at] === c && member.articleId !== group[i]!.articleId,
      )
      if (j < 0) continue
      const a = group[i]!
      const b = group[j]!
      const verdict = compareDetails(a.detail, b.detail, tolerances, a.label, b.label)
      if (verdict.status !== 'diverge') continue
      const classPair = `${classOf[i]} ${c}`
      if (seen.has(classPair) || seen.size >= 12) continue
      seen.add(classPair)
      const sure = confidence(a, b)
      if (shown === null || sure > surest) [shown, surest] = [[i, j], sure]
    }
  }
  if (shown !== null) {
    const [a, b] = [group[shown[0]]!, group[shown[1]]!]
    const verdict = compareDetails(a.detail, b.detail, tolerances, a.label, b.label)
    // A quote reworded without changing a fact (the reference reads no speakers).
    const reworded = first.detail.kind === 'quote' && verdict.diff !== null && rewordsOnly(verdict.diff)
    return { ...base, ...verdict, confidence: surest, reworded }
  }
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) {
      const a = group[i]!
      const b = group[j]!
      if (a.articleId === b.articleId) continue
      const verdict = compareDetails(a.detail, b.detail, tolerances, a.label, b.label)
      const sure = { confidence: confidence(a, b), reworded: false as const }
      if (verdict.status === 'compatible') compatible ??= { ...verdict, ...sure }
      else agree ??= { ...verdict, ...sure }
    }
  }
  const verdict = compatible ?? agree!
  return { ...base, ...verdict }
}

/** '38 (AP), 40 (DW, Reuters)': the values a detail diverges from, every one listed. */
export function referenceList(values: readonly ComparedValue[], outlet: (id: string) => string): string {
  const byText = new Map<string, string[]>()
  for (const value of values) {
    const outlets = byText.get(value.detail.text) ?? []
    const name = outlet(value.articleId)
    if (!outlets.includes(name)) outlets.push(name)
    byText.set(value.detail.text, outlets)
  }
  return [...byText].map(([text, outlets]) => `${text} (${outlets.join(', ')})`).join(', ')
}
