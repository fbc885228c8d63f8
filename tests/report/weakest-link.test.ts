// A related claim says which threshold its weakest link missed, read from the report's own
// options: `corroborationThreshold`, or `threshold` + 0.15 when that is null (its default).
import { describe, expect, it } from 'vitest'
import { relatedCutoff, weakestLinkNote } from '../../src/report/describe.js'
import { render } from '../../src/report/index.js'
import type { Claim, Report } from '../../src/types.js'
import { sampleReport } from '../fixtures/report/sample-report.js'

/** The sample report with c6 (two outlets) related at `weakestLink`, judged with `options`. */
function relatedAt(weakestLink: number | undefined, options: Partial<Report['options']> = {}): Report {
  const report = sampleReport()
  const claims = report.claims.map((claim): Claim => {
    if (claim.id !== 'c6') return claim
    const related: Claim = { ...claim, status: 'related', comparisons: [], weakestLink: weakestLink ?? null }
    if (weakestLink === undefined) delete (related as Partial<Claim>).weakestLink
    return related
  })
  return { ...report, claims, options: { ...report.options, ...options } }
}

describe('the weakest link of a related claim', () => {
  it('names the default threshold it missed in the text report', () => {
    const text = render(relatedAt(0.6213), 'text')
    expect(text).toMatch(/^ {2}claim c6, 2 outlets, weakest link 0\.62 < 0\.74; /m)
  })

  it('names it in the Markdown and HTML reports too', () => {
    expect(render(relatedAt(0.6213), 'markdown')).toContain(
      "- weakest link 0.62 < 0.74: the outlets' statements are linked too weakly to call them one fact",
    )
    expect(render(relatedAt(0.6213), 'html')).toContain('>weakest link 0.62 &lt; 0.74</span>')
  })

  it('reads a threshold the report was made with', () => {
    expect(render(relatedAt(0.85, { corroborationThreshold: 0.9 }), 'text')).toContain(
      'weakest link 0.85 < 0.90;',
    )
    // Null is the default: the report's own `threshold` plus 0.15.
    expect(render(relatedAt(0.5, { threshold: 0.4 }), 'text')).toContain('weakest link 0.50 < 0.55;')
    expect(render(relatedAt(0.8, { corroborationThreshold: 0.825 }), 'text')).toContain(
      'weakest link 0.80 < 0.825;',
    )
  })

  it('says only the weakest link when the options do not give a threshold', () => {
    const report = relatedAt(0.6213)
    const { threshold: _, ...options } = report.options
    const text = render({ ...report, options: options as Report['options'] }, 'text')
    expect(text).toMatch(/weakest link 0\.62; /)
    expect(text).not.toContain(' < ')
  })

  it('says nothing of a claim read from a 2.0.0 report, which has no weakest link', () => {
    const report = relatedAt(undefined)
    const { corroborationThreshold: _, ...options } = report.options
    const old = {
      ...report,
      schemaVersion: '2.0.0',
      claims: report.claims.map((claim) =>
        claim.id === 'c6' ? { ...claim, status: 'corroborated' } : claim,
      ),
      options,
    } as Report
    for (const format of ['text', 'markdown', 'html'] as const) {
      expect(render(old, format), format).not.toContain('weakest link')
    }
  })

  it('relatedCutoff and weakestLinkNote: the parts the renderers share', () => {
    expect(relatedCutoff({ options: { threshold: 0.6, corroborationThreshold: null } })).toBe(0.75)
    expect(relatedCutoff({ options: { threshold: 0.95, corroborationThreshold: null } })).toBe(1)
    expect(relatedCutoff({ options: { threshold: 0.6, corroborationThreshold: 0 } })).toBe(0)
    expect(relatedCutoff({ options: {} })).toBeNull()
    // Cut, never rounded up to the threshold it missed.
    expect(weakestLinkNote({ status: 'related', weakestLink: 0.7499 }, 0.75)).toBe('weakest link 0.74 < 0.75')
    expect(weakestLinkNote({ status: 'corroborated', weakestLink: 0.5 }, 0.75)).toBe('')
  })
})
