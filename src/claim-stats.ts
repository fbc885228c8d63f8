import type { Claim, ReportStats } from './types.js'

// Apart from src/compare (which writes a report's stats) and src/report (which counts them
// again for a filtered or older report), since a renderer may not load compare's code.

/** The counts of a report's stats that its claims give: how many, and how many of each status. */
export type ClaimStats = Pick<
  ReportStats,
  'claims' | 'corroborated' | 'related' | 'disputed' | 'singleSource'
>

/**
 * How many claims there are and how many of each status, in one pass.
 *
 * @example
 * claimStats([{ status: 'disputed' }, { status: 'related' }, { status: 'related' }])
 * //=> { claims: 3, corroborated: 0, related: 2, disputed: 1, singleSource: 0 }
 */
export function claimStats(claims: readonly Pick<Claim, 'status'>[]): ClaimStats {
  const stats: ClaimStats = {
    claims: claims.length,
    corroborated: 0,
    related: 0,
    disputed: 0,
    singleSource: 0,
  }
  for (const { status } of claims) {
    if (status === 'corroborated') stats.corroborated++
    else if (status === 'related') stats.related++
    else if (status === 'disputed') stats.disputed++
    else if (status === 'single-source') stats.singleSource++
  }
  return stats
}
