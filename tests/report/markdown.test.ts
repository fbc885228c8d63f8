import { describe, expect, it } from 'vitest'
import { escapeMarkdown } from '../../src/report/escape.js'
import { render } from '../../src/report/index.js'
import { hostileReport } from '../fixtures/report/hostile-report.js'
import { sampleReport } from '../fixtures/report/sample-report.js'

describe('markdown report', () => {
  const markdown = render(sampleReport(), 'markdown')
  const lines = markdown.split('\n')

  it('starts with a summary and an outlet table with links', () => {
    // No event name given and no name all outlets agree on: a neutral title, no outlet's headline.
    expect(lines.slice(0, 3)).toEqual([
      '# What 3 outlets report',
      '',
      '**corroborate report: 3 outlets, 11 claims: 2 disputed, 1 corroborated, 0 related, 8 single-source; 6 findings.**',
    ])
    expect(markdown).toContain(
      "| [Northgate Wire](https://wire.example/varlen-parade) | Varlen holds its largest Founders' Day parade in a decade | 6 | 3 | 3 | 2 |",
    )
  })

  it('puts conflicts first, each claim a table of outlets, statements and the differing values', () => {
    const headings = lines.filter((line) => line.startsWith('## ') || line.startsWith('### '))
    expect(headings).toEqual([
      '## Disputed claims',
      '### DISPUTED: troops: 9,000 (Northgate Wire, Channel Meridian) vs 8,000 (Varlen Courier)',
      '### DISPUTED: Ardan Vey: “We stand ready to defend every street of this city.” (Northgate Wire) vs “We are ready to defend every street in the city.” (Channel Meridian)',
      '## Corroborated claims',
      '### AGREE: armoured vehicles: 120 (Northgate Wire, Channel Meridian, Varlen Courier)',
      '## Single-source statements',
      '## Findings',
    ])
    expect(markdown).toContain('| Outlet | Line | Statement | troops (diverge) | date (agree) |')
    expect(markdown).toContain(
      '| Varlen Courier | 3 | 8,000 troops paraded through Tower Square on Friday, the Courier counted. | **8,000** | Friday |',
    )
    expect(markdown).toContain(
      '| Channel Meridian | 5 | The defence ministry said 120 armoured vehicles rolled past the reviewing stand. | 120 | – |',
    )
  })

  it('shows verdict reasons and the misquote as a struck-through / bold word diff', () => {
    expect(markdown).toContain(
      '- **diverge**: Varlen Courier counts 8,000 troops where Northgate Wire and Channel Meridian count 9,000.',
    )
    expect(markdown).toContain(
      '  - wording (~~struck~~: Northgate Wire; **inserted**: Channel Meridian): We ~~stand~~ **are** ready to defend every street ~~of this~~ **in the** city.',
    )
  })

  it('is headed by the event name when one is given', () => {
    expect(render(sampleReport(), 'markdown', { title: 'Founders  Day *parade*' }).split('\n')[0]).toBe(
      '# Founders Day \\*parade\\*',
    )
  })

  it("puts a claim's conflicts first and folds its agreements in a <details> block", () => {
    const troops = lines.indexOf(
      '### DISPUTED: troops: 9,000 (Northgate Wire, Channel Meridian) vs 8,000 (Varlen Courier)',
    )
    const next = lines.findIndex((line, index) => index > troops && line.startsWith('### '))
    const claim = lines.slice(troops, next)
    const conflict = claim.findIndex((line) => line.startsWith('- **diverge**'))
    const fold = claim.indexOf('<details><summary>1 agreement</summary>')
    expect(conflict).toBeGreaterThan(0)
    expect(fold).toBeGreaterThan(conflict)
    expect(claim[fold + 2]).toMatch(/^- \*\*agree\*\*: /)
    expect(claim).toContain('</details>')
    // A claim with nothing in conflict shows its agreements unfolded.
    expect(markdown).toContain('<details open><summary>1 agreement, 1 detail one outlet gives</summary>')
  })

  it('shows only the claims asked for, and the findings about them', () => {
    const only = render(sampleReport(), 'markdown', { only: ['disputed'] })
    expect(only).toContain('Showing disputed claims only: 2 of 11.')
    expect(only).toContain('## Disputed claims')
    expect(only).not.toContain('## Corroborated claims')
    expect(only).not.toContain('## Single-source statements')
    expect(only).not.toContain('unsourced-figure | wire:7:69')
  })

  it('lists single-source statements and findings as tables', () => {
    expect(markdown).toContain(
      '| Northgate Wire | 7 | Organisers said 40,000 spectators lined the route. | spectators: 40,000 (Northgate Wire only) |',
    )
    expect(markdown).toContain(
      '| warning | unsourced-figure | wire:7:69-7:81 | The figure 14 countries names no source. |',
    )
  })

  it('escapes article text so it cannot add links, HTML or table cells', () => {
    const hostile = render(hostileReport(), 'markdown')
    expect(hostile).not.toMatch(/(^|[^\\])<(script|img|svg|iframe)/)
    expect(hostile).not.toMatch(/(^|[^\\])\[click\]\(javascript/)
    expect(hostile).toContain('\\[click\\](javascript:alert(3)) \\| cell')
    expect(hostile).not.toContain('(javascript:window')
    expect(hostile).not.toMatch(/\u001b/)
    // Every table row keeps its column count: pipes in text are escaped.
    for (const row of hostile.split('\n').filter((line) => line.startsWith('| '))) {
      const cells = row.replace(/\\\|/g, '').split('|').length - 2
      expect([4, 5, 6], row).toContain(cells)
    }
  })

  it('escapes the characters Markdown would read as markup', () => {
    const table: [string, string][] = [
      ['*bold* _it_', '\\*bold\\* \\_it\\_'],
      ['a | b', 'a \\| b'],
      ['<b>x</b>', '\\<b\\>x\\</b\\>'],
      ['![img](x)', '\\!\\[img\\](x)'],
      ['AT&T &amp; co', 'AT&T &amp;amp; co'],
      ['line\nbreak', 'line break'],
      ['9,000 troops.', '9,000 troops.'],
    ]
    for (const [raw, escaped] of table) expect(escapeMarkdown(raw), raw).toBe(escaped)
  })
})
