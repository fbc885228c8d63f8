import fc from 'fast-check'
import { describe, it } from 'vitest'
import { compare, render } from '../../src/index.js'
import { anyText, articleSet, fuzzTimeout, newsText, refusalRuns, runs } from './arbitraries.js'
import { assertComparesAndRenders } from './compare-property.js'
import { worksOrRefuses } from './invariants.js'

// Half of compare's and render's inputs: sets of small news-like soup and arbitrary strings.
// compare-articles.test.ts runs the other half on article-shaped Markdown and HTML.
const soup = fc.oneof(
  newsText(14),
  anyText.filter((text) => text.length < 200),
)

describe('compare and render on generated article sets (word soup)', () => {
  it(`never escape, give schema-valid reports with exact spans, deterministically (${Math.ceil(runs / 2)} inputs)`, {
    timeout: fuzzTimeout,
  }, () => {
    assertComparesAndRenders(articleSet(soup, 3), Math.ceil(runs / 2))
  })

  it('refuses anything that is not a list of articles with a CorroborateError', {
    timeout: fuzzTimeout,
  }, () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        worksOrRefuses(() => compare(value as never))
      }),
      { numRuns: refusalRuns },
    )
  })

  it('refuses unknown formats and non-reports in render with a CorroborateError', {
    timeout: fuzzTimeout,
  }, () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.oneof(fc.constantFrom('json', 'html', 'pdf'), fc.anything()),
        (value, format) => {
          worksOrRefuses(() => render(value as never, format as never))
        },
      ),
      { numRuns: refusalRuns },
    )
  })
})
