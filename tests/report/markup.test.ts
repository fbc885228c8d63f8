// No finding, report or quote diff shows markup: three outlets tell one story, one in Markdown,
// one in HTML and one in plain text, with their figures and quotes in bold, spans and links
// (issue 11, 'Text in markup').
import { describe, expect, it } from 'vitest'
import { checkFigures } from '../../src/compare/figures.js'
import { compare } from '../../src/compare/index.js'
import { render } from '../../src/report/index.js'
import type { ArticleInput, Report } from '../../src/types.js'

const inputs: ArticleInput[] = [
  {
    id: 'md',
    format: 'markdown',
    text:
      'Rescuers said **85** people were hurt when the grain store collapsed in Dunmore.\n\n' +
      'The council said [1,200 residents](https://dunmore.example/n) were moved from the valley.\n\n' +
      '"We will **rebuild** the store by June," the mayor said.\n',
  },
  {
    id: 'web',
    format: 'html',
    text:
      '<p>Rescuers said <b>91</b> people were hurt when the grain store collapsed in Dunmore.</p>\n' +
      '<p>The council said <span class="num">1,400</span> residents were moved from the valley.</p>\n' +
      '<p>"We will <em>repair</em> the store by June," the mayor said.</p>\n',
  },
  {
    id: 'txt',
    format: 'text',
    text:
      'Rescuers said 85 people were hurt when the grain store collapsed in Dunmore.\n\n' +
      'The council said 1,300 residents were moved from the valley.\n\n' +
      '"We will rebuild the store by June," the mayor said.\n',
  },
]

/** Tags, Markdown emphasis and link syntax, and entities, as they would leak from the sources. */
const MARKUP = /<\/?(?:b|em|span|strong|a)\b|\*\*\d|\d\*\*|\*\*rebuild\*\*|\]\(https?:|\[\d|&lt;(?:b|em|span)/

const report: Report = compare(inputs)

/** A report with the articles' own raw text left out: that is the input, not what corroborate says. */
function withoutSources(report: Report): unknown {
  return { ...report, articles: report.articles.map(({ text: _text, ...rest }) => rest) }
}

describe('findings over markup', () => {
  it('name the visible figures, and point at them in the raw input', () => {
    const divergent = report.findings.filter((finding) => finding.rule === 'divergent-detail')
    expect(divergent.length).toBeGreaterThanOrEqual(4)
    for (const finding of divergent) {
      expect(finding.message).not.toMatch(MARKUP)
      const raw = report.articles.find((article) => article.id === finding.articleId)!.text
      expect(raw.slice(finding.start, finding.end)).toMatch(/^(?:85|91|1,200|1,400|1,300)$/)
    }
    const fromMarkdown = divergent.find(
      (finding) => finding.articleId === 'md' && finding.message.includes('85'),
    )
    expect(fromMarkdown?.message).toMatch(/85 diverges from 91 \(web\)/)
    const fromHtml = divergent.find(
      (finding) => finding.articleId === 'web' && finding.message.includes('1,400'),
    )
    expect(fromHtml?.message).toMatch(/1,400 diverges from 1,200 \(md\), 1,300 \(txt\)/)
  })

  it('diff quotes word by word without the emphasis around them', () => {
    const misquote = report.findings.find(
      (finding) => finding.rule === 'misquote' && finding.articleId === 'md',
    )
    expect(misquote?.message).toContain('[-rebuild-] [+repair+]')
    expect(misquote?.message).not.toMatch(MARKUP)
    const quoteClaim = report.claims.find((claim) => claim.comparisons.some((c) => c.kind === 'quote'))!
    const diff = quoteClaim.comparisons.find((c) => c.kind === 'quote')!.diff!
    expect(diff.map((part) => part.value).join('')).not.toMatch(MARKUP)
  })

  it('the figures the outlets agree on agree: bold 85 and plain 85 are one value', () => {
    const claim = report.claims.find((candidate) => candidate.statementIds.includes('md#0'))!
    const count = claim.comparisons.find((comparison) => comparison.kind === 'count')!
    expect(count.values.map((value) => value.detail.text).sort()).toEqual(['85', '85', '91'])
  })
})

describe('every report format over markup', () => {
  it.each(['text', 'github'] as const)('%s shows no markup from the sources', (format) => {
    const out = render(report, format)
    expect(out).toContain('85')
    expect(out).not.toMatch(MARKUP)
  })

  it("markdown prints values and the quote diff in its own emphasis, never the source's", () => {
    const out = render(report, 'markdown')
    expect(out).toContain('| **85** |')
    expect(out).toContain('| **1,400** |')
    expect(out).toContain('We will ~~rebuild~~ **repair** the store by June')
    // Source bold inside the report's bold would read '****85****'; a link or tag shows as such.
    expect(out).not.toMatch(/<\/?(?:b|em|span)\b|\*{3,}|\]\(https?:|\[\d/)
  })

  it('html escapes no source markup into view and highlights exactly the visible figure', () => {
    const out = render(report, 'html')
    expect(out).not.toMatch(/&lt;(?:b|em|span)|\*\*\d|\[\d/)
    const marks = [...out.matchAll(/<mark class="detail k-count[^"]*"[^>]*>([^<]*)<\/mark>/g)].map(
      (m) => m[1],
    )
    expect(marks).toContain('91')
    expect(marks).toContain('1,400')
  })

  it('json says nothing with markup in it, the sources aside', () => {
    const json = JSON.parse(render(report, 'json')) as Report
    expect(JSON.stringify(withoutSources(json))).not.toMatch(MARKUP)
  })

  it('sarif messages and snippets show the visible text', () => {
    const log = JSON.parse(render(report, 'sarif'))
    const results = log.runs[0].results as {
      message: { text: string }
      locations: { physicalLocation: { region: { snippet?: { text: string } } } }[]
    }[]
    expect(results.length).toBeGreaterThan(0)
    const snippets = results.flatMap((result) =>
      result.locations.map((l) => l.physicalLocation.region.snippet?.text),
    )
    expect(snippets).toContain('91')
    for (const result of results) expect(result.message.text).not.toMatch(MARKUP)
    for (const snippet of snippets) if (snippet !== undefined) expect(snippet).not.toMatch(MARKUP)
  })
})

describe('check over markup', () => {
  it.each<[string, ArticleInput]>([
    ['Markdown', { id: 'a', format: 'markdown', text: 'About **85** people were hurt in the blast.' }],
    [
      'HTML',
      {
        id: 'a',
        format: 'html',
        text: '<p>About <span class="num">85</span> people were hurt in the blast.</p>',
      },
    ],
    ['text', { id: 'a', format: 'text', text: 'About 85 people were hurt in the blast.' }],
  ])('%s: the unsourced figure reads as written', (_name, article) => {
    const findings = checkFigures(article)
    expect(findings.map((finding) => finding.message)).toEqual([expect.stringContaining('About 85')])
    expect(findings[0]!.message).not.toMatch(MARKUP)
  })

  it.each<[string, ArticleInput]>([
    ['Markdown', { id: 'a', format: 'markdown', text: 'The **two** sides met again in Halden on Friday.' }],
    ['HTML', { id: 'a', format: 'html', text: '<p>The <b>two</b> sides met again in Halden on Friday.</p>' }],
  ])('%s: a number word in markup after "the" is still no figure', (_name, article) => {
    expect(checkFigures(article)).toEqual([])
  })
})
