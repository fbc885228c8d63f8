// A report's stats summarise records it carries. A report whose claims or findings were
// filtered (`{ ...report, findings: kept }`, `jq '.claims |= map(...)'`) keeps the old counts;
// render() counts again, so a summary never counts claims or findings the report does not show.

import { claimStats } from '../claim-stats.js'
import type { Report, ReportStats } from '../types.js'

/**
 * `report` with `stats` counted from its own articles, claims (by status) and findings; the
 * same object when every count already matches (a report as compare() wrote it), so its output
 * is unchanged. `stats.statements` is kept: it counts what segmentation read, which the report's
 * statement lists need not equal. `report` itself is never modified.
 *
 * @example
 * recountStats({ ...report, findings: [] }).stats.findings //=> 0
 * recountStats(report) === report //=> true
 */
export function recountStats(report: Report): Report {
  const counted: Omit<ReportStats, 'statements'> = {
    articles: report.articles.length,
    ...claimStats(report.claims),
    findings: report.findings.length,
  }
  const stale = (Object.keys(counted) as (keyof typeof counted)[]).some(
    (name) => report.stats[name] !== counted[name],
  )
  return stale ? { ...report, stats: { ...report.stats, ...counted } } : report
}
