import { isPossibleConflict } from '../compare/rules.js'
import { type FindingCommand, findingRules } from '../rules.js'
import { typoHint } from '../text/closest.js'
import { wordTable } from '../text/word-table.js'
import type { Finding, FindingRule } from '../types.js'
import { usage } from './args.js'

/**
 * What `--fail-on` can name: a finding rule, or 'possible-conflict' for the 'divergent-detail'
 * notes of possible conflicts, which 'divergent-detail' itself (`diverge`) leaves out.
 */
export type FailOnRule = FindingRule | 'possible-conflict'

/** The `--fail-on` name of possible conflicts, which a rule's own name leaves out. */
const possibleName = 'possible'

/**
 * The `--fail-on` names a command accepts, and the rules each stands for: every rule whose
 * findings the command can report (by short name and full id), `possible` when one of them has
 * possible conflicts, and `any` for all of them (possible conflicts not included).
 *
 * @example
 * Object.keys(failOnNames('check')) //=> ['diverge', 'divergent-detail', 'misquote', 'misattributed', 'misattributed-quote', 'unsourced', 'unsourced-figure', 'possible', 'any']
 */
export function failOnNames(command: FindingCommand): Readonly<Record<string, readonly FailOnRule[]>> {
  const produced = findingRules.filter((rule) => rule.commands.includes(command))
  const names: Record<string, readonly FailOnRule[]> = {}
  for (const rule of produced) {
    names[rule.failOn] = [rule.id]
    names[rule.id] = [rule.id]
  }
  if (produced.some((rule) => rule.possibleConflicts)) names[possibleName] = ['possible-conflict']
  names.any = produced.map((rule) => rule.id)
  return wordTable(names)
}

/**
 * The `--fail-on` short names a command accepts, for its help and its errors.
 *
 * @example
 * failOnShortNames('check') //=> ['diverge', 'misquote', 'misattributed', 'unsourced', 'possible', 'any']
 */
export function failOnShortNames(command: FindingCommand): string[] {
  const produced = findingRules.filter((rule) => rule.commands.includes(command))
  const possible = produced.some((rule) => rule.possibleConflicts) ? [possibleName] : []
  return [...produced.map((rule) => rule.failOn), ...possible, 'any']
}

/**
 * Parses a `--fail-on` list (comma-separated short names or full rule ids) into the set of
 * finding rules that make the run exit 1. `none` or no flag means nothing fails the run. A rule
 * the command never reports is a usage error, so a run cannot pass for a check it never made.
 *
 * @example
 * parseFailOn('diverge,unsourced', 'check') //=> new Set(['divergent-detail', 'unsourced-figure'])
 * parseFailOn('unsourced', 'compare') // throws E_USAGE
 */
export function parseFailOn(value: string | undefined, command: FindingCommand): Set<FailOnRule> {
  const rules = new Set<FailOnRule>()
  if (value === undefined) return rules
  const names = failOnNames(command)
  const short = failOnShortNames(command)
  for (const raw of value.split(',')) {
    const name = raw.trim()
    if (name === '' || name === 'none') continue
    const named = names[name]
    if (named !== undefined) {
      for (const rule of named) rules.add(rule)
      continue
    }
    const elsewhere = findingRules.find((rule) => rule.failOn === name || rule.id === name)
    if (elsewhere !== undefined) {
      const where = elsewhere.commands.map((other) => `'${other}'`).join(' and ')
      throw usage(
        `--fail-on ${name} can never fail ${command}: ${elsewhere.id} findings come only from ${where}; ` +
          `${command} fails on ${short.join(', ')} or none.`,
        command,
      )
    }
    const hint = typoHint(name, Object.keys(names))
    throw usage(`unknown --fail-on rule '${name}'; use ${short.join(', ')} or none.${hint}`, command)
  }
  return rules
}

/**
 * The findings whose rule is in `rules`; a possible conflict (see `isPossibleConflict`) fails
 * only under 'possible-conflict', so `--fail-on diverge` fails on confident conflicts alone.
 *
 * @example
 * // The error and warning divergences; the quote's differences are misquotes:
 * failing(report.findings, parseFailOn('diverge', 'compare')).map((finding) => finding.articleId)
 * //=> ['wire', 'channel', 'local']
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
