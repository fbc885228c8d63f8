import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { describe, expect, it } from 'vitest'
import { render } from '../../src/report/index.js'
import type { Report } from '../../src/types.js'
import { buildReport, type ReportSpec } from '../fixtures/report/build.js'
import { sampleSpec } from '../fixtures/report/sample-report.js'

const reportSchema = JSON.parse(
  readFileSync(new URL('../../src/report/schema.json', import.meta.url), 'utf8'),
)

/**
 * The parade report with one related claim: the broadcaster's sold-out grandstand and the
 * local paper's cost of the celebrations both come from the city, and nothing else ties them.
 * Linked (weakest link 0.58, below the 0.74 that corroborates), yet not one fact.
 */
function relatedReport(): Report {
  const spec: ReportSpec = {
    ...sampleSpec,
    claims: [
      ...sampleSpec.claims.filter((claim) => claim.id !== 'c9' && claim.id !== 'c11'),
      {
        id: 'c9',
        keys: ['b-tickets', 'l-cost'],
        status: 'related',
        score: 0.61,
        weakestLink: 0.5849,
        terms: ['city'],
        comparisons: [
          {
            kind: 'duration',
            subject: 'tickets sold out',
            status: 'unique',
            values: [['b-tickets', 'two days']],
            reason: 'Only Channel Meridian says how fast the grandstand sold out.',
          },
          {
            kind: 'money',
            subject: 'cost of the celebrations',
            status: 'unique',
            values: [['l-cost', '$2.4 million']],
            reason: 'Only Varlen Courier puts a cost on the celebrations.',
          },
        ],
      },
    ],
    // Neither statement is single-source any more.
    findings: sampleSpec.findings.filter(
      (finding) =>
        !(finding.rule === 'single-source-statement' && ['b-tickets', 'l-cost'].includes(finding.key)),
    ),
  }
  return buildReport(spec)
}

