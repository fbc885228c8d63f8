import { describe, expect, it } from 'vitest'
import { segment } from '../../src/segment/index.js'
import { cases } from '../fixtures/segment/cases.js'

describe('segmentation case table', () => {
  it('has at least 150 cases with unique names', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150)
    expect(new Set(cases.map((testCase) => testCase.name)).size).toBe(cases.length)
  })

  it.each(cases.map((testCase) => [testCase.name, testCase] as const))('%s', (_name, testCase) => {
    const statements = segment(testCase.input, {
      ...(testCase.format === undefined ? {} : { format: testCase.format }),
      ...(testCase.granularity === undefined ? {} : { granularity: testCase.granularity }),
      ...(testCase.outletMarkers === undefined ? {} : { outletMarkers: testCase.outletMarkers }),
    })
    expect(statements.map((statement) => statement.text)).toEqual(testCase.expected)
    if (testCase.kinds !== undefined)
      expect(statements.map((statement) => statement.kind)).toEqual(testCase.kinds)
    if (testCase.citations !== undefined) {
      expect(
        statements.map((statement) =>
          statement.citations.map((citation) => `${citation.kind}:${citation.source}`),
        ),
      ).toEqual(testCase.citations)
    }
    for (const statement of statements) {
      expect(statement.start).toBeLessThan(statement.end)
      for (const citation of statement.citations) {
        expect(testCase.input.slice(citation.start, citation.end).length).toBe(citation.end - citation.start)
      }
    }
  })
})
