import { describe, expect, it } from 'vitest'
import { escapeCommandData, escapeCommandProperty } from '../../src/report/escape.js'
import { render } from '../../src/report/index.js'
import type { Report } from '../../src/types.js'
import { hostileReport } from '../fixtures/report/hostile-report.js'
import { sampleReport } from '../fixtures/report/sample-report.js'

describe('github annotations', () => {
  it('writes one workflow command per finding, by severity, with the exact span', () => {
    const lines = render(sampleReport(), 'github').trimEnd().split('\n')
    expect(lines).toHaveLength(6)
    expect(lines[0]).toBe(
      '::error file=local,line=3,col=4,endLine=3,endColumn=16,title=divergent-detail (Varlen Courier)::' +
        'Varlen Courier says 8,000 troops; Northgate Wire and Channel Meridian say 9,000.',
    )
    expect(lines.map((line) => line.slice(0, line.indexOf(' ')))).toEqual([
      '::error',
      '::warning',
      '::warning',
      '::notice',
      '::notice',
      '::notice',
    ])
  })

  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    const table: [string, string, string][] = [
      ['100%', '100%25', '100%25'],
      ['a\nb', 'a%0Ab', 'a%0Ab'],
      ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
      ['x: y, z', 'x: y, z', 'x%3A y%2C z'],
      ['::error::', '::error::', '%3A%3Aerror%3A%3A'],
    ]
    for (const [raw, data, property] of table) {
      expect(escapeCommandData(raw), raw).toBe(data)
      expect(escapeCommandProperty(raw), raw).toBe(property)
    }
  })

  it('cannot be made to start a second command or a new property by article text', () => {
    const output = render(hostileReport(), 'github')
    const lines = output.trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toContain(
      '::Count differs <script>window.__pwned="text";alert(1)</script>%0A::error::injected, 100%25 sure',
    )
    const properties = lines[0]!
      .slice(2, lines[0]!.indexOf('::', 2))
      .replace(/^error /, '')
      .split(',')
    expect(properties.map((property) => property.split('=')[0])).toEqual([
      'file',
      'line',
      'col',
      'endLine',
      'endColumn',
      'title',
    ])
    expect(properties[0]).toBe(`file=evil" onmouseover="window.__pwned='id'`)
    expect(properties[5]).toBe(`title=divergent-detail ("><img src=x onerror="window.__pwned='outlet'">)`)
  })

  it('spans several lines when the finding does', () => {
    const report: Report = sampleReport()
    const finding = report.findings[0]!
    const article = report.articles.find((candidate) => candidate.id === finding.articleId)!
    finding.end = article.text.indexOf('120 armoured') + 3
    // A finding without `place` (as in a schema 1.0.0 report): render works it out from the offsets.
    delete (finding as Partial<typeof finding>).place
    const line = render(report, 'github').split('\n')[0]!
    expect(line).toContain('line=3,col=4,endLine=4,endColumn=27,')
    expect(render({ ...report, findings: [] }, 'github')).toBe('')
  })
})
