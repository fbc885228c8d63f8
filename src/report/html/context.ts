import type { Claim, ComparisonStatus, DetailComparison, Report } from '../../types.js'
import { claimByStatement, type LocatedStatement, outletLabels, statementIndex } from '../describe.js'
import { escapeHtml as h } from '../escape.js'

/** What every section of the page reads, made once by `pageContext`. */
export interface Context {
  report: Report
  labels: Map<string, string>
  label: (articleId: string) => string
  claimOf: Map<string, Claim>
  statements: Map<string, LocatedStatement>
  claimAnchor: Map<string, string>
  statementAnchor: Map<string, string>
  verdicts: Map<string, { comparison: DetailComparison }>
}

/** A claim status as the page names it. */
export const statusName: Record<Claim['status'], string> = {
  disputed: 'Disputed',
  corroborated: 'Corroborated',
  related: 'Related',
  'single-source': 'Single source',
}

/** Which verdict a highlight shows when a detail has several: lower first. */
export const comparisonPriority: Record<ComparisonStatus, number> = {
  diverge: 0,
  compatible: 1,
  unique: 2,
  agree: 3,
}

/** One key for a detail of a statement, by its raw span. */
export function detailKey(statementId: string, start: number, end: number): string {
  return `${statementId}\u0000${start}\u0000${end}`
}

/**
 * The lookups every section of the page reads, made once: outlet labels (escaped), each
 * statement's claim and place, anchors for the shown claims (`claim-1`...) and for every
 * statement (`s-<article>-<statement>`, 1-based), and each detail's most telling verdict
 * (a divergence before compatible, unique and agreeing ones).
 */
export function pageContext(report: Report, ordered: readonly Claim[]): Context {
  const labels = outletLabels(report)
  const claimAnchor = new Map(ordered.map((claim, index) => [claim.id, `claim-${index + 1}`]))
  const statementAnchor = new Map<string, string>()
  report.articles.forEach((article, articleIndex) => {
    article.statements.forEach((statement, index) => {
      statementAnchor.set(statement.id, `s-${articleIndex + 1}-${index + 1}`)
    })
  })
  const verdicts = new Map<string, { comparison: DetailComparison }>()
  for (const claim of report.claims) {
    for (const comparison of claim.comparisons) {
      for (const value of comparison.values) {
        const key = detailKey(value.statementId, value.detail.start, value.detail.end)
        const known = verdicts.get(key)
        if (
          known === undefined ||
          comparisonPriority[comparison.status] < comparisonPriority[known.comparison.status]
        ) {
          verdicts.set(key, { comparison })
        }
      }
    }
  }
  return {
    report,
    labels,
    label: (articleId) => h(labels.get(articleId) ?? articleId),
    claimOf: claimByStatement(report),
    statements: statementIndex(report),
    claimAnchor,
    statementAnchor,
    verdicts,
  }
}
