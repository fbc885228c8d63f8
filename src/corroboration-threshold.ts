import type { ResolvedOptions } from './types.js'

// Apart from src/options.ts (which loads the English word lists) so that a report renderer can
// state the threshold a related claim missed without loading them.

/**
 * Margin over `threshold` that a claim's weakest link needs to be 'corroborated' when
 * `corroborationThreshold` is not set. Three readers who had not seen the code split 330
 * corroborated claims of the ECB+ dev events into groups that state one fact
 * (scripts/eval/judged-claims.json): of the claims whose weakest link reached 0.75, 93% were
 * one fact; of all of them, 65%.
 */
export const corroborationMargin = 0.15

/**
 * The weakest link at which a claim of several articles is 'corroborated':
 * `options.corroborationThreshold`, or `threshold` + `corroborationMargin` (at most 1). Reads
 * resolved options, or a report's own `options` (which record both).
 *
 * @example
 * corroborationThresholdOf({ threshold: 0.6, corroborationThreshold: null }) //=> 0.75
 * corroborationThresholdOf({ threshold: 0.6, corroborationThreshold: 0 }) //=> 0
 */
export function corroborationThresholdOf(
  options: Pick<ResolvedOptions, 'threshold' | 'corroborationThreshold'>,
): number {
  return (
    options.corroborationThreshold ??
    Math.min(1, Math.round((options.threshold + corroborationMargin) * 100) / 100)
  )
}
