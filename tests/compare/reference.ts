// The compare stage's grouping, verdicts and divergence lists written the plain pairwise way
// (every detail against every group member, every pair of values): the definition that the
// class-based code in src/compare must reproduce. Slow on big claims; used on small random ones.
import { compareDetails, describeDetail } from '../../src/compare/details.js'
import { quoteText, sameQuote, speakerOf } from '../../src/compare/quotes.js'
import { comparableClass, NAME_KINDS, sameThing } from '../../src/compare/same-thing.js'
import { type PairVerdict, sameName, type Tolerances } from '../../src/compare/values.js'
import type { ComparedValue, DetailComparison, DiffPart, Statement } from '../../src/types.js'

interface Placed extends ComparedValue {
  label: string
  statement: Statement
  speaker: string | undefined
}

/** The comparisons of a claim's statements (more than one article), by the pairwise definition. */
export function referenceComparisons(
  statements: readonly Statement[],
  tolerances: Tolerances,
  outlet: (id: string) => string,
): DetailComparison[] {
  return referenceGroups(statements, tolerances, outlet).map((group) => judgeGroup(group, tolerances, outlet))
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
    for (const detail of statement.details) {
      if (detail.kind !== 'quote' && !NAME_KINDS.includes(detail.kind) && comparableClass(detail) === null)
        continue
      const placed: Placed = {
        articleId: statement.articleId,
        statementId: statement.id,
        detail,
        label: `${detail.text} (${outlet(statement.articleId)})`,
        statement,
        speaker:
          detail.kind === 'quote' ? speakerOf(detail, statement, tolerances.nameSimilarity) : undefined,
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
      score = sameQuote(a, b, tolerances)
    } else if (NAME_KINDS.includes(detail.kind)) {
      score = sameName(String(member.detail.value), String(detail.value), tolerances.nameSimilarity) ? 3 : 0
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
