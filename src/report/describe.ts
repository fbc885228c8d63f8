/**
 * What every human-readable renderer needs to say about a report: outlet labels, claims in
 * reading order (conflicts first), the values of a comparison grouped by outlet, and the end
 * position of a span. Plain strings, unescaped: each renderer escapes for its own output.
 */

import { corroborationThresholdOf } from '../corroboration-threshold.js'
import { diffVersions } from '../text/diff-versions.js'
import type {
  Claim,
  ClaimStatus,
  Detail,
  DetailComparison,
  Finding,
  Place,
  Report,
  ReportArticle,
  ReportStats,
  Statement,
} from '../types.js'

/** A statement with the article it belongs to. */
export interface LocatedStatement {
  statement: Statement
  article: ReportArticle
}

/**
 * Labels articles by outlet name, falling back to the id; two articles of one outlet get their
 * id appended so that every label names exactly one article.
 *
 * @example
 * // `report`: three outlets on one parade (tests/support/doc-example-fixtures.ts)
 * outletLabels(report).get('wire') //=> 'Northgate Wire'
 */
export function outletLabels(report: Report): Map<string, string> {
  const counts = new Map<string, number>()
  for (const article of report.articles) {
    const name = article.outlet.trim() || article.id
    counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  const labels = new Map<string, string>()
  for (const article of report.articles) {
    const name = article.outlet.trim() || article.id
    labels.set(
      article.id,
      (counts.get(name) ?? 0) > 1 && name !== article.id ? `${name} (${article.id})` : name,
    )
  }
  return labels
}

/**
 * Every statement of the report by id, with its article.
 *
 * @example
 * statementIndex(report).get('wire#1')?.article.id //=> 'wire'
 */
export function statementIndex(report: Report): Map<string, LocatedStatement> {
  const index = new Map<string, LocatedStatement>()
  for (const article of report.articles) {
    for (const statement of article.statements) index.set(statement.id, { statement, article })
  }
  return index
}

/**
 * The statements of the single-source claims among `claims`, outlet by outlet in article
 * order and then in text order, each with its claim: the listing the Markdown and text
 * reports share, so the two cannot order it differently.
 *
 * @example
 * singleSourceStatements(report, orderClaims(report.claims), statementIndex(report))[0]?.statement.id //=> 'wire#1'
 */
export function singleSourceStatements(
  report: Report,
  claims: readonly Claim[],
  statements: ReadonlyMap<string, LocatedStatement>,
): (LocatedStatement & { claim: Claim })[] {
  const rows = claims
    .filter((claim) => claim.status === 'single-source')
    .flatMap((claim) =>
      claim.statementIds.flatMap((id) => {
        const located = statements.get(id)
        return located === undefined ? [] : [{ claim, ...located }]
      }),
    )
  const articleOrder = new Map(report.articles.map((article, position) => [article.id, position]))
  return rows.sort(
    (a, b) =>
      (articleOrder.get(a.article.id) ?? 0) - (articleOrder.get(b.article.id) ?? 0) ||
      a.statement.index - b.statement.index,
  )
}

/**
 * The claim each statement belongs to, by statement id.
 *
 * @example
 * claimByStatement(report).get('local#0')?.status //=> 'disputed'
 */
export function claimByStatement(report: Report): Map<string, Claim> {
  const byStatement = new Map<string, Claim>()
  for (const claim of report.claims) {
    for (const id of claim.statementIds) if (!byStatement.has(id)) byStatement.set(id, claim)
  }
  return byStatement
}

const statusOrder: Record<ClaimStatus, number> = {
  disputed: 0,
  corroborated: 1,
  related: 2,
  'single-source': 3,
}

/** The heading of each claim status's section in the HTML, Markdown and text reports. */
export const sectionHeadings: Readonly<Record<ClaimStatus, string>> = {
  disputed: 'Disputed claims',
  corroborated: 'Corroborated claims',
  related: 'Related statements',
  'single-source': 'Single-source statements',
}

/**
 * The shown claims by report section, sections in report order (disputed, corroborated,
 * related, single-source), each with its heading and its claims in the order given. A section
 * of a status not in `statuses`, or with no claim, is left out.
 *
 * @example
 * claimSections(orderClaims(report.claims), ['disputed', 'corroborated', 'related']).map((s) => s.heading)
 * //=> ['Disputed claims', 'Corroborated claims']
 */
export function claimSections(
  ordered: readonly Claim[],
  statuses: readonly ClaimStatus[] = ['disputed', 'corroborated', 'related', 'single-source'],
): { status: ClaimStatus; heading: string; claims: Claim[] }[] {
  return [...statuses]
    .sort((a, b) => statusOrder[a] - statusOrder[b])
    .flatMap((status) => {
      const claims = ordered.filter((claim) => claim.status === status)
      return claims.length === 0 ? [] : [{ status, heading: sectionHeadings[status], claims }]
    })
}

/**
 * A count and its noun, the noun plural unless the count is 1: every count a report or the CLI
 * prints in words goes through it, so none reads '1 outlets'. The nouns counted take a plain
 * 's' unless `many` says otherwise (the report loads no stemmer to find plurals).
 *
 * @example
 * plural(1, 'outlet') //=> '1 outlet'
 * plural(0, 'finding') //=> '0 findings'
 * plural(2, 'match', 'matches') //=> '2 matches'
 */
export function plural(count: number, noun: string, many = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : many}`
}

/**
 * The claims of a report counted by status, in section order, as the text and Markdown
 * summaries print them; every status is counted, none included.
 *
 * @example
 * claimCounts({ disputed: 3, corroborated: 4, related: 4, singleSource: 21 })
 * //=> '3 disputed, 4 corroborated, 4 related, 21 single-source'
 */
export function claimCounts(
  stats: Pick<ReportStats, 'disputed' | 'corroborated' | 'related' | 'singleSource'>,
): string {
  return `${stats.disputed} disputed, ${stats.corroborated} corroborated, ${stats.related} related, ${stats.singleSource} single-source`
}

/**
 * Why a related claim is only related, as a report prints it: its weakest link (the lowest
 * link score between two statements of different outlets), cut to two decimals, and the
 * corroboration threshold it missed when the report records one (`relatedCutoff`). Empty for a
 * claim of any other status, or one read from a report without `weakestLink`.
 *
 * @example
 * weakestLinkNote({ status: 'related', weakestLink: 0.5903 }, 0.75) //=> 'weakest link 0.59 < 0.75'
 * weakestLinkNote({ status: 'related', weakestLink: 0.7462 }, 0.75) //=> 'weakest link 0.74 < 0.75'
 * weakestLinkNote({ status: 'related', weakestLink: 0.5903 }, null) //=> 'weakest link 0.59'
 * weakestLinkNote({ status: 'corroborated', weakestLink: 0.82 }, 0.75) //=> ''
 */
export function weakestLinkNote(claim: Pick<Claim, 'status' | 'weakestLink'>, cutoff: number | null): string {
  if (claim.status !== 'related' || typeof claim.weakestLink !== 'number') return ''
  // Cut, not rounded: 0.7462 under a threshold of 0.75 must not read '0.75'.
  const weakest = `weakest link ${(Math.floor(claim.weakestLink * 100 + 1e-9) / 100).toFixed(2)}`
  return cutoff === null ? weakest : `${weakest} < ${twoPlaces(cutoff)}`
}

/**
 * The weakest link a claim needed to be corroborated, as the report's own options record it:
 * `options.corroborationThreshold`, or `threshold` + 0.15 when that is null (its default). Null
 * when the options do not say (a hand-made report without `threshold`).
 *
 * @example
 * relatedCutoff({ options: { threshold: 0.6, corroborationThreshold: null } }) //=> 0.75
 * relatedCutoff({ options: { threshold: 0.6, corroborationThreshold: 0.9 } }) //=> 0.9
 */
export function relatedCutoff(report: { options: Partial<Report['options']> }): number | null {
  const { threshold, corroborationThreshold } = report.options
  if (typeof corroborationThreshold === 'number') return corroborationThreshold
  if (typeof threshold !== 'number') return null
  return corroborationThresholdOf({ threshold, corroborationThreshold: null })
}

/** A threshold with at least two decimals ('0.75', '0.60'), all of them when it has more ('0.755'). */
function twoPlaces(value: number): string {
  const fixed = value.toFixed(2)
  return Number(fixed) === value ? fixed : String(value)
}

/** The cutoff a report was judged with (`options.minConflictConfidence`; 0.5 in older reports). */
export function conflictCutoff(report: Pick<Report, 'options'>): number {
  return report.options.minConflictConfidence ?? 0.5
}

/** A comparison's confidence (render() gives 1 to one from a report written before confidences existed). */
export function confidenceOf(comparison: DetailComparison): number {
  return comparison.confidence
}

/**
 * Whether a comparison is a possible conflict: it diverges, but with a confidence below the
 * cutoff (the values may not be one fact) or as a quote reworded (`reworded`: the words
 * differ, no fact does), so it does not dispute its claim.
 *
 * @example
 * isPossible({ status: 'diverge', confidence: 0.41 }, 0.5) //=> true
 * isPossible({ status: 'diverge', confidence: 0.9, reworded: true }, 0.5) //=> true
 */
export function isPossible(comparison: DetailComparison, cutoff: number): boolean {
  return comparison.status === 'diverge' && (confidenceOf(comparison) < cutoff || comparison.reworded)
}

/**
 * Why a possible conflict is only possible, as a report prints it: 'reworded' for a quote
 * reworded (`reworded`), else its confidence ('confidence 0.41').
 *
 * @example
 * possibleNote({ status: 'diverge', confidence: 0.41 }) //=> 'confidence 0.41'
 * possibleNote({ status: 'diverge', confidence: 0.9, reworded: true }) //=> 'reworded'
 */
export function possibleNote(comparison: DetailComparison): string {
  return comparison.reworded ? 'reworded' : `confidence ${confidenceOf(comparison).toFixed(2)}`
}

/**
 * The verdict as a report prints it: the status, or 'possible' for a possible conflict.
 *
 * @example
 * verdictLabel({ status: 'diverge', confidence: 0.41 }, 0.5) //=> 'possible'
 */
export function verdictLabel(comparison: DetailComparison, cutoff: number): string {
  return isPossible(comparison, cutoff) ? 'possible' : comparison.status
}

// Reading order of verdicts within a claim: conflicts, possible conflicts, then the rest.
function verdictRank(comparison: DetailComparison, cutoff: number): number {
  if (comparison.status === 'diverge') return isPossible(comparison, cutoff) ? 1 : 0
  return comparison.status === 'compatible' ? 2 : comparison.status === 'agree' ? 3 : 4
}

/**
 * A claim's comparisons in reading order: conflicts first (the surest first), then possible
 * conflicts, compatible values, agreements and details one outlet gives; the claim's order
 * otherwise (a stable sort).
 *
 * @example
 * orderComparisons(report.claims[3], 0.5).map((c) => c.status) //=> ['diverge', 'agree', 'agree']
 */
export function orderComparisons(claim: Claim, cutoff = 0.5): DetailComparison[] {
  return claim.comparisons
    .map((comparison, position) => ({ comparison, position, rank: verdictRank(comparison, cutoff) }))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        (a.rank <= 1 ? confidenceOf(b.comparison) - confidenceOf(a.comparison) : 0) ||
        a.position - b.position,
    )
    .map(({ comparison }) => comparison)
}

// The confidence of a claim's surest diverging comparison (0 when nothing diverges).
function conflictStrength(claim: Claim): number {
  let strongest = 0
  for (const comparison of claim.comparisons) {
    if (comparison.status === 'diverge') strongest = Math.max(strongest, confidenceOf(comparison))
  }
  return strongest
}

/**
 * Claims in reading order: disputed first, the surest conflict first; then corroborated claims,
 * then related ones, each with those with a possible conflict first (the surest first); then
 * single-source; the report's order otherwise (a stable sort).
 *
 * @example
 * orderClaims(report.claims).map((claim) => claim.status)[0] //=> 'disputed'
 */
export function orderClaims(claims: readonly Claim[]): Claim[] {
  return claims
    .map((claim, position) => ({ claim, position, strength: conflictStrength(claim) }))
    .sort(
      (a, b) =>
        statusOrder[a.claim.status] - statusOrder[b.claim.status] ||
        b.strength - a.strength ||
        a.position - b.position,
    )
    .map(({ claim }) => claim)
}

/** One wording of a value and the articles that write it so. */
export interface Wording {
  display: string
  articleIds: string[]
}

/** One value of a comparison, the articles that report it, and each way they word it. */
export interface ValueGroup {
  /** How the first article words it. */
  display: string
  articleIds: string[]
  /**
   * The value's wordings, in order of first appearance: one when every article writes it alike
   * ('12' for '12' and 'Twelve'), several when they do not ('Tuesday afternoon' and 'October 14'
   * for one date), so that a report names each outlet beside its own words.
   */
  wordings: Wording[]
}

/**
 * Groups a comparison's values by normalised value and unit, in order of first appearance,
 * each with its wordings (`ValueGroup.wordings`).
 *
 * @example
 * const troops = report.claims[0].comparisons.find((comparison) => comparison.subject === 'troops')
 * valueGroups(troops).map((group) => group.display) //=> ['About 9,000', '8,000']
 */
export function valueGroups(comparison: DetailComparison): ValueGroup[] {
  const groups = new Map<string, ValueGroup>()
  for (const { articleId, detail } of comparison.values) {
    const key = JSON.stringify([detail.value, detail.unit, detail.hedge])
    const display = displayValue(detail)
    const group = groups.get(key)
    if (group === undefined) {
      groups.set(key, { display, articleIds: [articleId], wordings: [{ display, articleIds: [articleId] }] })
      continue
    }
    if (!group.articleIds.includes(articleId)) group.articleIds.push(articleId)
    const wording = group.wordings.find((known) => known.display === display)
    if (wording === undefined) group.wordings.push({ display, articleIds: [articleId] })
    else if (!wording.articleIds.includes(articleId)) wording.articleIds.push(articleId)
  }
  return [...groups.values()]
}

/**
 * A detail's value as a reader compares it: exact counts with digit grouping, percentages with
 * '%', quotes in quotation marks, and otherwise the words of the source.
 *
 * @example
 * displayValue({ kind: 'count', text: '9000 soldiers', value: 9000, hedge: null }) //=> '9,000'
 */
export function displayValue(detail: Detail): string {
  const { value } = detail
  if (typeof value === 'number' && detail.hedge === null) {
    if (detail.kind === 'count' || detail.kind === 'ordinal') return groupDigits(value)
    if (detail.kind === 'percent') return `${groupDigits(value)}%`
  }
  const words = detail.text.replace(/\s+/g, ' ').trim()
  if (detail.kind === 'quote') {
    const quoted = typeof value === 'string' && value.trim() !== '' ? value.trim() : words
    return `“${trimQuoteMarks(quoted)}”`
  }
  return words
}

const quoteMarks = new Set(['"', "'", '“', '”', '‘', '’', '«', '»'])

/** The text without the quotation marks around it (a loop, not a regex, to stay linear). */
function trimQuoteMarks(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && quoteMarks.has(text[start]!)) start++
  while (end > start && quoteMarks.has(text[end - 1]!)) end--
  return text.slice(start, end)
}

/**
 * Writes a number with comma thousands separators, independent of the runtime's locale.
 *
 * @example
 * groupDigits(1234567.5) //=> '1,234,567.5'
 */
export function groupDigits(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  const [whole = '', fraction] = String(Math.abs(value)).split('.')
  const grouped = whole.length > 15 || whole.includes('e') ? whole : groupThousands(whole)
  return `${value < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`
}

/**
 * '1234567' as '1,234,567'. A loop, not `/\B(?=(\d{3})+$)/g`: that look-ahead rescans the rest
 * of the digits at every position, quadratic in their number.
 */
function groupThousands(digits: string): string {
  let grouped = digits.slice(0, digits.length % 3 || 3)
  for (let at = grouped.length; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`
  return grouped
}

/**
 * What a comparison is about: its subject, or its kind when the subject is unknown.
 *
 * @example
 * comparisonLabel({ kind: 'count', subject: 'troops' }) //=> 'troops'
 */
export function comparisonLabel(comparison: DetailComparison): string {
  return comparison.subject?.trim() || comparison.kind
}

/**
 * A comparison in one line: `troops: 9,000 (Wire, Meridian) vs 8,000 (Courier)`; each outlet is
 * named beside its own words, so one value written two ways lists both, joined by `=` ('date:
 * Tuesday afternoon (Wire) = October 14 (Courier)'); values that agree list their outlets
 * once (equal values written differently are joined by `=`, compatible ones by `~`), a
 * unique value says `only`.
 *
 * @example
 * const troops = report.claims[0].comparisons.find((comparison) => comparison.subject === 'troops')
 * describeComparison(troops, outletLabels(report))
 * //=> 'troops: About 9,000 (Northgate Wire) = Some 9,000 (Channel Meridian) vs 8,000 (Varlen Courier)'
 */
export function describeComparison(comparison: DetailComparison, labels: Map<string, string>): string {
  const groups = valueGroups(comparison)
  const names = (wording: Wording) => wording.articleIds.map((id) => labels.get(id) ?? id).join(', ')
  const separator =
    comparison.status === 'compatible' ? ' ~ ' : comparison.status === 'agree' ? ' = ' : ' vs '
  const values =
    comparison.status === 'unique' && groups.length === 1 && groups[0]!.wordings.length === 1
      ? `${groups[0]!.display} (${names(groups[0]!)} only)`
      : groups
          .map((group) =>
            group.wordings.map((wording) => `${wording.display} (${names(wording)})`).join(' = '),
          )
          .join(separator)
  return `${comparisonLabel(comparison)}: ${values}`
}

/**
 * A claim's most telling comparison: the surest that diverges, else the first compatible, else
 * the first that agrees. A detail only one outlet has never heads a claim of several outlets.
 */
export function headlineComparison(claim: Claim): DetailComparison | undefined {
  const ordered = orderComparisons(claim)
  const order =
    claim.articleIds.length > 1 ? (['diverge', 'compatible', 'agree'] as const) : (['unique'] as const)
  for (const status of order) {
    const found = ordered.find((comparison) => comparison.status === status)
    if (found !== undefined) return found
  }
  return undefined
}

/**
 * A claim's title: its headline comparison, else what aligned it.
 *
 * @example
 * claimTitle(report.claims[0], outletLabels(report))
 * //=> 'troops: About 9,000 (Northgate Wire) = Some 9,000 (Channel Meridian) vs 8,000 (Varlen Courier)'
 */
export function claimTitle(claim: Claim, labels: Map<string, string>): string {
  const headline = headlineComparison(claim)
  if (headline !== undefined) return describeComparison(headline, labels)
  const outlets = claim.articleIds.map((id) => labels.get(id) ?? id)
  if (outlets.length === 1) return `only ${outlets[0]}`
  const summary = claim.why.summary.trim()
  return `${plural(outlets.length, 'outlet')}${summary === '' ? '' : `, ${summary}`}`
}

/**
 * A finding's place as `line:column-line:column` (1-based; the end is the point just after
 * the span), as vfile prints a message's place. Read from the finding, never recomputed.
 *
 * @example
 * placeText({ start: { line: 3, column: 1, offset: 40 }, end: { line: 3, column: 42, offset: 81 } })
 * //=> '3:1-3:42'
 */
export function placeText(place: Place, dash = '-'): string {
  return `${place.start.line}:${place.start.column}${dash}${place.end.line}:${place.end.column}`
}

/** Detail kinds that name something (the words outlets agreeing on make a neutral title). */
const nameKinds: ReadonlySet<Detail['kind']> = new Set(['place', 'person', 'organization'])

/**
 * A neutral title for a report without an event name: the names (places, people,
 * organisations) that the most outlets agree on, at most three, most widely agreed first,
 * then how many outlets report it. Built only from agreements, so it never takes one
 * outlet's headline (or its side of a disputed figure); headlines stay with their outlets.
 * Without any agreed name: 'What N outlets report'.
 *
 * @example
 * neutralTitle(report) //=> 'Mayor Ines Varga: what 3 outlets report'
 * neutralTitle(compare(['The bridge reopened.', 'Schools stayed shut.'])) //=> 'What 2 outlets report'
 */
export function neutralTitle(report: Pick<Report, 'articles' | 'claims'>): string {
  const agreed = new Map<string, { display: string; outlets: Set<string>; order: number }>()
  for (const claim of report.claims) {
    for (const comparison of claim.comparisons) {
      if (comparison.status !== 'agree' || !nameKinds.has(comparison.kind)) continue
      for (const group of valueGroups(comparison)) {
        const key = group.display.toLowerCase()
        const known = agreed.get(key) ?? { display: group.display, outlets: new Set(), order: agreed.size }
        for (const value of comparison.values) known.outlets.add(value.articleId)
        agreed.set(key, known)
      }
    }
  }
  const names: string[] = []
  const chosenWords: Set<string>[] = []
  const ranked = [...agreed.values()]
    .filter((name) => name.outlets.size > 1)
    .sort((a, b) => b.outlets.size - a.outlets.size || a.order - b.order)
  for (const name of ranked) {
    if (names.length === 3) break
    // One person or place named in full once and by a part of it again ('Mayor Ines Varga',
    // 'Varga') is one name in the title.
    const words = new Set(name.display.toLowerCase().split(/\s+/))
    const repeats = chosenWords.some(
      (chosen) =>
        [...words].every((word) => chosen.has(word)) || [...chosen].every((word) => words.has(word)),
    )
    if (repeats) continue
    names.push(name.display)
    chosenWords.push(words)
  }
  const count = report.articles.length
  const outlets = `${count} ${count === 1 ? 'outlet reports' : 'outlets report'}`
  return names.length === 0 ? `What ${outlets}` : `${names.join(', ')}: what ${outlets}`
}

/**
 * The title a report is shown under: the event's name when one is given (a manifest's
 * `event`), trimmed, else `neutralTitle`.
 *
 * @example
 * reportTitle(report, 'Ferry Marisol capsizes') //=> 'Ferry Marisol capsizes'
 * reportTitle(report, '  ') //=> neutralTitle(report)
 */
export function reportTitle(report: Pick<Report, 'articles' | 'claims'>, event?: string): string {
  const given = typeof event === 'string' ? event.replace(/\s+/g, ' ').trim() : ''
  return given === '' ? neutralTitle(report) : given
}

/**
 * A claim's comparisons split for reading: `first` the conflicts (diverging, the surest first,
 * then possible conflicts) and compatible values, `folded` what the outlets agree on and the
 * details only one outlet gives, each in `orderComparisons` order. Renderers show `first`
 * and fold `folded` below it.
 *
 * @example
 * splitComparisons(report.claims[0], 0.5).first.map((c) => c.status) //=> ['diverge']
 */
export function splitComparisons(
  claim: Claim,
  cutoff = 0.5,
): { first: DetailComparison[]; folded: DetailComparison[] } {
  const ordered = orderComparisons(claim, cutoff)
  return {
    first: ordered.filter(
      (comparison) => comparison.status === 'diverge' || comparison.status === 'compatible',
    ),
    folded: ordered.filter((comparison) => comparison.status === 'agree' || comparison.status === 'unique'),
  }
}

/**
 * Counts of folded comparisons as words: '3 agreements, 2 details one outlet gives'.
 *
 * @example
 * foldedSummary(splitComparisons(report.claims[2]).folded) //=> '1 agreement, 1 detail one outlet gives'
 */
export function foldedSummary(folded: readonly DetailComparison[]): string {
  const agree = folded.filter((comparison) => comparison.status === 'agree').length
  const unique = folded.length - agree
  return [
    agree === 0 ? '' : plural(agree, 'agreement'),
    unique === 0 ? '' : `${plural(unique, 'detail')} one outlet gives`,
  ]
    .filter(Boolean)
    .join(', ')
}

/** Whose words each side of a quote diff holds: struck (`removed`) and inserted (`added`). */
export interface DiffSides {
  removed: string[]
  added: string[]
}

/**
 * The articles whose wording each side of a comparison's word diff is: the struck words
 * belong to the first version, the inserted ones to the second. Found by comparing each
 * value's letters and digits with the two versions the diff rebuilds (the diff ignores case
 * and quote marks); a side no value matches is empty. Null when the comparison has no diff.
 *
 * @example
 * diffSides(report.claims[3].comparisons[0]) //=> { removed: ['wire'], added: ['local'] }
 */
export function diffSides(comparison: DetailComparison): DiffSides | null {
  const { diff } = comparison
  if (diff === null || diff.length === 0) return null
  const [first, second] = diffVersions(diff)
  const before = wordKey(first)
  const after = wordKey(second)
  const sides: DiffSides = { removed: [], added: [] }
  for (const { articleId, detail } of comparison.values) {
    const key = wordKey(typeof detail.value === 'string' ? detail.value : detail.text)
    if (key === before && !sides.removed.includes(articleId)) sides.removed.push(articleId)
    else if (key === after && !sides.added.includes(articleId)) sides.added.push(articleId)
  }
  return sides
}

// Letters and digits only, lower-case: what a word diff that ignores case and punctuation keeps.
function wordKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

/**
 * The claims a report shows: all of them, or only those whose status is in `only` (an
 * editor's `--only disputed`). An empty or missing `only` shows every claim.
 *
 * @example
 * shownClaims(report.claims, ['disputed']).every((claim) => claim.status === 'disputed') //=> true
 */
export function shownClaims(claims: readonly Claim[], only?: readonly ClaimStatus[]): Claim[] {
  if (only === undefined || only.length === 0) return [...claims]
  return claims.filter((claim) => only.includes(claim.status))
}

/**
 * The findings about the shown claims' statements (all findings when every claim is shown).
 *
 * @example
 * shownFindings(report, shownClaims(report.claims, ['disputed'])).every((f) => f.rule !== 'single-source') //=> true
 */
export function shownFindings(
  report: Pick<Report, 'claims' | 'findings'>,
  claims: readonly Claim[],
): Finding[] {
  if (claims.length === report.claims.length) return [...report.findings]
  const statements = new Set(claims.flatMap((claim) => claim.statementIds))
  return report.findings.filter((finding) => statements.has(finding.statementId))
}
