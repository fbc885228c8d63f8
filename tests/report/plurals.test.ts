// Counts in words: '1 outlet', never '1 outlets', in every report that counts in words.
import { describe, expect, it } from 'vitest'
import { compare } from '../../src/compare/index.js'
import { plural } from '../../src/report/describe.js'
import { render } from '../../src/report/index.js'

// One article of one statement: every count the reports print is 1 or 0.
const single = compare([{ id: 'wire', outlet: 'Wire', text: 'The bridge reopened on Monday.' }])

describe('plurals in the reports', () => {
  it('plural() takes the singular for exactly one', () => {
    expect([0, 1, 2].map((count) => plural(count, 'outlet'))).toEqual(['0 outlets', '1 outlet', '2 outlets'])
    expect(plural(3, 'match', 'matches')).toBe('3 matches')
  })

  it('Markdown: 1 outlet, 1 claim, 0 findings', () => {
    const summary = render(single, 'markdown').split('\n')[2]
    expect(summary).toMatch(/^\*\*corroborate report: 1 outlet, 1 claim: .*; \d+ findings?\.\*\*$/)
    expect(summary).not.toMatch(/\b1 (outlets|claims|findings)\b/)
  })

  it('text: 1 article, 1 claim, 1 statement', () => {
    const text = render(single, 'text')
    expect(text.split('\n')[0]).toMatch(/^corroborate: 1 article, 1 claim: /)
    expect(text).toMatch(/^ {2}Wire {2}1 statement, 0 shared, 1 unique, 0 disputed$/m)
  })

  it('HTML: 1 outlet, 1 statement, 1 claim', () => {
    const html = render(single, 'html')
    expect(html).toContain('corroborate report · 1 outlet · 1 statement</p>')
    expect(html).toContain('>1 of 1 claim</span>')
    expect(html).toContain("(claims.length === 1 ? ' claim' : ' claims')")
  })

  it('no renderer writes a plural noun after a count of 1', () => {
    for (const format of ['text', 'markdown', 'html'] as const) {
      expect(render(single, format), format).not.toMatch(
        /\b1 (articles|outlets|claims|statements|findings|agreements|details|errors|warnings|notes)\b/,
      )
    }
  })
})
