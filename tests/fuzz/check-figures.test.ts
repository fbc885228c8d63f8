import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkFigures } from '../../src/index.js'
import { anyText, articleInput, articleSet, fuzzTimeout, newsText, runs } from './arbitraries.js'
import { lineAndColumn, worksOrRefuses } from './invariants.js'

describe('checkFigures on generated articles', () => {
  it(`never escapes, points every finding at its article and is deterministic (${runs} inputs)`, {
    timeout: fuzzTimeout,
  }, () => {
    fc.assert(
      fc.property(
        articleInput(anyText.filter((text) => text.length < 300)),
        fc.option(articleSet(newsText(14), 1), { nil: undefined }),
        (input, sources) => {
          const options = sources === undefined ? undefined : { sources }
          const first = worksOrRefuses(() => checkFigures(input, options))
          if (first === undefined) return
          const text = typeof input === 'string' ? input : input.text
          for (const finding of first) {
            expect(finding.start).toBeGreaterThanOrEqual(0)
            expect(finding.end).toBeGreaterThanOrEqual(finding.start)
            expect(finding.end).toBeLessThanOrEqual(text.length)
            expect({ line: finding.line, column: finding.column }).toEqual(lineAndColumn(text, finding.start))
            expect(finding.message.trim()).not.toBe('')
          }
          expect(JSON.stringify(checkFigures(input, options))).toBe(JSON.stringify(first))
        },
      ),
      { numRuns: runs },
    )
  })
})
