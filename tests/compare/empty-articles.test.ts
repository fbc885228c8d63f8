// A scraped batch has empty articles: each is kept in the report with no statements and an
// 'empty-article' finding, and the rest is compared. Only a batch with nothing to read fails.
import { describe, expect, it } from 'vitest'
import { compare, compareAsync } from '../../src/compare/index.js'
import { isCorroborateError } from '../../src/errors.js'
import { render } from '../../src/report/index.js'
import type { ArticleInput } from '../../src/types.js'

const wire = 'Police said 12 people were killed when the ferry capsized on Thursday.'
const gazette = 'Police said 14 people were killed when the ferry capsized on Thursday.'
// Control characters count as blank: every reader sees them as spaces.
const blanks = ['', ' ', '\n\n\t', '\u00a0\r\n', '\u0000\u0007', ' \u001b\u009b\n']

function codeOf(run: () => unknown): string | undefined {
  try {
    run()
  } catch (error) {
    return isCorroborateError(error) ? error.code : `raw ${String(error)}`
  }
  return undefined
}

describe('compare: empty articles in a batch', () => {
  for (const blank of blanks) {
    it(`keeps an article of ${JSON.stringify(blank)} and compares the rest`, () => {
      const inputs: ArticleInput[] = [
        { id: 'wire', text: wire },
        { id: 'empty', outlet: 'Empty Post', text: blank },
        { id: 'gazette', text: gazette },
      ]
      const report = compare(inputs)
      expect(report.articles.map((article) => [article.id, article.statements.length])).toEqual([
        ['wire', 1],
        ['empty', 0],
        ['gazette', 1],
      ])
      expect(report.claims.some((claim) => claim.status === 'disputed')).toBe(true)
      const empty = report.findings.filter((finding) => finding.rule === 'empty-article')
      expect(empty).toEqual([
        expect.objectContaining({ articleId: 'empty', start: 0, end: blank.length, line: 1, column: 1 }),
      ])
      expect(empty[0]!.message).toContain('Empty Post is empty')
      expect(report.articles[1]!.coverage).toEqual({ statements: 0, shared: 0, unique: 0, disputed: 0 })
      for (const format of ['json', 'markdown', 'text', 'html', 'sarif', 'github'] as const)
        expect(() => render(report, format)).not.toThrow()
    })
  }

  // Markup that reads no text is as empty to a reader as a blank file.
  const textless: [string, 'html' | 'markdown'][] = [
    ['<p></p>', 'html'],
    ['<html><body><div> </div><script>load()</script></body></html>', 'html'],
    ['***\n\n---\n', 'markdown'],
    ['<!-- nothing yet -->', 'markdown'],
  ]
  for (const [text, format] of textless) {
    it(`keeps ${format} of no text, ${JSON.stringify(text)}, with an empty-article finding`, () => {
      const report = compare([
        { id: 'wire', text: wire },
        { id: 'shell', outlet: 'Shell Daily', text, format },
        { id: 'gazette', text: gazette },
      ])
      expect(report.articles.map((article) => article.statements.length)).toEqual([1, 0, 1])
      const empty = report.findings.filter((finding) => finding.rule === 'empty-article')
      expect(empty).toEqual([expect.objectContaining({ articleId: 'shell', start: 0, end: text.length })])
      expect(empty[0]!.message).toContain('Shell Daily has no text to read, only markup')
    })
  }

  it('refuses a batch whose every article is markup of no text or blank: E_INPUT_EMPTY', () => {
    const shells: ArticleInput[] = [
      { text: '<p></p>', format: 'html' },
      { text: '\u0007 \n' },
      { text: '---\n', format: 'markdown' },
    ]
    expect(codeOf(() => compare(shells))).toBe('E_INPUT_EMPTY')
    expect(() => compare(shells)).toThrow('None of the 3 articles has text to read')
    expect(codeOf(() => compare([shells[0]!]))).toBe('E_INPUT_EMPTY')
  })

  it('keeps ids by position: an empty string article is still a2', () => {
    const report = compare([wire, '', gazette])
    expect(report.articles.map((article) => article.id)).toEqual(['a1', 'a2', 'a3'])
  })

  it('compareAsync does the same', async () => {
    const report = await compareAsync([wire, '   '], { similarity: async () => 0.5 })
    expect(report.findings.map((finding) => finding.rule)).toContain('empty-article')
  })

  it('refuses a batch with nothing to compare: E_INPUT_EMPTY', () => {
    expect(codeOf(() => compare([]))).toBe('E_INPUT_EMPTY')
    expect(codeOf(() => compare(['']))).toBe('E_INPUT_EMPTY')
    expect(codeOf(() => compare(['', ' \n', { text: '\t' }]))).toBe('E_INPUT_EMPTY')
  })

  it('still validates the other fields of an empty article', () => {
    expect(codeOf(() => compare([wire, { text: '', publishedAt: 'yesterday' }]))).toBe('E_INPUT_TYPE')
    expect(codeOf(() => compare([wire, { id: 'a1', text: '' }]))).toBe('E_INPUT_TYPE')
  })
})
