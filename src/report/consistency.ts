// A report whose fields each have the right type can still say two things at once (a hand-edited
// file): a 'related' claim of one outlet, a link score of 1.3. compare() never writes such a
// claim, and no renderer could print it truthfully, so the report is refused, naming the field.
// (Stats that no longer count the claims are counted again instead: `recountStats`.)

import { CorroborateError } from '../errors.js'
import type { Claim, Report } from '../types.js'
import { plural, relatedCutoff } from './describe.js'

/**
 * Checks that a report (upgraded to the current shape, `upgradeReport`) does not contradict
 * itself: every option a renderer reads is within 0..1; a claim of one outlet is
 * 'single-source' and a claim of several is not; a claim's `score` and `weakestLink` are within 0..1, a
 * 'related' claim's below the corroboration threshold its report records; and every statement a
 * claim names and every finding's article and statement is in the report. Throws
 * `CorroborateError` 'E_REPORT' naming the first field at fault, the claim by id, and what
 * would make it consistent.
 *
 * @example
 * checkConsistency({ ...report, claims: [{ ...report.claims[0], weakestLink: 1.3 }] })
 * // throws E_REPORT 'report.claims[0].weakestLink (claim c1) is 1.3, outside 0..1'
 */
export function checkConsistency(report: Report): void {
  const problem = optionsProblem(report) ?? claimsProblem(report) ?? referencesProblem(report)
  if (problem !== null) {
    throw new CorroborateError(
      'E_REPORT',
      `${problem}. render() reads a report as compare() writes it; regenerate it, or fix that field.`,
      problem,
    )
  }
}

function optionsProblem(report: Report): string | null {
  const options = report.options as Partial<Report['options']>
  for (const name of ['threshold', 'corroborationThreshold', 'minConflictConfidence'] as const) {
    const value = options[name]
    if (typeof value === 'number' && (value < 0 || value > 1)) {
      return `report.options.${name} is ${value}, outside 0..1`
    }
  }
  return null
}

function claimsProblem(report: Report): string | null {
  const cutoff = relatedCutoff(report)
  for (const [index, claim] of report.claims.entries()) {
    const where = `report.claims[${index}] (claim ${claim.id})`
    const field = (name: string) => `report.claims[${index}].${name} (claim ${claim.id})`
    const outlets = new Set(claim.articleIds).size
    if (outlets < 2 && claim.status !== 'single-source') {
      return (
        `${where} is '${claim.status}' but its articleIds name ${outlets === 0 ? 'no article' : 'one article'}; ` +
        "a claim of one outlet is 'single-source'"
      )
    }
    if (outlets > 1 && claim.status === 'single-source') {
      return `${where} is 'single-source' but its articleIds name ${plural(outlets, 'article')}; a claim of several outlets is disputed, corroborated or related`
    }
    if (claim.score < 0 || claim.score > 1) {
      return `${field('score')} is ${claim.score}, outside 0..1 (it is a mean link score)`
    }
    const weakest = claim.weakestLink
    if (typeof weakest === 'number' && (weakest < 0 || weakest > 1)) {
      return `${field('weakestLink')} is ${weakest}, outside 0..1 (it is a link score)`
    }
    if (isRelatedAbove(claim, cutoff)) {
      return (
        `${where} is 'related' but its weakestLink ${weakest} reaches the corroboration threshold ` +
        `${cutoff} of report.options; a claim linked that strongly is corroborated or disputed`
      )
    }
  }
  return null
}

function isRelatedAbove(claim: Claim, cutoff: number | null): boolean {
  return (
    claim.status === 'related' &&
    cutoff !== null &&
    typeof claim.weakestLink === 'number' &&
    claim.weakestLink >= cutoff
  )
}

/**
 * The first claim statement or finding that points at nothing in the report: a statement id
 * no article holds (a renderer dropped the claim's statements without a word), or a finding's
 * article or statement that is not there.
 */
function referencesProblem(report: Report): string | null {
  const articles = new Set(report.articles.map((article) => article.id))
  const statements = new Set(
    report.articles.flatMap((article) => article.statements.map((statement) => statement.id)),
  )
  for (const [index, claim] of report.claims.entries()) {
    const missing = claim.statementIds.find((id) => !statements.has(id))
    if (missing !== undefined) {
      return `report.claims[${index}].statementIds (claim ${claim.id}) names '${missing}', which no article of report.articles holds`
    }
  }
  for (const [index, finding] of report.findings.entries()) {
    if (!articles.has(finding.articleId)) {
      return `report.findings[${index}].articleId is '${finding.articleId}', which is no article of report.articles`
    }
    // An empty article's finding has no statement: ''.
    if (finding.statementId !== '' && !statements.has(finding.statementId)) {
      return `report.findings[${index}].statementId is '${finding.statementId}', which no article of report.articles holds`
    }
  }
  return null
}
