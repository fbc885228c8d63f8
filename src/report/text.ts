import type { Claim, ClaimStatus, DetailComparison, Finding, Report, Severity, Statement } from '../types.js'
import {
  claimByStatement,
  claimCounts,
  claimSections,
  claimTitle,
  comparisonLabel,
  conflictCutoff,
  describeComparison,
  diffSides,
  headlineComparison,
  isPossible,
  orderClaims,
  orderComparisons,
  outletLabels,
  placeText,
  plural,
  possibleNote,
  relatedCutoff,
  sectionHeadings,
  shownClaims,
  shownFindings,
  singleSourceStatements,
  statementIndex,
  verdictLabel,
  weakestLinkNote,
} from './describe.js'
import { plainText } from './escape.js'

/** Options of the terminal report. */
export interface TextOptions {
  /** ANSI colours; the CLI turns them on for a TTY without NO_COLOR. Default false. */
  color?: boolean
  /**
   * Show only the claims of these statuses (`['disputed']`: the conflicts alone) and the
   * findings about them; the summary and outlet lines still count everything. Default: all.
   */
  only?: readonly ClaimStatus[]
}

type Paint = (style: Style, text: string) => string
type Style = 'red' | 'green' | 'yellow' | 'cyan' | 'dim' | 'bold'

