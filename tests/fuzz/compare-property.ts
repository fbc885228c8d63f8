import fc from 'fast-check'
import { expect } from 'vitest'
import { compare, render } from '../../src/index.js'
import type { ArticleInput, RenderFormat } from '../../src/types.js'
import { anyOptions } from './arbitraries.js'
import { checkReport, worksOrRefuses } from './invariants.js'

const formats: RenderFormat[] = ['json', 'markdown', 'html', 'text', 'sarif', 'github']

/**
 * The compare + render property over sets of articles from `articles`: no escapes, a report
 * valid against schema.json with exact spans, the same report twice, every format rendered
 * to a string, and the JSON rendering parsing back to the report. The two compare test files
 * run it on different generators, `numRuns` each, so that compare and every render format
 * see `runs` inputs in all and the two halves run in parallel.
 */
export function assertComparesAndRenders(articles: fc.Arbitrary<ArticleInput[]>, numRuns: number): void {
  fc.assert(
    fc.property(articles, anyOptions, (inputs, options) => {
      const first = worksOrRefuses(() => compare(inputs, options as never))
      if (first === undefined) return
      checkReport(first)
      expect(first.articles).toHaveLength(inputs.length)
      expect(JSON.stringify(compare(inputs, options as never))).toBe(JSON.stringify(first))
      for (const format of formats) expect(typeof render(first, format)).toBe('string')
      expect(JSON.parse(render(first, 'json'))).toEqual(JSON.parse(JSON.stringify(first)))
    }),
    { numRuns },
  )
}
