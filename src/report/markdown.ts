import type { Claim, ClaimStatus, DetailComparison, DiffPart, Report } from '../types.js'
import {
  claimCounts,
  claimSections,
  claimTitle,
  comparisonLabel,
  conflictCutoff,
  describeComparison,
  diffSides,
  displayValue,
  foldedSummary,
  isPossible,
  orderClaims,
  outletLabels,
  placeText,
  plural,
  possibleNote,
  relatedCutoff,
  reportTitle,
  sectionHeadings,
  shownClaims,
  shownFindings,
  singleSourceStatements,
  splitComparisons,
  statementIndex,
  verdictLabel,
  weakestLinkNote,
} from './describe.js'
import { escapeMarkdown, safeHttpUrl } from './escape.js'

const statusTitle: Record<Claim['status'], string> = {
  disputed: 'DISPUTED',
  corroborated: 'AGREE',
  related: 'RELATED',
  'single-source': 'SINGLE SOURCE',
}

/** Options of the Markdown report. */
export interface MarkdownOptions {
  /** The event's name, heading the report; default a neutral title (`neutralTitle`). */
  title?: string
  /** Show only the claims of these statuses (default: all), and the findings about them. */
  only?: readonly ClaimStatus[]
}

/**
 * The report as GitHub-flavoured Markdown: headed by the event's name (`options.title`) or a
 * neutral title from what the outlets agree on, a summary and an outlet table at the top,
 * then a table per claim (each outlet's statement and its value for every compared detail,
 * with the verdict in the column header), disputed claims first (the surest conflict first),
 * then corroborated claims, related statements (outlets linked too weakly to call them one
 * fact, headed RELATED), single-source statements and findings. Within a claim conflicts come first, the
 * surest first (a weak one is labelled 'possible', with its confidence); agreements and
 * details one outlet gives fold below in a `<details>` block; a quote's word diff names the
 * outlets whose words are struck and inserted. Article text is escaped, so it cannot inject
 * links, HTML or table cells; only http(s) URLs become links.
 *
 * @example
 * renderMarkdown(report, { title: 'Ferry Marisol capsizes' }).split('\n')[0] //=> '# Ferry Marisol capsizes'
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const labels = outletLabels(report)
  const label = (articleId: string) => escapeMarkdown(labels.get(articleId) ?? articleId)
  const statements = statementIndex(report)
  const { stats } = report
  const out: string[] = [`# ${escapeMarkdown(reportTitle(report, options.title))}`, '']
  const visible = shownClaims(report.claims, options.only)
  const only =
    visible.length === report.claims.length
      ? ''
      : ` Showing ${options.only?.join(', ')} claims only: ${visible.length} of ${stats.claims}.`
  out.push(
    `**corroborate report: ${plural(stats.articles, 'outlet')}, ${plural(stats.claims, 'claim')}: ${claimCounts(stats)}; ${plural(stats.findings, 'finding')}.**${only}`,
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

  const ordered = orderClaims(visible)
  const cutoff = conflictCutoff(report)
  for (const { heading, claims } of claimSections(ordered, ['disputed', 'corroborated', 'related'])) {
    out.push('', `## ${heading}`)
    for (const claim of claims) {
      const title = claimTitle(claim, labels)
      const { first, folded } = splitComparisons(claim, cutoff)
      const comparisons = [...first, ...folded]
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
      const item = (comparison: DetailComparison) => {
        const confidence = isPossible(comparison, cutoff) ? ` (${possibleNote(comparison)})` : ''
        out.push(
          `- **${verdictLabel(comparison, cutoff)}**${confidence}: ${escapeMarkdown(comparison.reason || describeComparison(comparison, labels))}`,
        )
        const sides = diffSides(comparison)
        if (sides !== null && comparison.diff !== null) {
          const names = (ids: string[]) => (ids.length === 0 ? 'one version' : ids.map(label).join(', '))
          out.push(
            `  - wording (~~struck~~: ${names(sides.removed)}; **inserted**: ${names(sides.added)}): ${markdownDiff(comparison.diff)}`,
          )
        }
      }
      for (const comparison of first) item(comparison)
      if (folded.length > 0) {
        // GitHub folds a <details> block; its Markdown needs the blank lines around it.
        const open = first.length === 0 ? ' open' : ''
        out.push(`<details${open}><summary>${escapeMarkdown(foldedSummary(folded))}</summary>`, '')
        for (const comparison of folded) item(comparison)
        out.push('', '</details>', '')
      }
      if (claim.why.summary.trim() !== '') out.push(`- aligned by ${escapeMarkdown(claim.why.summary)}`)
      const weakest = weakestLinkNote(claim, relatedCutoff(report))
      if (weakest !== '')
        out.push(`- ${weakest}: the outlets' statements are linked too weakly to call them one fact`)
    }
  }

  const findings = shownFindings(report, visible)
  if (ordered.some((claim) => claim.status === 'single-source')) {
    out.push(
      '',
      `## ${sectionHeadings['single-source']}`,
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

  if (findings.length > 0) {
    out.push('', '## Findings', '', '| Severity | Rule | Where | Message |', '| --- | --- | --- | --- |')
    for (const finding of findings) {
      const where = `${finding.articleId}:${placeText(finding.place)}`
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
