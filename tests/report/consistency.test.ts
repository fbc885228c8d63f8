// render() on a report that contradicts itself: a status the claim's outlets cannot have, a link
// score outside 0..1, a related claim linked above its own threshold. Each is E_REPORT naming
// the claim and the field; stats that no longer count the claims are counted again instead.
import { describe, expect, it } from 'vitest'
import { render } from '../../src/report/index.js'
import type { Claim, RenderFormat, Report } from '../../src/types.js'
import { sampleReport } from '../fixtures/report/sample-report.js'

const formats: RenderFormat[] = ['json', 'markdown', 'text', 'html', 'sarif', 'github', 'svg']

/** The sample report with claim `id` changed by `edit`, as a hand-edited file would be. */
function withClaim(id: string, edit: Partial<Claim>): Report {
  const report = sampleReport()
  return {
    ...report,
    claims: report.claims.map((claim) => (claim.id === id ? { ...claim, ...edit } : claim)),
  }
}

function refusal(report: Report): { code: string; message: string } {
  try {
    render(report, 'text')
  } catch (error) {
    return error as { code: string; message: string }
  }
  throw new Error('render() accepted the report')
}

describe('a claim whose status its outlets cannot have', () => {
  it.each([
    ['related', 'c7'],
    ['corroborated', 'c8'],
    ['disputed', 'c1'],
  ] as const)("refuses a '%s' claim of one article, naming it and its articleIds", (status, id) => {
    const error = refusal(withClaim(id, { status }))
    expect(error.code).toBe('E_REPORT')
    expect(error.message).toMatch(new RegExp(`^report\\.claims\\[\\d+\\] \\(claim ${id}\\) is '${status}'`))
    expect(error.message).toContain(
      "its articleIds name one article; a claim of one outlet is 'single-source'",
    )
  })

  it('counts outlets, not ids: one article named twice is still one outlet', () => {
    const error = refusal(withClaim('c7', { status: 'related', articleIds: ['wire', 'wire'] }))
    expect(error.message).toContain("(claim c7) is 'related' but its articleIds name one article")
  })

  it('refuses a single-source claim of several outlets', () => {
    const error = refusal(withClaim('c6', { status: 'single-source' }))
    expect(error.code).toBe('E_REPORT')
    expect(error.message).toContain("(claim c6) is 'single-source' but its articleIds name 2 articles")
  })
})

describe('a weakest link that is no link score', () => {
  it.each([1.3, -0.2])('refuses weakestLink %s, naming the field and the claim', (weakestLink) => {
    const error = refusal(withClaim('c6', { weakestLink }))
    expect(error.code).toBe('E_REPORT')
    expect(error.message).toMatch(
      new RegExp(
        `^report\\.claims\\[\\d+\\]\\.weakestLink \\(claim c6\\) is ${weakestLink}, outside 0\\.\\.1`,
      ),
    )
    expect(error.message).toContain('regenerate it, or fix that field')
  })

  it('refuses a related claim whose weakest link reaches the threshold it was judged by', () => {
    // 0.74 is the sample's own threshold (0.59 + 0.15): at it a claim is corroborated.
    const error = refusal(withClaim('c6', { status: 'related', weakestLink: 0.74, comparisons: [] }))
    expect(error.message).toContain(
      "(claim c6) is 'related' but its weakestLink 0.74 reaches the corroboration threshold 0.74",
    )
  })

  it('accepts the same claim just below the threshold, and a weakest link of exactly 0 or 1', () => {
    expect(() =>
      render(withClaim('c6', { status: 'related', weakestLink: 0.7399, comparisons: [] }), 'text'),
    ).not.toThrow()
    expect(() => render(withClaim('c6', { weakestLink: 1 }), 'text')).not.toThrow()
    expect(() => render(withClaim('c4', { weakestLink: 0 }), 'text')).not.toThrow()
  })

  it('refuses an option a renderer reads that lies outside 0..1', () => {
    const report = sampleReport()
    const error = refusal({ ...report, options: { ...report.options, corroborationThreshold: 7 } })
    expect(error.message).toMatch(/^report\.options\.corroborationThreshold is 7, outside 0\.\.1/)
  })
})

describe('stats that no longer count the report', () => {
  it('counts the claims again: the summary matches the claims the report holds', () => {
    const report = sampleReport()
    const stale = { ...report, stats: { ...report.stats, related: 5, disputed: 0 } }
    const first = render(stale, 'text').split('\n')[0]
    expect(first).toBe(render(report, 'text').split('\n')[0])
    expect(first).toContain('2 disputed, 1 corroborated, 0 related')
  })

  it('counts findings and claims a caller filtered out, in every format', () => {
    const report = sampleReport()
    const filtered = {
      ...report,
      findings: [],
      claims: report.claims.filter((claim) => claim.status !== 'single-source'),
    }
    const json = JSON.parse(render(filtered, 'json')) as Report
    expect(json.stats).toMatchObject({
      claims: 3,
      singleSource: 0,
      findings: 0,
      statements: report.stats.statements,
    })
    expect(render(filtered, 'markdown')).toContain(
      '3 claims: 2 disputed, 1 corroborated, 0 related, 0 single-source; 0 findings.',
    )
    for (const format of formats) expect(() => render(filtered, format), format).not.toThrow()
  })

  it('leaves a report as compare wrote it untouched: the same JSON back', () => {
    const report = sampleReport()
    expect(JSON.parse(render(report, 'json'))).toEqual(JSON.parse(JSON.stringify(report)))
  })
})
