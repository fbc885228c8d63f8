// The compare stage through the whole pipeline: realistic coverage of one fictional flood by
// three outlets, and an aggregate page whose sentences end in outlet markers.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkFigures } from '../../src/compare/figures.js'
import { compare } from '../../src/compare/index.js'
import type { ArticleInput, Finding, Report } from '../../src/types.js'

const read = (name: string) => readFileSync(new URL(`../fixtures/compare/${name}`, import.meta.url), 'utf8')

const flood: ArticleInput[] = [
  { id: 'vp', outlet: 'Valley Post', publishedAt: '2025-03-12', text: read('flood/valley-post.txt') },
  { id: 'nw', outlet: 'Northern Wire', publishedAt: '2025-03-12', text: read('flood/northern-wire.txt') },
  { id: 'cr', outlet: 'Coast Radio', publishedAt: '2025-03-12', text: read('flood/coast-radio.txt') },
]

function rawOf(report: Report, articleId: string): string {
  return report.articles.find((article) => article.id === articleId)!.text
}

/** A finding as one line, with the exact source text it points at. */
function show(report: Report, finding: Finding): string {
  const span = rawOf(report, finding.articleId).slice(finding.start, finding.end)
  return `${finding.articleId}:${finding.line} ${finding.rule} '${span}': ${finding.message}`
}

describe('compare: three outlets on one flood', () => {
  const report = compare(flood)
  const claimOf = (statementId: string) =>
    report.claims.find((claim) => claim.statementIds.includes(statementId))!

  it('disputes the death toll: 14 and "Fourteen" agree, 11 does not', () => {
    const claim = claimOf('vp#0')
    expect(claim.statementIds).toEqual(['vp#0', 'nw#0', 'cr#0'])
    expect(claim.status).toBe('disputed')
    const toll = claim.comparisons.find((comparison) => comparison.kind === 'count')!
    expect(toll.status).toBe('diverge')
    expect(toll.values.map((value) => value.detail.value)).toEqual([14, 11, 14])
  })

  it('accepts "about 2,000", "some 2,000" and "more than 1,900" evacuated as compatible', () => {
    const claim = claimOf('vp#1')
    expect(claim.status).toBe('corroborated')
    expect(claim.comparisons.map((comparison) => comparison.status)).toEqual(['compatible'])
  })

  it('does not take $12 million and €12 million for one amount', () => {
    const claim = claimOf('vp#2')
    const money = claim.comparisons.find((comparison) => comparison.kind === 'money')!
    expect(money.status).toBe('diverge')
    expect(money.reason).toContain('different currencies')
  })

  it('reports each conflicting value once, at its exact span, with outlets named', () => {
    const lines = report.findings.filter((f) => f.rule === 'divergent-detail').map((f) => show(report, f))
    expect(lines).toEqual([
      "vp:1 divergent-detail '14': Death toll 14 diverges from 11 (Northern Wire)",
      "vp:5 divergent-detail '$12 million': Amount for aid $12 million diverges from €12 million (Coast Radio)",
      "nw:1 divergent-detail '11': Death toll 11 diverges from 14 (Valley Post), Fourteen (Coast Radio)",
      "nw:5 divergent-detail '$12 million': Amount for aid $12 million diverges from €12 million (Coast Radio)",
      "cr:1 divergent-detail 'Fourteen': Death toll Fourteen diverges from 11 (Northern Wire)",
      "cr:5 divergent-detail '€12 million': Amount for aid €12 million diverges from $12 million (Valley Post, Northern Wire)",
    ])
    for (const finding of report.findings.filter((f) => f.rule === 'divergent-detail')) {
      expect(finding.severity).toBe('error')
    }
  })

  it('flags the reworded quote with its word diff', () => {
    const quotes = report.findings.filter((f) => f.rule === 'misquote')
    expect(quotes.map((f) => f.articleId)).toEqual(['vp', 'nw', 'cr'])
    const northern = quotes.find((f) => f.articleId === 'nw')!
    expect(northern.message).toBe(
      "Lena Varga's quote reads differently in Valley Post: ... seen the [-water-] [+river+] rise [-so-] [+this+] fast",
    )
    expect(rawOf(report, 'nw').slice(northern.start, northern.end)).toMatch(
      /^"We have never seen the water rise so fast/,
    )
    const claim = claimOf('vp#3')
    const quote = claim.comparisons.find((comparison) => comparison.kind === 'quote')!
    expect(quote.diff?.some((part) => part.added === true)).toBe(true)
  })

  it('leaves statements without a figure or a quote out of the single-source notes', () => {
    expect(report.findings.filter((f) => f.rule === 'single-source-statement')).toEqual([])
    expect(claimOf('vp#4').status).toBe('single-source')
  })

  it('notes a single-source statement that carries a figure', () => {
    const extra = compare([
      flood[0]!,
      {
        id: 'nw',
        outlet: 'Northern Wire',
        publishedAt: '2025-03-12',
        text: `${read('flood/northern-wire.txt')}\nInsurers put early losses at $45 million.\n`,
      },
    ])
    const notes = extra.findings.filter((f) => f.rule === 'single-source-statement')
    expect(notes.map((f) => show(extra, f))).toEqual([
      "nw:11 single-source-statement 'Insurers put early losses at $45 million.': Only Northern Wire reports this ($45 million); no other outlet here has it",
    ])
    expect(notes[0]?.severity).toBe('note')
  })

  it('is deterministic', () => {
    expect(JSON.stringify(compare(flood))).toBe(JSON.stringify(report))
  })
})

