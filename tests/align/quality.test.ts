import { describe, expect, it } from 'vitest'
import { align } from '../../src/align/index.js'
import { analyze } from '../../src/extract/analyze.js'
import type { Article } from '../../src/types.js'
import { articlesOf, type LabelledEvent, labelledEvents, score } from './fixture.js'

// Measured on tests/fixtures/align/events.json (61 true links over 3 events, 4 outlets each):
// precision 0.889, recall 0.787, F1 0.835, both from sentences and through analyze().
// The floors sit a little below, so that a change that costs quality fails here.
const floor = { precision: 0.86, recall: 0.76, f1: 0.81 }

function pooled(build: (event: LabelledEvent) => Article[]) {
  let hits = 0
  let predicted = 0
  let truth = 0
  for (const event of labelledEvents) {
    const result = score(align(build(event)), event.facts)
    hits += result.hits
    predicted += result.predicted
    truth += result.truth
  }
  const precision = hits / predicted
  const recall = hits / truth
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall), truth }
}

describe('alignment quality on the labelled fixture', () => {
  it('links the statements people link, over every pair of statements', () => {
    const result = pooled(articlesOf)
    expect(result.truth).toBe(61)
    expect(result.precision).toBeGreaterThanOrEqual(floor.precision)
    expect(result.recall).toBeGreaterThanOrEqual(floor.recall)
    expect(result.f1).toBeGreaterThanOrEqual(floor.f1)
  })

  it('keeps that quality on articles analysed from raw text', () => {
    const result = pooled((event) =>
      event.articles.map((article, i) =>
        analyze({ id: article.id, outlet: article.outlet, text: article.sentences.join(' ') }, {}, i),
      ),
    )
    expect(result.f1).toBeGreaterThanOrEqual(floor.f1)
  })

  it('never puts statements of different events in one claim', () => {
    const everything = labelledEvents.flatMap(articlesOf)
    const eventOf = new Map(
      labelledEvents.flatMap((event) => event.articles.map((article) => [article.id, event.name] as const)),
    )
    for (const claim of align(everything)) {
      expect(new Set(claim.articleIds.map((id) => eventOf.get(id))).size).toBe(1)
    }
  })
})
