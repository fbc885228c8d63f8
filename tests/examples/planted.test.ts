import { describe, expect, it } from 'vitest'
import { compare } from '../../src/index.js'
import type { DetailComparison, Report } from '../../src/types.js'
import { type ExampleEvent, loadExampleEvents, type PlantedPair, spanOf } from './events.js'

// Each example event carries conflicts and consistent pairs planted on purpose
// (examples/<event>/PLANTED.md, planted.json). compare must call every planted conflict
// 'diverge' and must never call a planted consistent pair 'diverge'.

const events = loadExampleEvents()

/** The comparisons whose values include both planted values (a detail overlapping each span). */
function comparisonsHolding(report: Report, event: ExampleEvent, pair: PlantedPair): DetailComparison[] {
  const spans = pair.values.map((value) => ({ article: value.article, ...spanOf(event, value) }))
  return report.claims
    .flatMap((claim) => claim.comparisons)
    .filter((comparison) =>
      spans.every((span) =>
        comparison.values.some(
          ({ articleId, detail }) =>
            articleId === span.article && detail.start < span.end && detail.end > span.start,
        ),
      ),
    )
}

function describePair(pair: PlantedPair): string {
  return pair.values.map((value) => `${value.article} '${value.value}'`).join(' vs ')
}

describe('the planted lists', () => {
  it.each(events.map((event) => [event.name, event] as const))(
    '%s: every planted snippet occurs exactly once in its article and contains its value',
    (_name, event) => {
      const problems: string[] = []
      for (const pair of [...event.conflicts, ...event.consistent]) {
        for (const value of pair.values) {
          const text = event.articles.find((article) => article.id === value.article)?.text ?? ''
          const first = text.indexOf(value.locate)
          if (first === -1 || text.indexOf(value.locate, first + 1) !== -1) {
            problems.push(`${pair.id}: '${value.locate}' is not unique in ${value.article}`)
          }
          if (!value.locate.includes(value.value))
            problems.push(`${pair.id}: '${value.value}' not in its snippet`)
        }
      }
      expect(problems).toEqual([])
    },
  )

  it('has at least three conflicts and three consistent pairs per event', () => {
    expect(events.length).toBeGreaterThanOrEqual(3)
    for (const event of events) {
      expect(event.conflicts.length, event.name).toBeGreaterThanOrEqual(3)
      expect(event.consistent.length, event.name).toBeGreaterThanOrEqual(3)
    }
  })
})

describe.each(events.map((event) => [event.name, event] as const))(
  'compare on examples/%s',
  (_name, event) => {
    let cached: Report | undefined
    const report = (): Report => {
      cached ??= compare(event.articles, { outletMarkers: event.outletMarkers })
      return cached
    }

    it.each(event.conflicts.map((pair) => [pair.id, pair] as const))(
      'reports the planted conflict %s as diverge',
      (_id, pair) => {
        const statuses = comparisonsHolding(report(), event, pair).map((comparison) => comparison.status)
        expect(statuses, `${describePair(pair)}: ${pair.note}`).toContain('diverge')
      },
    )

    it.each(event.consistent.map((pair) => [pair.id, pair] as const))(
      'does not report the consistent pair %s as diverge',
      (_id, pair) => {
        const statuses = comparisonsHolding(report(), event, pair).map((comparison) => comparison.status)
        expect(statuses, `${describePair(pair)}: ${pair.note}`).not.toContain('diverge')
      },
    )

    it('marks the claims holding a planted conflict as disputed, and a reworded quote as a misquote only', () => {
      // Only conflicts found as diverge count here; the tests above report the others. A quote
      // reworded by one outlet (no number, negation or name changed) is a misquote finding and
      // a possible conflict, not a dispute of the fact.
      const reworded = event.conflicts.filter((pair) =>
        comparisonsHolding(report(), event, pair).some((c) => c.status === 'diverge' && c.reworded === true),
      )
      for (const pair of reworded) expect(pair.kind).toBe('quote')
      expect(report().findings.filter((f) => f.rule === 'misquote').length).toBeGreaterThanOrEqual(
        reworded.length,
      )
      const notDisputed = event.conflicts.filter((pair) => {
        const holding = comparisonsHolding(report(), event, pair).filter(
          (c) => c.status === 'diverge' && c.reworded !== true,
        )
        const claims = report().claims.filter((claim) => holding.some((c) => claim.comparisons.includes(c)))
        return claims.some((claim) => claim.status !== 'disputed')
      })
      expect(notDisputed.map((pair) => pair.id)).toEqual([])
    })
  },
)
