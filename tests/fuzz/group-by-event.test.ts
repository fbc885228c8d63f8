import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { groupByEvent } from '../../src/index.js'
import { anyOptions, anyText, articleSet, fuzzTimeout, refusalRuns, runs } from './arbitraries.js'
import { worksOrRefuses } from './invariants.js'

describe('groupByEvent on generated piles', () => {
  it(`never escapes, puts every input in exactly one group and is deterministic (${runs} inputs)`, {
    timeout: fuzzTimeout,
  }, () => {
    fc.assert(
      fc.property(articleSet(anyText, 6), anyOptions, (inputs, options) => {
        const groups = worksOrRefuses(() => groupByEvent(inputs, options as never))
        if (groups === undefined) return
        const placed = groups.flat()
        expect(placed).toHaveLength(inputs.length)
        for (const input of inputs) expect(placed).toContain(input)
        for (const group of groups) expect(group.length).toBeGreaterThan(0)
        const again = groupByEvent(inputs, options as never)
        expect(again.map((group) => group.map((input) => inputs.indexOf(input)))).toEqual(
          groups.map((group) => group.map((input) => inputs.indexOf(input))),
        )
      }),
      { numRuns: runs },
    )
  })

  it('refuses anything that is not a list of articles with a CorroborateError', {
    timeout: fuzzTimeout,
  }, () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        worksOrRefuses(() => groupByEvent(value as never))
      }),
      { numRuns: refusalRuns },
    )
  })
})
