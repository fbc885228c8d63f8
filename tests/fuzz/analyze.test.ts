import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze, checkFigures } from '../../src/index.js'
import { anyOptions, anyText, articleInput, articleSet, fuzzTimeout, runs } from './arbitraries.js'
import { checkArticle, lineAndColumn, worksOrRefuses } from './invariants.js'

describe('analyze on generated articles', () => {
  it(`never escapes, keeps every span exact and is deterministic (${runs} inputs)`, {
    timeout: fuzzTimeout,
  }, () => {
    fc.assert(
      fc.property(articleInput(anyText), anyOptions, (input, options) => {
        const first = worksOrRefuses(() => analyze(input, options as never))
        if (first === undefined) return
        checkArticle(first)
        expect(first.text).toBe(typeof input === 'string' ? input : input.text)
        expect(JSON.stringify(analyze(input, options as never))).toBe(JSON.stringify(first))
      }),
      { numRuns: runs },
    )
  })

  it('refuses inputs that are not articles with a CorroborateError', { timeout: fuzzTimeout }, () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        worksOrRefuses(() => analyze(value as never))
      }),
      { numRuns: 2_000 },
    )
  })
})

describe('checkFigures on generated articles', () => {
  it(`never escapes, points every finding at its article and is deterministic (${runs} inputs)`, {
    timeout: fuzzTimeout,
  }, () => {
    fc.assert(
      fc.property(
        articleInput(anyText),
        fc.option(articleSet(anyText, 2), { nil: undefined }),
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