describe('a related claim in the reports', () => {
  const report = relatedReport()

  it('is a valid report of the current schema, counted in its stats', () => {
    const validate = new Ajv({ allErrors: true, strict: true }).compile(reportSchema)
    expect(validate(JSON.parse(render(report, 'json'))), JSON.stringify(validate.errors)).toBe(true)
    expect(report.stats).toMatchObject({
      claims: 10,
      disputed: 2,
      corroborated: 1,
      related: 1,
      singleSource: 6,
    })
  })

  it('text: counted in the summary, in its own section after the corroborated claims', () => {
    const text = render(report, 'text')
    const lines = text.split('\n')
    expect(lines[0]).toBe(
      'corroborate: 3 articles, 10 claims: 2 disputed, 1 corroborated, 1 related, 6 single-source',
    )
    const corroborated = lines.indexOf('Corroborated claims')
    const related = lines.indexOf('Related statements')
    const single = lines.indexOf('Single-source statements')
    expect(corroborated).toBeGreaterThan(0)
    expect(related).toBeGreaterThan(corroborated)
    expect(single).toBeGreaterThan(related)
    expect(lines.slice(related, single)).toEqual([
      'Related statements',
      '',
      'RELATED   2 outlets, shared: city (0.61)',
      '  unique     tickets sold out: two days (Channel Meridian only)',
      '  unique     cost of the celebrations: $2.4 million (Varlen Courier only)',
      '  Channel Meridian  9:1      Grandstand tickets sold out within two days, the city council said.',
      '  Varlen Courier    6:4      City officials put the cost of the celebrations at $2.4 million.',
      '  claim c9, 2 outlets, weakest link 0.58 < 0.74; shared: city (0.61)',
      '',
    ])
    // Its statements are no longer listed as single-source.
    expect(lines.slice(single).join('\n')).not.toContain('Grandstand tickets')
  })

  it('text: RELATED is cyan when colour is on', () => {
    expect(render(report, 'text', { color: true })).toContain('\u001b[36mRELATED   \u001b[39m')
  })

  it('markdown: counted in the summary, a RELATED table under its own heading with its weakest link', () => {
    const markdown = render(report, 'markdown')
    const lines = markdown.split('\n')
    expect(lines[2]).toBe(
      '**corroborate report: 3 outlets, 10 claims: 2 disputed, 1 corroborated, 1 related, 6 single-source; 4 findings.**',
    )
    const headings = lines.filter((line) => line.startsWith('## ') || line.startsWith('### '))
    expect(headings.slice(3)).toEqual([
      '## Corroborated claims',
      '### AGREE: armoured vehicles: 120 (Northgate Wire, Channel Meridian, Varlen Courier)',
      '## Related statements',
      '### RELATED: 2 outlets, shared: city (0.61)',
      '## Single-source statements',
      '## Findings',
    ])
    expect(markdown).toContain(
      '| Channel Meridian | 9 | Grandstand tickets sold out within two days, the city council said. | two days | – |',
    )
    expect(markdown).toContain(
      "- weakest link 0.58 < 0.74: the outlets' statements are linked too weakly to call them one fact",
    )
  })

  it('html: a chip, a group of its own after the corroborated claims, a card with its badge', () => {
    const html = render(report, 'html')
    expect(html).toContain('<span class="chip related"><b>1</b> related</span>')
    const corroborated = html.indexOf('<div class="group corroborated">')
    const related = html.indexOf(
      '<div class="group related"><h2>Related statements <span class="muted">(1)</span></h2>',
    )
    const single = html.indexOf('<div class="group single-source">')
    expect(corroborated).toBeGreaterThan(0)
    expect(related).toBeGreaterThan(corroborated)
    expect(single).toBeGreaterThan(related)
    const card = html.slice(related, single)
    expect(card).toContain('<article class="claim related" id="claim-4" data-status="related">')
    expect(card).toContain('<span class="badge related">Related</span>')
    expect(card).toContain('<span class="weakest" title=')
    expect(card).toContain('>weakest link 0.58 &lt; 0.74</span>')
    // The statements are coloured as related in the side-by-side view, and the matrix marks them.
    expect(html).toMatch(/<p class="stmt related kind-sentence" id="s-2-\d+">Grandstand tickets/)
    expect(html).toContain(
      '<div class="side-row related"><a class="row-tag to-claim" href="#claim-4">Related · c9</a>',
    )
    expect(html).toContain('<td class="cell related" title="c9: Related">●</td>')
    // Each outlet's coverage bar has a related segment: one statement of Channel Meridian's five.
    expect(html).toContain('<span class="related" style="width:20.0%"></span>')
    expect(html).toContain('.badge.related{')
    expect(html).toContain('--related:#6b3fa0')
  })

  it('html --only related: the related card alone', () => {
    const html = render(report, 'html', { only: ['related'] })
    expect(html.match(/<article class="claim /g)).toHaveLength(1)
    expect(html).toContain('1 of 10 claims')
    expect(html).not.toContain('<div class="group corroborated">')
  })

  it('render() takes related in only, in every format that filters', () => {
    for (const format of ['text', 'markdown'] as const) {
      const out = render(report, format, { only: ['related'] })
      expect(out, format).toContain('Related statements')
      expect(out, format).not.toContain('Corroborated claims')
      expect(out, format).not.toContain('Single-source statements')
    }
    // The chart draws diverging figures only: a related claim without one adds no panel.
    expect(render(report, 'svg', { only: ['related'] })).toContain('No conflicting figures to chart.')
  })

  it('a related claim whose figures diverge, unsurely, keeps RELATED and says the conflict is possible', () => {
    // The troop counts, linked too weakly to call one fact, and judged with little confidence.
    const weak = relatedReport()
    const troops = weak.claims.find((claim) => claim.id === 'c4')!
    troops.status = 'related'
    troops.weakestLink = 0.66
    troops.comparisons[0]!.confidence = 0.3
    const text = render(weak, 'text', { only: ['related'] })
    expect(text).toContain(
      'RELATED   troops: 9,000 (Northgate Wire, Channel Meridian) vs 8,000 (Varlen Courier) (possible: confidence 0.30)',
    )
    expect(render(weak, 'markdown', { only: ['related'] })).toContain(
      '### RELATED: troops: 9,000 (Northgate Wire, Channel Meridian) vs 8,000 (Varlen Courier)',
    )
    const html = render(weak, 'html', { only: ['related'] })
    expect(html).toContain(
      '<span class="badge related">Related</span> <span class="badge possible" title="a comparison diverges, but its values may not be one fact">Possible conflict</span>',
    )
    expect(render(weak, 'svg', { only: ['related'] })).toContain('troops (possible conflict)')
  })

  it('json, sarif and github stay as they were: they hold every claim or the findings alone', () => {
    expect(
      JSON.parse(render(report, 'json')).claims.find((claim: { id: string }) => claim.id === 'c9'),
    ).toMatchObject({
      status: 'related',
      weakestLink: 0.5849,
    })
    const sarif = render(report, 'sarif')
    expect(sarif).not.toContain('related')
    expect(render(report, 'github')).not.toContain('related')
  })
})
