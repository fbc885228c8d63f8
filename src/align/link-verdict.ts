/**
 * The verdict a claim of several articles earns by its links alone: 'corroborated' when its
 * weakest link (`Claim.weakestLink`) reaches `threshold` (`corroborationThresholdOf`), else
 * 'related'. A claim without a weakest link (one of a report of schema 2.0.0) counts as linked
 * strongly. `align` gives every claim this verdict; `compareClaim` keeps it unless a conflict
 * disputes the claim or an agreeing figure corroborates it.
 *
 * @example
 * linkVerdict(0.8, 0.75) //=> 'corroborated'
 * linkVerdict(0.7499, 0.75) //=> 'related'
 * linkVerdict(null, 0.75) //=> 'corroborated'
 */
export function linkVerdict(
  weakestLink: number | null | undefined,
  threshold: number,
): 'corroborated' | 'related' {
  return (weakestLink ?? 1) >= threshold ? 'corroborated' : 'related'
}
