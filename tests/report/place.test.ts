import { describe, expect, it } from 'vitest'
import { compare } from '../../src/compare/index.js'
import { render } from '../../src/report/index.js'
import { lineIndex } from '../../src/text/line-index.js'
import type { Report } from '../../src/types.js'

/** Line and column counted the slow way: split the text before `offset` at every line break. */
function countedPoint(text: string, offset: number) {
  const lines = text.slice(0, offset).split(/\r\n|\n|\r/)
  // A '\r' just before `offset` may be the first half of a '\r\n' that the split cannot see.
  return { line: lines.length, column: lines.at(-1)!.length + 1, offset }
}

const articles = [
  {
    id: 'gazette',
    outlet: 'Harbor Gazette',
    text: 'Storm shuts north bridge\r\n\r\nThe city closed the north bridge on Monday after 14 cables snapped.\r\nRepairs will cost $2.5 million, the mayor said.',
  },
  {
    id: 'wire',
    outlet: 'Valley Wire',
    text: 'North bridge closed\rThe north bridge was shut on Monday when 12 cables broke.\r\rThe mayor put repairs at $3 million.',
  },
  {
    id: 'radio',
    outlet: 'Bay Radio',
    text: 'Bridge shut 🌧 after 🌧 storm\n\nThe city closed the north bridge on Monday after 14 cables snapped.\nRepairs will cost $3 million, the mayor said.',
  },
]

describe('line and column (vfile-location)', () => {
  it('ends a line at \\r\\n, \\n and a lone \\r, and counts columns in UTF-16 code units', () => {
    const text = 'a\r\nb\nc\rd 🌧 e'
    const locate = lineIndex(text)
    for (let offset = 0; offset <= text.length; offset++) {
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue
      expect(locate(offset)).toEqual(countedPoint(text, offset))
    }
    expect(locate(text.indexOf('e'))).toEqual({ line: 4, column: 6, offset: text.indexOf('e') })
  })

  it('clamps an offset outside the text to its ends', () => {
    expect(lineIndex('ab\ncd')(99)).toEqual({ line: 2, column: 3, offset: 5 })
    expect(lineIndex('ab')(-1)).toEqual({ line: 1, column: 1, offset: 0 })
  })
})

describe("findings' place", () => {
  const report = compare(articles)
  const texts = new Map(articles.map((article) => [article.id, article.text]))

  it('gives every finding a start and end point that match its offsets and a count by hand', () => {
    expect(report.findings.length).toBeGreaterThan(0)
    expect(new Set(report.findings.map((finding) => finding.articleId)).size).toBeGreaterThan(1)
    for (const finding of report.findings) {
      const text = texts.get(finding.articleId)!
      expect(finding.place.start).toEqual(countedPoint(text, finding.start))
      expect(finding.place.end).toEqual(countedPoint(text, finding.end))
      expect([finding.line, finding.column]).toEqual([finding.place.start.line, finding.place.start.column])
    }
  })

  it('prints the place it carries, in the text, Markdown and GitHub formats', () => {
    const finding = report.findings[0]!
    const where = `${finding.place.start.line}:${finding.place.start.column}-${finding.place.end.line}:${finding.place.end.column}`
    expect(render(report, 'text')).toContain(`${finding.articleId}:${where}`)
    expect(render(report, 'markdown')).toContain(`${finding.articleId}:${where}`)
    expect(render(report, 'github')).toContain(
      `line=${finding.place.start.line},col=${finding.place.start.column},endLine=${finding.place.end.line},endColumn=${finding.place.end.column}`,
    )
  })

  it('renders a schema 1.0.0 report, which has no place, as it renders the same report with one', () => {
    const old = {
      ...report,
      schemaVersion: '1.0.0',
      findings: report.findings.map(({ place: _place, ...rest }) => rest),
    } as unknown as Report
    const current = { ...report, schemaVersion: '1.0.0' }
    for (const format of ['text', 'markdown', 'github', 'sarif', 'html', 'json'] as const) {
      expect(render(old, format)).toBe(render(current, format))
    }
  })
})
