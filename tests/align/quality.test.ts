import { describe, expect, it } from 'vitest'
import { align } from '../../src/align/index.js'
import { analyze } from '../../src/extract/analyze.js'
import type { Article } from '../../src/types.js'
import { articlesOf, heldoutEvents, type LabelledEvent, labelledEvents, score } from './fixture.js'

// Measured on tests/fixtures/align/events.json (61 true links over 3 events, 4 outlets each)
// with the link score of `align` (the mean of the same-statement and in-context models, both
// sign-bounded) and the default threshold 0.6: precision 0.902, recall 0.754, F1 0.821. With
// TF-IDF cosine, tuned on this very fixture, it was 0.952 / 0.967 / 0.959; on real coverage by
// other people (the ECB+ dev topics, `npm run eval`) that scorer found 11% of the linked
// sentence pairs at precision 0.84, the model about 25% at 0.80, which is why the model is the
// default.
// On tests/fixtures/align/heldout.json (40 true links over 2 events, written before any
// tuning): precision 0.850, recall 0.425, F1 0.567 (TF-IDF: 0.920 / 0.575 / 0.708): its
// paraphrases share few words, the gap a `similarity` hook with embeddings fills. Its three
// false links are one chief executive's two statements and a union's two, all 'X said ...';
// the in-context model alone (before readers of real coverage led to the blend) scored 0.895
// there, but grouped different facts about one person in real news far more often.
// The floors sit a little below, so that a change that costs quality fails here.
const floor = { precision: 0.9, recall: 0.73, f1: 0.8 }
const heldoutFloor = { precision: 0.84, recall: 0.4, f1: 0.55 }

function pooled(events: readonly LabelledEvent[], build: (event: LabelledEvent) => Article[]) {
  let hits = 0
  let predicted = 0
  let truth = 0
  for (const event of events) {
    const result = score(align(build(event)), event.facts)
    hits += result.hits
    predicted += result.predicted
    truth += result.truth
  }
  const precision = hits / predicted
  const recall = hits / truth
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall), truth }
}

const fromRawText = (event: LabelledEvent): Article[] =>
  event.articles.map((article) =>
    analyze({ id: article.id, outlet: article.outlet, text: article.sentences.join(' ') }),
  )

describe.each([
  ['the labelled fixture', labelledEvents, floor, 61],
  ['the held-out fixture', heldoutEvents, heldoutFloor, 40],
])('alignment quality on %s', (_, events, floors, links) => {
  it('links the statements people link, over every pair of statements', () => {
    const result = pooled(events, articlesOf)
    expect(result.truth).toBe(links)
    expect(result.precision).toBeGreaterThanOrEqual(floors.precision)
    expect(result.recall).toBeGreaterThanOrEqual(floors.recall)
    expect(result.f1).toBeGreaterThanOrEqual(floors.f1)
  })

  it('keeps that quality on articles analysed from raw text', () => {
    expect(pooled(events, fromRawText).f1).toBeGreaterThanOrEqual(floors.f1)
  })

  it('never puts statements of different events in one claim', () => {
    const everything = events.flatMap(articlesOf)
    const eventOf = new Map(
      events.flatMap((event) => event.articles.map((article) => [article.id, event.name] as const)),
    )
    for (const claim of align(everything)) {
      expect(new Set(claim.articleIds.map((id) => eventOf.get(id))).size).toBe(1)
    }
  })
})