describe('checkFigures on an aggregate page with outlet markers', () => {
  const page = read('aggregate-page.txt')
  const options = { outletMarkers: ['Valley Post'] }

  it('spares figures in sentences that end in a marker and flags the others', () => {
    const findings = checkFigures(page, options)
    const flagged = findings.map((f) => page.slice(f.start, f.end))
    // 'the two bridges' points back at known bridges: not a figure (issue 11's 'the two sides').
    expect(flagged).toEqual(['6.2 metres', 'an estimated $30 million', 'Around 40%'])
    for (const spared of ['14', '2,000', '3,500']) {
      expect(flagged.some((text) => text.includes(spared))).toBe(false)
    }
    for (const finding of findings) {
      expect(finding.rule).toBe('unsourced-figure')
      expect(finding.severity).toBe('warning')
      const before = page.slice(0, finding.start).split('\n')
      expect([finding.line, finding.column]).toEqual([before.length, before.at(-1)!.length + 1])
    }
    expect(findings[0]?.message).toBe('The figure 6.2 metres has no source: cite where it comes from')
  })

  it('without the marker option, an unknown outlet marker does not source its sentence', () => {
    const flagged = checkFigures(page).map((f) => page.slice(f.start, f.end))
    expect(flagged.some((text) => text.includes('14'))).toBe(true)
  })

  it('spares a figure that a source article confirms, and only that one', () => {
    const source = {
      id: 'council',
      outlet: 'Kellbrook Council',
      text: 'Repairs to the two bridges will cost about $30 million. Shops reopened on Monday.',
    }
    const flagged = checkFigures(page, { ...options, sources: [source] }).map((f) =>
      page.slice(f.start, f.end),
    )
    expect(flagged).toEqual(['6.2 metres', 'Around 40%'])
  })

  it('does not let a source with a different figure confirm it', () => {
    const source = { id: 'council', text: 'Repairs to the two bridges will cost $55 million.' }
    const findings = checkFigures(page, { ...options, sources: [source] })
    const repair = findings.find((f) => page.slice(f.start, f.end).includes('$30 million'))
    expect(repair?.message).toBe(
      'The figure an estimated $30 million has no source, and no source article confirms it',
    )
  })

  it('counts dates as figures only when asked', () => {
    const text = 'The dam was finished in 1998 and failed on 3 March 2025.'
    expect(checkFigures(text)).toEqual([])
    expect(checkFigures(text, { datesAreFigures: true }).length).toBeGreaterThan(0)
  })

  it('rejects sources that are not a list', () => {
    expect(() => checkFigures(page, { sources: 'x' as never })).toThrow(/must be an array/)
  })
})
