import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractDetails, segment } from '../../src/index.js'
import { anyOptions, anyText, fuzzTimeout, refusalRuns, runs } from './arbitraries.js'
import { checkDetail, checkStatements, worksOrRefuses } from './invariants.js'

describe('segment on generated text', () => {
  it(`never escapes, keeps every span exact and is deterministic (${runs} inputs)`, {
    timeout: fuzzTimeout,
  }, () => {
    fc.assert(
      fc.property(anyText, anyOptions, (text, options) => {
        const first = worksOrRefuses(() => segment(text, options as never))
        if (first === undefined) return
        checkStatements(text, first, first[0]?.articleId ?? 'a1')
        for (const statement of first) expect(statement.details).toEqual([])
        expect(JSON.stringify(segment(text, options as never))).toBe(JSON.stringify(first))
      }),
      { numRuns: runs },
    )
  })

  it('refuses non-string input with a CorroborateError, never a raw exception', {
    timeout: fuzzTimeout,
  }, () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        if (typeof value === 'string') return
        expect(worksOrRefuses(() => segment(value as never))).toBeUndefined()
      }),
      { numRuns: refusalRuns },
    )
  })
})

describe('extractDetails on generated text', () => {
  it(`never escapes, slices every detail exactly and is deterministic (${runs} inputs)`, {
    timeout: fuzzTimeout,
  }, () => {
    fc.assert(
      fc.property(anyText, anyOptions, (text, options) => {
        const first = worksOrRefuses(() => extractDetails(text, options as never))
        if (first === undefined) return
        for (const detail of first) checkDetail(text, detail, 'extractDetails')
        expect(JSON.stringify(extractDetails(text, options as never))).toBe(JSON.stringify(first))
      }),
      { numRuns: runs },
    )
  })

  it('refuses non-string input with a CorroborateError, never a raw exception', {
    timeout: fuzzTimeout,
  }, () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        if (typeof value === 'string') return
        expect(worksOrRefuses(() => extractDetails(value as never))).toBeUndefined()
      }),
      { numRuns: refusalRuns },
    )
  })
})
