import { describe, it } from 'vitest'
import { articleSet, articleText, fuzzTimeout, runs } from './arbitraries.js'
import { assertComparesAndRenders } from './compare-property.js'

// The other half of compare's and render's inputs (see compare-render.test.ts): sets of
// article-shaped plain text, Markdown and HTML, with and without outlet metadata.
const articles = articleText.filter((text) => text.length < 400)

describe('compare and render on generated article sets (article-shaped)', () => {
  it(`never escape, give schema-valid reports with exact spans, deterministically (${Math.floor(runs / 2)} inputs)`, {
    timeout: fuzzTimeout,
  }, () => {
    assertComparesAndRenders(articleSet(articles, 2), Math.floor(runs / 2))
  })
})
