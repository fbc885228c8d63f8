import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/index.js'
import { anyOptions, anyText, articleInput, fuzzTimeout, refusalRuns, runs } from './arbitraries.js'
import { checkArticle, worksOrRefuses } from './invariants.js'

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
      { numRuns: refusalRuns },
    )
  })
})
