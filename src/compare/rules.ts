import type { DetailKind, Finding, FindingRule, Severity } from '../types.js'

/** What a finding rule reports, at which severity, with an example message. */
export interface RuleDoc {
  id: FindingRule
  /** The severities the rule uses; the first is the usual one. */
  severities: readonly Severity[]
  /** One sentence: when the rule fires. */
  summary: string
  /** A message the rule writes, as `render` prints it. */
  example: string
}

/**
 * Every finding rule, in the order findings of one span are listed. docs/comparison-rules.md
 * explains each with an example.
 *
 * @example
 * rules.map((rule) => rule.id) //=> ['divergent-detail', 'misquote', 'unsourced-figure', 'single-source-statement']
 */
export const rules: readonly RuleDoc[] = [
  {
    id: 'divergent-detail',
    severities: ['error', 'warning', 'note'],
    summary:
      'Outlets give values for the same figure, amount or date in one claim that cannot both be true ' +
      '(error for counts, money, percentages and quantities; warning for dates, durations and rankings; ' +
      "a note saying 'Possible conflict' when the values may not be one fact: confidence below minConflictConfidence).",
    example: 'Death toll 41 diverges from 38 (AP)',
  },
  {
    id: 'misquote',
    severities: ['warning'],
    summary:
      'Outlets quote the same speaker or saying in different words, or give the same words to different ' +
      'people (a partial or elided quote, or one differing only in inflection or spelling, is not a misquote).',
    example: "Ortiz's quote reads differently in AP: ... rebuild [-every home-] [+all the homes+]",
  },
  {
    id: 'unsourced-figure',
    severities: ['warning'],
    summary:
      'A figure stands in a statement that cites no source (no outlet marker, footnote, link, ' +
      "'according to', 'said' or attributed quote) and, when sources are given, no source confirms it.",
    example: 'The figure 1,200 jobs has no source: cite where it comes from',
  },
  {
    id: 'single-source-statement',
    severities: ['note'],
    summary:
      'Only one outlet reports a statement that carries a figure or a quote (statements without one ' +
      'are left out so that the report is not flooded).',
    example: 'Only BBC reports this (41 dead); no other outlet here has it',
  },
  {
    id: 'empty-article',
    severities: ['warning'],
    summary:
      'An article of the batch is empty or only white space: it is kept in the report with no ' +
      'statements (the finding spans its whole text and names no statement) and the rest is compared.',
    example: 'BBC is empty, so nothing of it was compared: check that its text was read.',
  },
]

/** Rank of a rule in `rules`, for a stable order of findings on one span. */
export function ruleRank(rule: FindingRule): number {
  const index = rules.findIndex((doc) => doc.id === rule)
  return index < 0 ? rules.length : index
}

const hardKinds: readonly DetailKind[] = ['count', 'money', 'percent', 'quantity']

/**
 * Severity of a divergent detail: 'error' for counts, money, percentages and quantities (the
 * figures a correction is about); 'warning' for dates, durations and rankings, which outlets
 * more often resolve differently from the same wording; 'note' for a possible conflict (a
 * comparison whose confidence is below `minConflictConfidence`), whatever its kind.
 *
 * @example
 * divergenceSeverity('count') //=> 'error'
 * divergenceSeverity('date') //=> 'warning'
 * divergenceSeverity('count', true) //=> 'note'
 */
export function divergenceSeverity(kind: DetailKind, possible = false): Severity {
  if (possible) return 'note'
  return hardKinds.includes(kind) ? 'error' : 'warning'
}

/**
 * Whether a finding is a possible conflict: a 'divergent-detail' note (see `divergenceSeverity`)
 * or a 'misquote' note (a possible misattribution).
 * `--fail-on diverge` skips these; `--fail-on possible` (or `any`) fails on them.
 *
 * @example
 * isPossibleConflict({ rule: 'divergent-detail', severity: 'note', ... }) //=> true
 */
export function isPossibleConflict(finding: Pick<Finding, 'rule' | 'severity'>): boolean {
  return (finding.rule === 'divergent-detail' || finding.rule === 'misquote') && finding.severity === 'note'
}
