import { describe, expect, it } from 'vitest'
import { agreesEverywhere, compareClaim } from '../../src/compare/details.js'
import { compare } from '../../src/index.js'
import { corroborationThresholdOf } from '../../src/options.js'
import { count, options, pair } from './make.js'

// Two outlets stating one fact in other word order: every pair links strongly.
const opening = [
  { id: 'herald', text: 'The Kestrel Bridge will open to traffic in April, the city said.' },
  { id: 'courier', text: 'The city said the Kestrel Bridge would open to traffic in April.' },
]

// Two outlets on one story, stating different facts about it: linked, but weakly.
const library = [
  { id: 'herald', text: 'The council voted to close the Harlow library branch at the end of the year.' },
  {
    id: 'courier',
    text: 'Residents protested outside the Harlow library on Saturday, saying the council had ignored them.',
  },
]

const linked = (report: ReturnType<typeof compare>) =>
  report.claims.filter((claim) => claim.articleIds.length > 1)

describe("claims linked too weakly to be one fact are 'related'", () => {
  it('calls a claim corroborated when every two of its outlets link strongly', () => {
    const report = compare(opening)
    const [claim] = linked(report)
    expect(claim?.status).toBe('corroborated')
    expect(claim!.weakestLink).toBeGreaterThanOrEqual(0.75)
    expect(report.stats).toMatchObject({ corroborated: 1, related: 0, singleSource: 0 })
  })

  it('calls statements about one story that state different facts related, and not single-source', () => {
    const report = compare(library)
    const [claim] = linked(report)
    expect(claim?.status).toBe('related')
    expect(claim!.weakestLink).toBeLessThan(0.75)
    expect(claim!.weakestLink).toBeGreaterThan(0)
    expect(report.stats).toMatchObject({ corroborated: 0, related: 1, singleSource: 0 })
    expect(report.articles.map((article) => article.coverage.unique)).toEqual([0, 0])
  })

  it('gives a claim of one article a weakest link of 1', () => {
    const report = compare([{ id: 'herald', text: 'The Kestrel Bridge will open in April.' }])
    expect(report.claims.map((claim) => [claim.status, claim.weakestLink])).toEqual([['single-source', 1]])
  })

  it('takes the cutoff from corroborationThreshold, and records it in the report', () => {
    const lenient = compare(library, { corroborationThreshold: 0 })
    expect(linked(lenient)[0]?.status).toBe('corroborated')
    expect(lenient.options.corroborationThreshold).toBe(0)
    const strict = compare(opening, { corroborationThreshold: 1 })
    expect(linked(strict)[0]?.status).toBe('related')
    expect(compare(opening).options.corroborationThreshold).toBeNull()
  })

  it('sets the default cutoff 0.15 above the link threshold', () => {
    expect(corroborationThresholdOf(options())).toBe(0.74)
    expect(corroborationThresholdOf(options({ threshold: 0.4 }))).toBe(0.55)
    expect(corroborationThresholdOf(options({ threshold: 0.95 }))).toBe(1)
    expect(corroborationThresholdOf(options({ threshold: 0.4, corroborationThreshold: 0.9 }))).toBe(0.9)
  })

  it('finds the one weak statement of a claim larger than the members it spreads, in either order', () => {
    const strong =
      'Police said 12 people were killed when the ferry Marisol capsized on the River Aske on Thursday.'
    const weak = { id: 'brief', text: 'The Marisol ferry sank in the Aske.' }
    const many = Array.from({ length: 9 }, (_, i) => ({ id: `wire${i}`, text: strong }))
    for (const articles of [
      [weak, ...many],
      [...many, weak],
    ]) {
      const [claim] = linked(compare(articles))
      expect(claim?.statementIds).toHaveLength(10)
      expect(claim?.status).toBe('related')
      expect(claim!.weakestLink).toBeLessThan(0.75)
    }
  })

  it('floors the weakest link, so that it never rounds up to the threshold it misses', () => {
    const hook = () => 0.73996
    const [claim] = linked(compare(opening, { similarity: hook }))
    expect(claim?.weakestLink).toBe(0.7399)
    expect(claim?.status).toBe('related')
  })

  it.each([1.5, -0.1, 'high', Number.NaN])('refuses corroborationThreshold %s with E_OPTION', (value) => {
    expect(() => compare(opening, { corroborationThreshold: value as number })).toThrow(
      expect.objectContaining({ code: 'E_OPTION', message: expect.stringMatching(/corroborationThreshold/) }),
    )
  })
})

describe('compareClaim: corroborated or related', () => {
  const snow = () =>
    pair(
      { text: '12 inches of snow fell on Brennock overnight.', details: [count('12 inches', 12, 'snow')] },
      { text: 'Overnight, 12 inches of snow fell on Brennock.', details: [count('12 inches', 12, 'snow')] },
    )

  it('calls a weakly linked claim related', () => {
    const setup = pair('Snow fell on Brennock overnight.', 'Schools in Brennock stayed shut.')
    setup.claim.weakestLink = 0.5
    expect(compareClaim(setup.claim, setup.statementsById, options()).status).toBe('related')
  })

  it('calls a weakly linked claim corroborated when every outlet gives one figure, confidently agreeing', () => {
    const setup = snow()
    setup.claim.weakestLink = 0.5
    const result = compareClaim(setup.claim, setup.statementsById, options())
    const figure = result.comparisons.find((comparison) => comparison.kind === 'count')!
    expect(figure.status).toBe('agree')
    expect(figure.confidence).toBeGreaterThanOrEqual(0.5)
    expect(result.status).toBe('corroborated')
  })

  it('reads a claim without a weakest link (a report of schema 2.0.0) as strongly linked', () => {
    const setup = pair('Snow fell on Brennock overnight.', 'Schools in Brennock stayed shut.')
    setup.claim.weakestLink = null
    expect(compareClaim(setup.claim, setup.statementsById, options()).status).toBe('corroborated')
  })
})

describe('agreesEverywhere', () => {
  const { claim, statementsById } = (() => {
    const setup = pair(
      { text: 'Forty homes burned.', details: [count('Forty homes', 40, 'homes')] },
      { text: '40 homes burned.', details: [count('40 homes', 40, 'homes')] },
    )
    return setup
  })()
  const [figure] = compareClaim(claim, statementsById, options()).comparisons.filter(
    (comparison) => comparison.kind === 'count',
  )

  it('holds for an agreeing figure that every article gives, at the conflict cutoff', () => {
    expect(agreesEverywhere({ ...figure!, confidence: 0.5 }, 2, 0.5)).toBe(true)
  })

  it('fails below the cutoff, when an article lacks the figure, for a diverging figure and for a name', () => {
    expect(agreesEverywhere({ ...figure!, confidence: 0.49 }, 2, 0.5)).toBe(false)
    expect(agreesEverywhere({ ...figure!, confidence: 1 }, 3, 0.5)).toBe(false)
    expect(agreesEverywhere({ ...figure!, confidence: 1, status: 'diverge' }, 2, 0.5)).toBe(false)
    expect(agreesEverywhere({ ...figure!, confidence: 1, kind: 'person' }, 2, 0.5)).toBe(false)
  })
})
