import { isPossibleConflict } from '../compare/rules.js'
import { wordTable } from '../text/word-table.js'
import type { Finding, FindingRule } from '../types.js'
import { closest, usage } from './args.js'

/**
 * What `--fail-on` can name: a finding rule, or 'possible-conflict' for the 'divergent-detail'
 * notes of possible conflicts, which 'divergent-detail' itself (`diverge`) leaves out.
 */
export type FailOnRule = FindingRule | 'possible-conflict'

/**
 * Short names accepted by `--fail-on`, and the finding rules they stand for. `any` is every
 * finding rule; possible conflicts fail a run only when `possible` is named.
 */
export const failOnNames: Readonly<Record<string, readonly FailOnRule[]>> = wordTable({
  diverge: ['divergent-detail'],
  possible: ['possible-conflict'],
  unsourced: ['unsourced-figure'],
  misquote: ['misquote'],
  'single-source': ['single-source-statement'],
  any: ['divergent-detail', 'unsourced-figure', 'misquote', 'single-source-statement'],
})

/**
 * Parses a `--fail-on` list (comma-separated short names or full rule ids) into the set of
 * finding rules that make the run exit 1. `none` or no flag means nothing fails the run.
 *
 * @example
 * parseFailOn('diverge,unsourced', 'compare') //=> Set { 'divergent-detail', 'unsourced-figure' }
 */
export function parseFailOn(value: string | undefined, command: string): Set<FailOnRule> {
  const rules = new Set<FailOnRule>()
  if (value === undefined) return rules
  const allRules = failOnNames.any!
  for (const raw of value.split(',')) {
    const name = raw.trim()
    if (name === '' || name === 'none') continue
    const named = failOnNames[name] ?? allRules.filter((rule) => rule === name)
    if (named.length === 0) {
      const known = Object.keys(failOnNames)
      const guess = closest(name, [...known, ...allRules])
      const hint = guess === undefined ? '' : ` Did you mean '${guess}'?`
      throw usage(`unknown --fail-on rule '${name}'; use ${known.join(', ')} or none.${hint}`, command)
    }
    for (const rule of named) rules.add(rule)
  }
  return rules
}

/**
 * The findings whose rule is in `rules`; a possible conflict (see `isPossibleConflict`) fails
 * only under 'possible-conflict', so `--fail-on diverge` fails on confident conflicts alone.
 *
 * @example
 * failing(report.findings, parseFailOn('diverge', 'compare')) //=> the error and warning divergences
 */
export function failing(findings: readonly Finding[], rules: ReadonlySet<FailOnRule>): Finding[] {
  return findings.filter((finding) => rules.has(failOnRuleOf(finding)))
}

// The `--fail-on` rule a finding counts under.
function failOnRuleOf(finding: Finding): FailOnRule {
  return isPossibleConflict(finding) ? 'possible-conflict' : finding.rule
}

/** One stderr line that says why the run exits 1. */
export function failureLine(failed: readonly Finding[], failOn: string): string {
  const counts = new Map<string, number>()
  for (const finding of failed) {
    const rule = failOnRuleOf(finding)
    counts.set(rule, (counts.get(rule) ?? 0) + 1)
  }
  const parts = [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([rule, count]) => `${count} ${rule}`)
  const noun = failed.length === 1 ? 'finding' : 'findings'
  return `corroborate: ${failed.length} ${noun} failed --fail-on ${failOn} (${parts.join(', ')})\n`
}
