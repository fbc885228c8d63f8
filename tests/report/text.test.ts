import { describe, expect, it } from 'vitest'
import { compare } from '../../src/compare/index.js'
import { render } from '../../src/report/index.js'
import { renderText } from '../../src/report/text.js'
import { sampleReport } from '../fixtures/report/sample-report.js'

const ansi = /\u001b\[/

describe('text report', () => {
  const text = render(sampleReport(), 'text')
  const lines = text.split('\n')

  it('opens with a one-line summary and the findings count', () => {
    expect(lines[0]).toBe(
      'corroborate: 3 articles, 11 claims: 2 disputed, 1 corroborated, 0 related, 8 single-source',
    )
    expect(lines[1]).toBe('findings: 6 (1 error, 2 warnings, 3 notes)')
  })

  it('lists each outlet with its coverage', () => {
    expect(text).toContain('  Northgate Wire    6 statements, 3 shared, 3 unique, 2 disputed')
    expect(text).toContain('  Varlen Courier    5 statements, 2 shared, 3 unique, 1 disputed')
  })

  it('names which outlets agree and where a figure conflicts, disputed claims first', () => {
    const disputed = lines.indexOf(
      'DISPUTED  troops: 9,000 (Northgate Wire, Channel Meridian) vs 8,000 (Varlen Courier)',
    )
    const agree = lines.indexOf(
      'AGREE     armoured vehicles: 120 (Northgate Wire, Channel Meridian, Varlen Courier)',
    )
    expect(disputed).toBeGreaterThan(0)
    expect(agree).toBeGreaterThan(disputed)
    expect(text).toContain('  agree      date: Friday (Northgate Wire, Channel Meridian, Varlen Courier)')
    expect(text).toContain('  unique     procession: 95 minutes (Northgate Wire only)')
  })

  it('shows each outlet statement of a claim with its position and display text', () => {
    expect(text).toContain(
      '  Varlen Courier    3:4      8,000 troops paraded through Tower Square on Friday, the Courier counted.',
    )
  })

  it('shows a misquote as a word diff', () => {
    expect(text).toContain(
      'DISPUTED  Ardan Vey: “We stand ready to defend every street of this city.” (Northgate Wire) vs “We are ready to defend every street in the city.” (Channel Meridian)',
    )
    expect(text).toContain(
      '  diff ([-Northgate Wire-] {+Channel Meridian+}): We [-stand-] {+are+} ready to defend every street [-of this-] {+in the+} city.',
    )
    // The diff follows its verdict line, before any agreement of the claim.
    const verdict = lines.findIndex((line) => line.startsWith('DISPUTED  Ardan Vey'))
    expect(lines[verdict + 1]).toMatch(/^ {2}diff \(/)
  })

  it('shows only the claims asked for (--only disputed), and the findings about them', () => {
    const only = render(sampleReport(), 'text', { only: ['disputed'] })
    expect(only.split('\n')[0]).toBe(lines[0])
    expect(only).toContain('showing disputed claims only: 2 of 11')
    expect(only.split('\n').filter((line) => line.startsWith('DISPUTED  '))).toHaveLength(2)
    expect(only).not.toContain('Corroborated claims')
    expect(only).not.toContain('Single-source statements')
    expect(only).not.toContain('[unsourced-figure')
    const shared = render(sampleReport(), 'text', { only: ['disputed', 'corroborated'] })
    expect(shared).toContain('Corroborated claims')
    expect(shared).not.toContain('Single-source statements')
  })

  it('lists single-source statements outlet by outlet', () => {
    const start = lines.indexOf('Single-source statements')
    const section = lines.slice(start + 1, lines.indexOf('', start))
    expect(section).toHaveLength(8)
    expect(section[1]).toBe(
      '  Northgate Wire    7:1      Organisers said 40,000 spectators lined the route.  [spectators]',
    )
    expect(section.map((line) => line.slice(2, 18).trim())).toEqual([
      'Northgate Wire',
      'Northgate Wire',
      'Northgate Wire',
      'Channel Meridian',
      'Channel Meridian',
      'Varlen Courier',
      'Varlen Courier',
      'Varlen Courier',
    ])
  })

  it('prints findings as place, message and rule, one line each', () => {
    expect(text).toContain(
      '  error    local:3:4-3:16  Varlen Courier says 8,000 troops; Northgate Wire and Channel Meridian say 9,000. [divergent-detail, claim c4]',
    )
    expect(text).toContain(
      '  warning  wire:7:69-7:81  The figure 14 countries names no source. [unsourced-figure, claim c8]',
    )
  })

  it('has no ANSI escapes unless colour is asked for', () => {
    expect(text).not.toMatch(ansi)
    expect(render(sampleReport(), 'text', { color: false })).not.toMatch(ansi)
    const coloured = render(sampleReport(), 'text', { color: true })
    expect(coloured).toMatch(ansi)
    expect(coloured).toContain('\u001b[31mDISPUTED ')
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(text)
  })

  it('strips control characters from article text so it cannot drive the terminal', () => {
    const report = sampleReport()
    const statement = report.articles[2]!.statements[1]!
    statement.text = 'Troops \u001b[2J\u001b]0;pwned\u0007marched\rhome \u202eevil'
    report.articles[2]!.outlet = 'Courier\u001b[31m'
    const out = renderText(report)
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202e]/)
    expect(out).toContain('Troops [2J ]0;pwned marched home evil')
  })
})

describe('text report columns', () => {
  it('keeps a space between the longest verdict and the detail after it', () => {
    const report = sampleReport()
    const comparison = report.claims
      .flatMap((claim) => claim.comparisons)
      .find((candidate) => candidate.kind === 'date' && candidate.status === 'agree')!
    comparison.status = 'compatible'
    const text = render(report, 'text', { color: false })
    expect(text).toContain('  compatible date: Friday (Northgate Wire, Channel Meridian, Varlen Courier)')
    expect(text).not.toMatch(/^ {2}(?:compatible|agree|diverge|unique|possible)\S/m)
  })

  it('names counts of a subject with its plural from the noun table', () => {
    const report = compare([
      { id: 'a', text: 'The city bought 40 buses for the new routes, officials said.' },
      { id: 'b', text: 'The city bought 45 buses for the new routes, officials said.' },
    ])
    const text = render(report, 'text', { color: false })
    expect(text).toContain('Number of buses 40 diverges from 45 (b)')
    expect(text).not.toMatch(/Number of bus\b|buse\b/)
  })
})
