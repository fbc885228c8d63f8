// The Markdown and text reports list single-source statements from one function, so they
// cannot disagree on which statements are listed or in what order.
import { describe, expect, it } from 'vitest'
import { orderClaims, singleSourceStatements, statementIndex } from '../../src/report/describe.js'
import { render } from '../../src/report/index.js'
import { sampleReport } from '../fixtures/report/sample-report.js'

describe('singleSourceStatements', () => {
  const report = sampleReport()
  const rows = singleSourceStatements(report, orderClaims(report.claims), statementIndex(report))

  it('lists the statements of single-source claims outlet by outlet, then in text order', () => {
    const articleOrder = report.articles.map((article) => article.id)
    const keys = rows.map((row) => [articleOrder.indexOf(row.article.id), row.statement.index])
    expect(keys).toEqual([...keys].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!))
    expect(rows.every((row) => row.claim.status === 'single-source')).toBe(true)
  })

  it('is the order both the Markdown and the text report print', () => {
    const markdown = render(report, 'markdown')
    const text = render(report, 'text')
    const at = (output: string) => {
      const section = output.indexOf('Single-source statements')
      return rows.map((row) => output.indexOf(row.statement.text.slice(0, 20), section))
    }
    for (const output of [markdown, text]) {
      const places = at(output)
      expect(places.every((place) => place >= 0)).toBe(true)
      expect(places).toEqual([...places].sort((a, b) => a - b))
    }
  })
})
