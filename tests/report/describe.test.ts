import { describe, expect, it } from 'vitest'
import {
  diffSides,
  foldedSummary,
  groupDigits,
  neutralTitle,
  reportTitle,
  shownClaims,
  splitComparisons,
} from '../../src/report/describe.js'
import type { Claim, DetailComparison, Report } from '../../src/types.js'
import { sampleReport } from '../fixtures/report/sample-report.js'

const report = sampleReport()
const claimWith = (status: DetailComparison['status']) =>
  report.claims.find((claim) => claim.comparisons.some((comparison) => comparison.status === status))!

describe('report titles', () => {
  it("is the event's name when given, white space folded", () => {
    expect(reportTitle(report, '  Founders  Day\nparade ')).toBe('Founders Day parade')
  })

  it('is built from names the outlets agree on, never from a headline', () => {
    const agreed: Report = structuredClone(report)
    const claim = agreed.claims.find((candidate) => candidate.articleIds.length === 3)!
    const values = claim.statementIds.map((statementId) => ({
      articleId: statementId.split('#')[0]!,
      statementId,
      detail: {
        kind: 'place' as const,
        text: 'Tower Square',
        value: 'Tower Square',
        unit: null,
        hedge: null,
        subject: null,
        source: null,
        cue: null,
        granularity: null,
        implied: null,
        start: 0,
        end: 12,
        line: 1,
        column: 1,
      },
    }))
    claim.comparisons.push({
      kind: 'place',
      subject: null,
      status: 'agree',
      values,
      diff: null,
      reason: '',
      confidence: 1,
      reworded: false,
    })
    expect(neutralTitle(agreed)).toBe('Tower Square: what 3 outlets report')
    expect(reportTitle(agreed)).toBe('Tower Square: what 3 outlets report')
    expect(agreed.articles.map((article) => article.title)).not.toContain(reportTitle(agreed))
  })

  it('falls back to the outlet count when the outlets agree on no name', () => {
    expect(neutralTitle(report)).toBe('What 3 outlets report')
    expect(neutralTitle({ articles: report.articles.slice(0, 1), claims: [] })).toBe('What 1 outlet reports')
  })
})

describe('splitComparisons', () => {
  it('puts conflicts first and folds agreements and single-outlet details', () => {
    const claim = claimWith('diverge')
    const { first, folded } = splitComparisons(claim)
    expect(first.map((comparison) => comparison.status)).toContain('diverge')
    expect(first.every((comparison) => ['diverge', 'compatible'].includes(comparison.status))).toBe(true)
    expect(folded.every((comparison) => ['agree', 'unique'].includes(comparison.status))).toBe(true)
    expect(first.length + folded.length).toBe(claim.comparisons.length)
  })

  it('ranks conflicts by confidence, the surest first', () => {
    const base = claimWith('diverge').comparisons.find((comparison) => comparison.status === 'diverge')!
    const claim: Claim = {
      ...claimWith('diverge'),
      comparisons: [
        { ...base, status: 'agree' },
        { ...base, subject: 'weak', confidence: 0.6 },
        { ...base, subject: 'sure', confidence: 0.95 },
      ],
    }
    expect(splitComparisons(claim).first.map((comparison) => comparison.subject)).toEqual(['sure', 'weak'])
  })

  it('says what is folded in words', () => {
    const agree = { status: 'agree' } as DetailComparison
    const unique = { status: 'unique' } as DetailComparison
    expect(foldedSummary([agree, agree, unique])).toBe('2 agreements, 1 detail one outlet gives')
    expect(foldedSummary([unique, unique])).toBe('2 details one outlet gives')
  })
})

describe('diffSides', () => {
  it('names the outlet of the struck words and the outlet of the inserted ones', () => {
    const quote = report.claims
      .flatMap((claim) => claim.comparisons)
      .find((comparison) => comparison.diff !== null)!
    expect(diffSides(quote)).toEqual({ removed: ['wire'], added: ['broadcaster'] })
    expect(diffSides({ ...quote, diff: null })).toBeNull()
  })
})

describe('shownClaims', () => {
  it('keeps every claim without a filter, only the statuses asked for with one', () => {
    expect(shownClaims(report.claims)).toHaveLength(report.claims.length)
    expect(shownClaims(report.claims, [])).toHaveLength(report.claims.length)
    expect(shownClaims(report.claims, ['disputed']).map((claim) => claim.status)).toEqual([
      'disputed',
      'disputed',
    ])
  })
})

describe('groupDigits', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [-1234567.5, '-1,234,567.5'],
    [123456789012345, '123,456,789,012,345'],
    [1e21, '1e+21'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
  ])('%d is %s', (value, expected) => {
    expect(groupDigits(value)).toBe(expected)
  })

  it('leaves a number of more than 15 digits as it is', () => {
    expect(groupDigits(9_007_199_254_740_991)).toBe('9007199254740991')
  })
})
