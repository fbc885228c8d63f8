import type { Claim, DiffPart, Report } from '../types.js'
import {
  claimTitle,
  comparisonLabel,
  confidenceOf,
  conflictCutoff,
  describeComparison,
  displayValue,
  isPossible,
  orderClaims,
  orderComparisons,
  outletLabels,
  regionOf,
  singleSourceStatements,
  statementIndex,
  verdictLabel,
} from './describe.js'
import { escapeMarkdown, safeHttpUrl } from './escape.js'

const statusTitle: Record<Claim['status'], string> = {
  disputed: 'DISPUTED',
  corroborated: 'AGREE',
  'single-source': 'SINGLE SOURCE',
}

/**
 * The report as GitHub-flavoured Markdown: a summary and an outlet table at the top, then a
 * table per claim (each outlet's statement and its value for every compared detail, with the
 * verdict in the column header), disputed claims first (the surest conflict first), then
 * single-source statements and findings. Within a claim conflicts come first, the surest
 * first; a weak one is labelled 'possible', with its confidence. Article text is escaped, so it cannot inject links, HTML or table cells; only
 * http(s) URLs become links.
 *
 * @example
 * renderMarkdown(report).split('\n')[0] //=> '# corroborate report'
 */
export function renderMarkdown(report: Report): string {
  const labels = outletLabels(report)
  const label = (articleId: string) => escapeMarkdown(labels.get(articleId) ?? articleId)
  const statements = statementIndex(report)
  const { stats } = report
  const out: string[] = ['# corroborate report', '']
  out.push(
    `**${stats.articles} outlets, ${stats.claims} claims: ${stats.disputed} disputed, ${stats.corroborated} corroborated, ` +
      `${stats.singleSource} single-source; ${stats.findings} findings.**`,
    '',
    '| Outlet | Title | Statements | Shared | Unique | Disputed |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  )
  for (const article of report.articles) {
    const url = safeHttpUrl(article.url)
    const outlet = url === null ? label(article.id) : `[${label(article.id)}](${markdownUrl(url)})`
    const { coverage } = article
    out.push(
      `| ${outlet} | ${escapeMarkdown(article.title ?? '')} | ${coverage.statements} | ${coverage.shared} | ` +
        `${coverage.unique} | ${coverage.disputed} |`,
    )
  }

  const ordered = orderClaims(report.claims)
  const cutoff = conflictCutoff(report)
  for (const [status, heading] of [
    ['disputed', 'Disputed claims'],
    ['corroborated', 'Corroborated claims'],
  ] as const) {
    const claims = ordered.filter((claim) => claim.status === status)
    if (claims.length === 0) continue
    out.push('', `## ${heading}`)
    for (const claim of claims) {
      const title = claimTitle(claim, labels)
      const comparisons = orderComparisons(claim, cutoff)
      const possible = comparisons.some((comparison) => isPossible(comparison, cutoff))
      const word =
        claim.status === 'corroborated' && possible ? 'POSSIBLE CONFLICT' : statusTitle[claim.status]
      out.push('', `### ${word}: ${escapeMarkdown(title)}`, '')
      const columns = comparisons.map(
        (comparison) =>
          `${escapeMarkdown(comparisonLabel(comparison))} (${verdictLabel(comparison, cutoff)})`,
      )
      out.push(
        `| Outlet | Line | Statement |${columns.map((column) => ` ${column} |`).join('')}`,
        `| --- | ---: | --- |${columns.map(() => ' --- |').join('')}`,
      )
      for (const id of claim.statementIds) {
        const located = statements.get(id)
        if (located === undefined) continue
        const { statement } = located
        const cells = comparisons.map((comparison) => {
          const values = comparison.values.filter((value) => value.statementId === id)
          const shown = values.map((value) => escapeMarkdown(displayValue(value.detail))).join('; ')
          if (shown === '') return ' – |'
          if (comparison.status !== 'diverge') return ` ${shown} |`
          return isPossible(comparison, cutoff) ? ` _${shown}_ |` : ` **${shown}** |`
        })
        out.push(
          `| ${label(statement.articleId)} | ${statement.line} | ${escapeMarkdown(statement.text)} |${cells.join('')}`,
        )
      }
      out.push('')
      for (const comparison of comparisons) {
        const confidence = isPossible(comparison, cutoff)
          ? ` (confidence ${confidenceOf(comparison).toFixed(2)})`
          : ''
        out.push(
          `- **${verdictLabel(comparison, cutoff)}**${confidence}: ${escapeMarkdown(comparison.reason || describeComparison(comparison, labels))}`,
        )
        if (comparison.diff !== null && comparison.diff.length > 0)
          out.push(`  - wording: ${markdownDiff(comparison.diff)}`)
      }
      if (claim.why.summary.trim() !== '') out.push(`- aligned by ${escapeMarkdown(claim.why.summary)}`)
    }
  }

  if (ordered.some((claim) => claim.status === 'single-source')) {
    out.push(
      '',
      '## Single-source statements',
      '',
      '| Outlet | Line | Statement | Details |',
      '| --- | ---: | --- | --- |',
    )
    for (const { claim, statement } of singleSourceStatements(report, ordered, statements)) {
      const details = claim.comparisons.map((comparison) => describeComparison(comparison, labels)).join('; ')
      out.push(
        `| ${label(statement.articleId)} | ${statement.line} | ${escapeMarkdown(statement.text)} | ${escapeMarkdown(details)} |`,
      )
    }
  }

  if (report.findings.length > 0) {
    const byId = new Map(report.articles.map((article) => [article.id, article]))
    out.push('', '## Findings', '', '| Severity | Rule | Where | Message |', '| --- | --- | --- | --- |')
    for (const finding of report.findings) {
      const region = regionOf(byId.get(finding.articleId)?.text ?? '', finding)
      const where = `${finding.articleId}:${region.startLine}:${region.startColumn}-${region.endLine}:${region.endColumn}`
      out.push(
        `| ${finding.severity} | ${finding.rule} | ${escapeMarkdown(where)} | ${escapeMarkdown(finding.message)} |`,
      )
    }
  }
  return `${out.join('\n')}\n`
}

/** A word diff as Markdown: removed words struck through, added words in bold. */
function markdownDiff(parts: readonly DiffPart[]): string {
  return parts
    .map((part) => {
      const value = escapeMarkdown(part.value)
      if (value === '') return ''
      if (part.removed) return `~~${value}~~`
      if (part.added) return `**${value}**`
      return value
    })
    .filter((value) => value !== '')
    .join(' ')
}

/** Percent-encodes the characters that would end a Markdown link destination. */
function markdownUrl(url: string): string {
  return url.replace(
    /[()<>\s[\]]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  )
}
