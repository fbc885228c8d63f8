import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compare, render } from '../../src/index.js'
import type { RenderFormat, Report } from '../../src/types.js'
import { anyOptions, anyText, articleSet, fuzzTimeout, newsText, runs } from './arbitraries.js'
import { checkReport, worksOrRefuses } from './invariants.js'

const formats: RenderFormat[] = ['json', 'markdown', 'html', 'text', 'sarif', 'github']

// Smaller articles than the other properties: compare runs the whole pipeline on each set.
const smallText = fc.oneof(
  anyText.filter((text) => text.length < 400),
  newsText(25),
)

describe('compare on generated article sets', () => {
  const reports: Report[] = []

  it(`never escapes, gives schema-valid reports with exact spans, deterministically (${runs} inputs)`, {
    timeout: fuzzTimeout,
  }, () => {
    fc.assert(
      fc.property(articleSet(smallText, 3), anyOptions, (inputs, options) => {
        const first = worksOrRefuses(() => compare(inputs, options as never))
        if (first === undefined) return
        checkReport(first)
        expect(first.articles).toHaveLength(inputs.length)
        expect(JSON.stringify(compare(inputs, options as never))).toBe(JSON.stringify(first))
        // Every rendering of a report: a string, the same twice; JSON parses back to the report.
        for (const format of formats) {
          const output = render(first, format)
          expect(typeof output).toBe('string')
          expect(render(first, format)).toBe(output)
        }
        expect(JSON.parse(render(first, 'json'))).toEqual(JSON.parse(JSON.stringify(first)))
        if (reports.length < 50) reports.push(first)
      }),
      { numRuns: runs },
    )
    expect(reports.length).toBeGreaterThan(0)
  })

  it('refuses anything that is not a list of articles with a CorroborateError', {
    timeout: fuzzTimeout,
  }, () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        worksOrRefuses(() => compare(value as never))
      }),
      { numRuns: 2_000 },
    )
  })

  it('refuses unknown formats and non-reports in render with a CorroborateError', {
    timeout: fuzzTimeout,
  }, () => {
    fc.assert(
      fc.property(fc.anything(), fc.oneof(fc.constantFrom(...formats), fc.anything()), (value, format) => {
        worksOrRefuses(() => render(value as never, format as never))
      }),
      { numRuns: 2_000 },
    )
  })
})