const ansi: Record<Style, [string, string]> = {
  red: ['\u001b[31m', '\u001b[39m'],
  green: ['\u001b[32m', '\u001b[39m'],
  yellow: ['\u001b[33m', '\u001b[39m'],
  cyan: ['\u001b[36m', '\u001b[39m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  bold: ['\u001b[1m', '\u001b[22m'],
}

const statusWord: Record<Claim['status'], [string, Style]> = {
  disputed: ['DISPUTED', 'red'],
  corroborated: ['AGREE', 'green'],
  related: ['RELATED', 'cyan'],
  'single-source': ['SINGLE', 'yellow'],
}

const comparisonStyle: Record<string, Style> = {
  diverge: 'red',
  possible: 'yellow',
  compatible: 'cyan',
  agree: 'green',
  unique: 'yellow',
}

const severityStyle: Record<Severity, Style> = { error: 'red', warning: 'yellow', note: 'cyan' }

/**
 * `text` as a column `width` characters wide, a space after it always: the longest verdict
 * ('compatible') no longer runs into the detail after it ('compatibledate:').
 */
function column(text: string, width: number): string {
  return `${text.padEnd(width - 1)} `
}

/** Width of the verdict column: the longest verdict word and a space. */
const VERDICT_WIDTH = Math.max(...Object.keys(comparisonStyle).map((word) => word.length)) + 1

/**
 * The terminal report: a summary, disputed claims first with the figures that conflict and
 * which outlets report each (`DISPUTED  troops: 9,000 (Wire, Meridian) vs 8,000 (Courier)`),
 * then corroborated claims (those with a possible conflict, labelled POSSIBLE, first), related
 * statements (RELATED: outlets linked too weakly to call them one fact), single-source
 * statements and findings. Within a claim conflicts come first, the surest
 * first; a weak one reads 'possible', with its confidence. Article text is stripped
 * of control characters, so a hostile article cannot write escape sequences to the terminal.
 * A quote's word diff follows its verdict and names whose words are struck (`[-...-]`) and
 * inserted (`{+...+}`). `options.only` keeps the claims of some statuses (an editor's
 * `--only disputed`). Colour only when `options.color` is true.
 *
 * @example
 * renderText(report).split('\n')[0] //=> 'corroborate: 3 articles, 5 claims: 1 disputed, 2 corroborated, 0 related, 2 single-source'
 */
export function renderText(report: Report, options: TextOptions = {}): string {
  const paint: Paint =
    options.color === true ? (style, text) => ansi[style][0] + text + ansi[style][1] : (_, text) => text
  const labels = outletLabels(report)
  const statements = statementIndex(report)
  const label = (articleId: string) => plainText(labels.get(articleId) ?? articleId)
  const width = Math.max(0, ...report.articles.map((article) => label(article.id).length))
  const pad = (text: string) => text.padEnd(width)
  const position = (statement: Statement) => paint('dim', `${statement.line}:${statement.column}`.padEnd(7))
  const lines: string[] = []
  const { stats } = report

  lines.push(
    paint(
      'bold',
      `corroborate: ${plural(stats.articles, 'article')}, ${plural(stats.claims, 'claim')}: ${claimCounts(stats)}`,
    ),
  )
  lines.push(`findings: ${findingSummary(report.findings)}`)
  lines.push('', paint('bold', 'Outlets'))
  for (const article of report.articles) {
    const { coverage } = article
    const title = article.title === null ? '' : `  ${plainText(article.title)}`
    lines.push(
      `  ${pad(label(article.id))}  ${plural(coverage.statements, 'statement')}, ${coverage.shared} shared, ` +
        `${coverage.unique} unique, ${coverage.disputed} disputed${paint('dim', title)}`,
    )
  }

  const visible = shownClaims(report.claims, options.only)
  if (visible.length < report.claims.length) {
    lines.push(
      '',
      paint(
        'dim',
        `showing ${options.only?.join(', ')} claims only: ${visible.length} of ${report.claims.length}`,
      ),
    )
  }
  const ordered = orderClaims(visible)
  const cutoff = conflictCutoff(report)
  for (const { heading, claims } of claimSections(ordered, ['disputed', 'corroborated', 'related'])) {
    lines.push('', paint('bold', heading))
    for (const claim of claims) {
      const comparisons = orderComparisons(claim, cutoff)
      const possible = comparisons.some((comparison) => isPossible(comparison, cutoff))
      const [word, style]: [string, Style] =
        claim.status === 'corroborated' && possible ? ['POSSIBLE', 'yellow'] : statusWord[claim.status]
      const headline = headlineComparison(claim)
      const title = claimTitle(claim, labels)
      const sure =
        headline !== undefined && isPossible(headline, cutoff)
          ? paint('dim', ` (possible: ${possibleNote(headline)})`)
          : ''
      lines.push('', `${paint(style, column(word, 10))}${plainText(title)}${sure}`)
      const diffLine = (comparison: DetailComparison, indent: string) => {
        const sides = diffSides(comparison)
        if (sides === null || comparison.diff === null) return
        const names = (ids: string[]) => (ids.length === 0 ? 'one version' : ids.map(label).join(', '))
        lines.push(
          `  ${indent}${paint('dim', `diff ([-${names(sides.removed)}-] {+${names(sides.added)}+}):`)} ${textDiff(comparison.diff, paint)}`,
        )
      }
      if (headline !== undefined) diffLine(headline, '')
      for (const comparison of comparisons) {
        if (comparison === headline) continue
        const label = verdictLabel(comparison, cutoff)
        const verdict = paint(comparisonStyle[label] ?? 'dim', column(label, VERDICT_WIDTH))
        const confidence = isPossible(comparison, cutoff)
          ? paint('dim', ` (${possibleNote(comparison)})`)
          : ''
        lines.push(`  ${verdict}${plainText(describeComparison(comparison, labels))}${confidence}`)
        diffLine(comparison, column('', VERDICT_WIDTH))
      }
      for (const id of claim.statementIds) {
        const located = statements.get(id)
        if (located === undefined) continue
        const { statement } = located
        lines.push(
          `  ${pad(label(statement.articleId))}  ${position(statement)}  ${plainText(statement.text)}`,
        )
      }
      const why = plainText(claim.why.summary)
      const weakest = weakestLinkNote(claim, relatedCutoff(report))
      lines.push(
        paint(
          'dim',
          `  claim ${plainText(claim.id)}, ${plural(claim.articleIds.length, 'outlet')}${weakest ? `, ${weakest}` : ''}${why ? `; ${why}` : ''}`,
        ),
      )
    }
  }

  // Single-source statements read best outlet by outlet, in article order.
  if (ordered.some((claim) => claim.status === 'single-source')) {
    lines.push('', paint('bold', sectionHeadings['single-source']))
    for (const { claim, statement } of singleSourceStatements(report, ordered, statements)) {
      const figures = claim.comparisons.map((comparison) => comparisonLabel(comparison))
      lines.push(
        `  ${pad(label(statement.articleId))}  ${position(statement)}  ${plainText(statement.text)}` +
          (figures.length > 0 ? paint('dim', `  [${plainText(figures.join(', '))}]`) : ''),
      )
    }
  }

  const findings = shownFindings(report, visible)
  if (findings.length > 0) {
    const inClaim = claimByStatement(report)
    lines.push('', paint('bold', 'Findings'))
    for (const finding of findings) {
      const place = `${finding.articleId}:${placeText(finding.place)}`
      const claim = inClaim.get(finding.statementId)
      lines.push(
        `  ${paint(severityStyle[finding.severity], column(finding.severity, 8))} ${plainText(place)}  ` +
          `${plainText(finding.message)} ${paint('dim', `[${finding.rule}${claim ? `, claim ${plainText(claim.id)}` : ''}]`)}`,
      )
    }
  }
  return `${lines.join('\n')}\n`
}

function textDiff(
  parts: readonly { value: string; added?: boolean; removed?: boolean }[],
  paint: Paint,
): string {
  return parts
    .map((part) => {
      const value = plainText(part.value)
      if (part.removed) return paint('red', `[-${value}-]`)
      if (part.added) return paint('green', `{+${value}+}`)
      return value
    })
    .filter((value) => value !== '')
    .join(' ')
}

function findingSummary(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'none'
  const counts = (['error', 'warning', 'note'] as const)
    .map(
      (severity) => [severity, findings.filter((finding) => finding.severity === severity).length] as const,
    )
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => plural(count, severity))
  return `${findings.length} (${counts.join(', ')})`
}
