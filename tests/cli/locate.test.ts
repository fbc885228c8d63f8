import { describe, expect, it } from 'vitest'
import type { LoadedArticle } from '../../src/cli/article.js'
import { displayPath, withFilePaths } from '../../src/cli/locate.js'
import type { Report, ReportArticle, Statement } from '../../src/types.js'

function statement(articleId: string, index: number): Statement {
  return {
    id: `${articleId}#${index}`,
    articleId,
    index,
    text: 'The ferry carried 212 passengers.',
    kind: 'sentence',
    start: 0,
    end: 33,
    line: 1,
    column: 1,
    details: [],
    citations: [],
  }
}

function article(id: string, url: string | null): ReportArticle {
  return {
    id,
    outlet: id,
    title: null,
    url,
    publishedAt: null,
    format: 'text',
    text: 'The ferry carried 212 passengers.',
    statements: [statement(id, 0)],
    coverage: { statements: 1, shared: 1, unique: 0, disputed: 1 },
  }
}

const report = {
  schemaVersion: '1.0.0',
  articles: [article('gazette', 'https://gazette.example/ferry'), article('radio', null)],
  claims: [
    {
      id: 'c1',
      statementIds: ['gazette#0', 'radio#0'],
      articleIds: ['gazette', 'radio'],
      score: 1,
      status: 'disputed',
      comparisons: [
        {
          kind: 'count',
          subject: 'passengers',
          status: 'diverge',
          values: [{ articleId: 'gazette', statementId: 'gazette#0', detail: {} }],
          diff: null,
          reason: '',
        },
      ],
      why: { terms: [], names: [], subjects: [], summary: '' },
    },
  ],
  findings: [
    {
      rule: 'divergent-detail',
      severity: 'error',
      articleId: 'gazette',
      statementId: 'gazette#0',
      start: 18,
      end: 21,
      line: 1,
      column: 19,
      message: 'The gazette says 212.',
    },
  ],
  stats: {
    articles: 2,
    statements: 2,
    claims: 1,
    corroborated: 0,
    disputed: 1,
    singleSource: 0,
    findings: 1,
  },
  options: {},
} as unknown as Report

const loaded: LoadedArticle[] = [
  { label: './stories/gazette.md', input: { id: 'gazette', text: '' } },
  { label: 'radio.jsonl', record: 1, input: { id: 'radio', text: '' } },
]

describe('withFilePaths', () => {
  const located = withFilePaths(report, loaded, '/repo')

  it('renames file articles after their path everywhere in the report', () => {
    expect(located.articles.map((entry) => entry.id)).toEqual(['stories/gazette.md', 'radio'])
    expect(located.articles[0]?.statements[0]).toMatchObject({
      id: 'stories/gazette.md#0',
      articleId: 'stories/gazette.md',
    })
    expect(located.claims[0]?.statementIds).toEqual(['stories/gazette.md#0', 'radio#0'])
    expect(located.claims[0]?.articleIds).toEqual(['stories/gazette.md', 'radio'])
    expect(located.claims[0]?.comparisons[0]?.values[0]).toMatchObject({ articleId: 'stories/gazette.md' })
    expect(located.findings[0]).toMatchObject({
      articleId: 'stories/gazette.md',
      statementId: 'stories/gazette.md#0',
    })
  })

  it('drops the web url of a file article, and keeps articles from JSON files as they were', () => {
    expect(located.articles[0]?.url).toBeNull()
    expect(located.articles[1]).toBe(report.articles[1])
  })

  it('leaves the input report untouched', () => {
    expect(report.articles[0]?.id).toBe('gazette')
    expect(report.findings[0]?.articleId).toBe('gazette')
  })
})

describe('displayPath', () => {
  it.each([
    ['stories/a.md', '/repo', 'stories/a.md'],
    ['./stories/a.md', '/repo', 'stories/a.md'],
    ['/repo/stories/a.md', '/repo', 'stories/a.md'],
    ['/elsewhere/a.md', '/repo', '/elsewhere/a.md'],
    ['../a.md', '/repo/stories', '/repo/a.md'],
  ])('%s from %s is %s', (path, cwd, expected) => {
    expect(displayPath(path, cwd)).toBe(expected)
  })
})
