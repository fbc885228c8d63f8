import { detailKinds } from '../detail-kinds.js'
import { findingRule } from '../rules.js'
import type { DetailKind, Finding, Severity } from '../types.js'

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
  return detailKinds[kind].figure ? 'error' : 'warning'
}

/**
 * Whether a finding is a possible conflict: a note of a rule whose registry entry says it has
 * possible conflicts (a 'divergent-detail' note, see `divergenceSeverity`, or a
 * 'misattributed-quote' note, a possible misattribution).
 * `--fail-on diverge` skips these; `--fail-on possible` (or `any`) fails on them.
 *
 * @example
 * isPossibleConflict({ rule: 'divergent-detail', severity: 'note' }) //=> true
 */
export function isPossibleConflict(finding: Pick<Finding, 'rule' | 'severity'>): boolean {
  return finding.severity === 'note' && findingRule(finding.rule).possibleConflicts
}
