import { describe, expect, it } from 'vitest'
import { failing, parseFailOn } from '../../src/cli/fail-on.js'
import { compareClaim, isConflict } from '../../src/compare/details.js'
import { claimFindings } from '../../src/compare/findings.js'
import { isPossibleConflict } from '../../src/compare/rules.js'
import { type ConfidenceEvidence, pairConfidence } from '../../src/compare/same-thing.js'
import { CorroborateError, compare, defaultOptions, render } from '../../src/index.js'
import { orderClaims, orderComparisons } from '../../src/report/describe.js'
import type { ArticleInput, Claim, DetailComparison, Report } from '../../src/types.js'
import { loadExampleEvents, spanOf } from '../examples/events.js'
import { claim, count, date, money, options, pair } from './make.js'

// Every comparison carries a confidence, 0..1, that its values are one fact. A divergence
// below `minConflictConfidence` (default 0.5) is a possible conflict. Articles are written for
// this test.

function twoOutlets(a: string, b: string, extra?: Parameters<typeof compare>[1]): Report {
  const inputs: ArticleInput[] = [
    { id: 'wire', outlet: 'Wire', text: a },
    { id: 'post', outlet: 'Post', text: b },
  ]
  return compare(inputs, extra)
}

const diverging = (report: Report): DetailComparison[] =>
  report.claims.flatMap((c) => c.comparisons).filter((comparison) => comparison.status === 'diverge')

// Two statements whose dates have no subject and different ordinary verbs: perhaps two events.
const repaintedThursday = 'The ferry Marisol was repainted on Thursday, the operator said.'
const inspectedFriday = 'The ferry Marisol was inspected on Friday, the operator said.'

describe('confidence of real conflicts', () => {
  it('is high for 12 dead against 14 dead in otherwise the same sentence', () => {
    const report = twoOutlets(
      'The fire at the Dunmore warehouse killed 12 people, the fire service said.',
      'The fire at the Dunmore warehouse killed 14 people, the fire service said.',
    )
    const [conflict] = diverging(report)
    expect(conflict?.kind).toBe('count')
    expect(conflict!.confidence).toBeGreaterThanOrEqual(0.7)
    expect(report.stats.disputed).toBe(1)
    expect(report.findings.map((finding) => [finding.severity, finding.message])).toEqual([
      ['error', 'Death toll 12 diverges from 14 (Post)'],
      ['error', 'Death toll 14 diverges from 12 (Wire)'],
    ])
  })

  it('is high for $15 million against $20 million for the same grant', () => {
    const report = twoOutlets(
      'The city won a $15 million federal grant to rebuild the Ashford bridge.',
      'The city won a $20 million federal grant to rebuild the Ashford bridge.',
    )
    const [conflict] = diverging(report)
    expect(conflict?.kind).toBe('money')
    expect(conflict!.confidence).toBeGreaterThanOrEqual(0.7)
    expect(report.stats.disputed).toBe(1)
  })

  it('is 1 for unique details and names', () => {
    const report = twoOutlets(
      'Mayor Ana Ortiz opened the Ashford bridge on Monday.',
      'Mayor Ana Ortiz opened the Ashford bridge, which cost $20 million.',
    )
    const comparisons = report.claims.flatMap((c) => c.comparisons)
    expect(comparisons.length).toBeGreaterThan(0)
    for (const comparison of comparisons) {
      if (comparison.status === 'unique' || comparison.kind === 'person')
        expect(comparison.confidence).toBe(1)
    }
  })

  describe.each(loadExampleEvents().map((event) => [event.name, event] as const))(
    'examples/%s',
    (_name, event) => {
      const report = compare(event.articles, { outletMarkers: event.outletMarkers })
      it.each(event.conflicts.map((planted) => [planted.id, planted] as const))(
        'finds the planted conflict %s as a confident diverge',
        (_id, planted) => {
          const spans = planted.values.map((value) => ({ article: value.article, ...spanOf(event, value) }))
          const holding = report.claims
            .flatMap((c) => c.comparisons)
            .filter((comparison) =>
              spans.every((span) =>
                comparison.values.some(
                  ({ articleId, detail }) =>
                    articleId === span.article && detail.start < span.end && detail.end > span.start,
                ),
              ),
            )
          const confident = holding.filter((comparison) =>
            isConflict(comparison, defaultOptions.minConflictConfidence),
          )
          expect(confident.length, planted.note).toBeGreaterThan(0)
        },
      )
    },
  )
})

describe('possible conflicts', () => {
  it('keep a weak divergence in the claim, but do not dispute it', () => {
    const report = twoOutlets(repaintedThursday, inspectedFriday)
    const [weak] = diverging(report)
    expect(weak?.kind).toBe('date')
    expect(weak!.confidence).toBeLessThan(0.5)
    expect(report.stats.disputed).toBe(0)
    const shared = report.claims.find((c) => c.articleIds.length === 2)!
    expect(shared.status).toBe('corroborated')
  })

  it('are notes that say so, and --fail-on diverge does not fail on them', () => {
    const report = twoOutlets(repaintedThursday, inspectedFriday)
    const notes = report.findings.filter((finding) => finding.rule === 'divergent-detail')
    expect(notes.length).toBe(2)
    for (const finding of notes) {
      expect(finding.severity).toBe('note')
      expect(finding.message).toMatch(
        /^Possible conflict \(confidence 0\.\d\d\): Date Thursday|^Possible conflict/,
      )
      expect(isPossibleConflict(finding)).toBe(true)
    }
    expect(failing(report.findings, parseFailOn('diverge', 'compare'))).toEqual([])
    expect(failing(report.findings, parseFailOn('any', 'compare'))).toEqual([])
    expect(failing(report.findings, parseFailOn('possible', 'compare'))).toEqual(notes)
  })

  it('become conflicts when minConflictConfidence is lowered', () => {
    const report = twoOutlets(repaintedThursday, inspectedFriday, { minConflictConfidence: 0.1 })
    expect(report.stats.disputed).toBe(1)
    expect(report.options.minConflictConfidence).toBe(0.1)
    expect(report.findings.filter((f) => f.rule === 'divergent-detail').map((f) => f.severity)).toEqual([
      'warning',
      'warning',
    ])
  })

  it('rejects a minConflictConfidence outside 0..1', () => {
    expect(() => twoOutlets('a', 'b', { minConflictConfidence: 2 })).toThrow(CorroborateError)
    expect(() => twoOutlets('a', 'b', { minConflictConfidence: 2 })).toThrow(/minConflictConfidence/)
  })

  it('are judged by compareClaim and claimFindings with the same cutoff', () => {
    const {
      claim: shared,
      statementsById,
      articles,
    } = pair(
      { text: 'The bridge was painted on Thursday.', details: [date('Thursday', 'thursday')] },
      { text: 'The bridge was cleaned on Friday.', details: [date('Friday', 'friday')] },
    )
    const weakClaim: Claim = { ...shared, score: 0.4 }
    const judged = { ...weakClaim, ...compareClaim(weakClaim, statementsById, options()) }
    expect(judged.comparisons[0]!.status).toBe('diverge')
    expect(judged.comparisons[0]!.confidence).toBeLessThan(0.5)
    expect(judged.status).toBe('corroborated')
    const findings = claimFindings([judged], statementsById, articles, options())
    expect(findings.map((finding) => finding.severity)).toEqual(['note', 'note'])
    const strict = {
      ...weakClaim,
      ...compareClaim(weakClaim, statementsById, options({ minConflictConfidence: 0 })),
    }
    expect(strict.status).toBe('disputed')
  })
})

describe('pairConfidence', () => {
  const evidence = (fields: Partial<ConfidenceEvidence>): ConfidenceEvidence => ({
    subject: 3,
    slot: { predicate: 'unknown', window: 'none' },
    cohesion: 0.8,
    shared: 0,
    ...fields,
  })
  const cases: [string, Partial<ConfidenceEvidence>, number][] = [
    ['an equal subject and one event word', { slot: { predicate: 'same', window: 'none' } }, 0.77],
    [
      'an equal subject, a shared window and another agreeing figure',
      { slot: { predicate: 'unknown', window: 'same' }, shared: 1 },
      1,
    ],
    [
      'no subject, no event word, middling cohesion, a shared name',
      { subject: 1, cohesion: 0.5, shared: 0.25 },
      0.41,
    ],
    ['no subject, no event word, near-identical statements', { subject: 1, cohesion: 0.95 }, 0.74],
    [
      'no subject, two different verbs',
      { subject: 1, slot: { predicate: 'different', window: 'none' } },
      0.28,
    ],
  ]
  it.each(cases)('%s', (_name, fields, expected) => {
    expect(pairConfidence(evidence(fields))).toBeCloseTo(expected, 2)
  })

  it('stays within 0..1 and grows with every kind of evidence', () => {
    let last = -1
    for (const cohesion of [0, 0.5, 0.7, 0.9, 1]) {
      const value = pairConfidence(evidence({ subject: 1, cohesion }))
      expect(value).toBeGreaterThanOrEqual(last)
      expect(value).toBeGreaterThanOrEqual(0)
      expect(value).toBeLessThanOrEqual(1)
      last = value
    }
    expect(pairConfidence(evidence({ subject: 2 }))).toBeLessThan(pairConfidence(evidence({ subject: 3 })))
    expect(pairConfidence(evidence({ shared: 1 }))).toBeGreaterThan(pairConfidence(evidence({ shared: 0 })))
  })
})

describe('reports', () => {
  it('label a weak divergence possible, in text and markdown', () => {
    const report = twoOutlets(repaintedThursday, inspectedFriday)
    expect(render(report, 'text')).toMatch(
      /POSSIBLE\s+date: Thursday \(Wire\) vs Friday \(Post\) \(possible: confidence 0\.\d\d\)/,
    )
    const markdown = render(report, 'markdown')
    expect(markdown).toContain('### POSSIBLE CONFLICT: date: Thursday (Wire) vs Friday (Post)')
    expect(markdown).toMatch(/- \*\*possible\*\* \(confidence 0\.\d\d\): /)
    expect(render(report, 'html')).toContain('<span class="verdict">possible</span>')
  })

  it('show conflicts before agreements within a claim, the surest first', () => {
    const comparisons = [
      { status: 'agree', confidence: 1 },
      { status: 'diverge', confidence: 0.3 },
      { status: 'unique', confidence: 1 },
      { status: 'diverge', confidence: 0.9 },
      { status: 'compatible', confidence: 0.8 },
    ].map((fields, index) => ({
      ...fields,
      kind: 'count',
      subject: `s${index}`,
      values: [],
      diff: null,
      reason: '',
      reworded: false,
    }))
    const shared = { ...claim('c1', []), comparisons } as Claim
    expect(orderComparisons(shared).map((comparison) => comparison.subject)).toEqual([
      's3',
      's1',
      's4',
      's0',
      's2',
    ])
  })

  it('rank disputed claims by their surest conflict, and put possible conflicts before other corroborated claims', () => {
    const make = (id: string, status: Claim['status'], confidence: number | null): Claim => ({
      ...claim(id, []),
      status,
      comparisons:
        confidence === null
          ? []
          : [
              {
                kind: 'count',
                subject: null,
                status: 'diverge',
                values: [],
                diff: null,
                reason: '',
                confidence,
                reworded: false,
              },
            ],
    })
    const ordered = orderClaims([
      make('plain', 'corroborated', null),
      make('weak', 'disputed', 0.6),
      make('possible', 'corroborated', 0.3),
      make('strong', 'disputed', 0.95),
    ])
    expect(ordered.map((c) => c.id)).toEqual(['strong', 'weak', 'possible', 'plain'])
  })
})

// Judged on real coverage: a divergence is a conflict only as surely as its two statements
// state one fact (the same-statement model, or the words right around the two values).
describe('conflicts between loosely tied statements', () => {
  const judged = (a: Parameters<typeof pair>[0], b: Parameters<typeof pair>[1]) => {
    const { claim: shared, statementsById } = pair(a, b)
    return compareClaim({ ...shared, score: 0.9 }, statementsById, options())
  }

  it('are possible conflicts when the statements tell two facts with one subject', () => {
    const result = judged(
      {
        text: 'Lena Ferris scored 23 points to become the school’s record scorer.',
        details: [count('23 points', 23, 'points')],
      },
      {
        text: 'Ferris had five points during a late run that sealed the win.',
        details: [count('five points', 5, 'points')],
      },
    )
    expect(result.comparisons[0]!.status).toBe('diverge')
    expect(result.comparisons[0]!.confidence).toBeLessThan(0.5)
    expect(result.status).toBe('corroborated')
  })

  it('stay conflicts between near-paraphrases', () => {
    const result = judged(
      {
        text: 'He was sentenced to 2 years, with 9 months to serve.',
        details: [count('2 years', 2, 'years')],
      },
      {
        text: 'He was sentenced to 3 years, with 9 months to serve.',
        details: [count('3 years', 3, 'years')],
      },
    )
    expect(result.status).toBe('disputed')
  })

  it('stay conflicts when the words around the values match, whatever else the statements say', () => {
    const result = judged(
      {
        text: 'The company estimated the damage at £12 million, a spokesperson told the Courier.',
        details: [money('£12 million', 12e6, 'GBP')],
      },
      {
        text: 'The company estimated the damage at £8 million and said production would move to its plant in Dunmore.',
        details: [money('£8 million', 8e6, 'GBP')],
      },
    )
    expect(result.status).toBe('disputed')
  })

  it('do not pair a date of the report with a date of the event', () => {
    const result = judged(
      {
        text: 'A bomb at a bank killed two officers, and there were no suspects, officials said Saturday.',
        details: [date('Saturday', 'saturday')],
      },
      {
        text: 'A bomb exploded at a bank late Friday, killing two officers.',
        details: [date('Friday', 'friday')],
      },
    )
    expect(result.status).toBe('corroborated')
  })
})

// Judged on real coverage: counts and ranks of two facts of one story sit in alike statements
// with unlike words around the values. Without the same event word next to both, the words
// around the values must tie them; the statements' likeness alone counts for half.
describe('counts and ranks of two facts in alike statements', () => {
  const strongest = (report: Report): number =>
    Math.max(0, ...diverging(report).map((comparison) => comparison.confidence ?? 1))

  it('are possible conflicts: points in the game against points in one run of it', () => {
    const report = twoOutlets(
      "Jo Moss scored 23 points to become Harwick's all-time scoring leader and the top-seeded Hornets defeated Dunmore 71-60 on Friday in the semifinals of the Valley League tournament.",
      'Jo Moss became the leading scorer in Harwick history and had five points during a pivotal 12-2 run as top-seeded Harwick defeated Dunmore, 71-60, on Friday afternoon in the first semifinal of the Valley League Tournament.',
    )
    expect(diverging(report).map((c) => c.values.map((v) => v.detail.text))).toContainEqual(['23', 'five'])
    expect(strongest(report)).toBeLessThan(0.5)
    expect(report.claims.every((c) => c.status !== 'disputed')).toBe(true)
  })

  it('are never compared: matches one player missed against matches another played', () => {
    const report = twoOutlets(
      'Moss missed nine matches this season with a knee injury, then came back for the last three games.',
      'Kerr has played in the past six matches this season, while Moss was back for only the last three games.',
    )
    const counts = report.claims.flatMap((claim) => claim.comparisons.filter((c) => c.kind === 'count'))
    expect(counts.map((c) => c.values.map((v) => v.detail.text))).not.toContainEqual(['nine', 'six'])
    expect(report.claims.every((c) => c.status !== 'disputed')).toBe(true)
  })

  it('are possible conflicts: the floor one clause names against the floor another does', () => {
    const report = twoOutlets(
      'After the shooting, the clerk holed up in an office on the fourth floor, where the police team found her after co-workers hiding next door tipped off building security.',
      'Minutes after being fired, the clerk forced her way past building security at gunpoint, police say, and headed back up to the fifth floor armed with a pistol.',
    )
    expect(diverging(report).map((c) => c.kind)).toContain('ordinal')
    expect(strongest(report)).toBeLessThan(0.5)
  })

  it('are possible conflicts: two floors of one building in statements of alike words', () => {
    const report = twoOutlets(
      'The gunman was holed up on the second floor of the Marlow Street library when police arrived.',
      'Police said the gunman headed back up to the third floor of the Marlow Street library before officers arrived.',
    )
    const ordinals = diverging(report).filter((comparison) => comparison.kind === 'ordinal')
    expect(ordinals.map((c) => c.values.map((v) => v.detail.text))).toEqual([['second', 'third']])
    expect(ordinals[0]!.confidence).toBeLessThan(0.5)
    expect(report.claims.every((c) => c.status !== 'disputed')).toBe(true)
  })

  it('stay conflicts: two rounds of one fight with the same event word beside them', () => {
    const report = twoOutlets(
      'Okafor knocked Delmar Ruiz down in the sixth round of the title fight.',
      'Okafor knocked Delmar Ruiz down in the third round of the title fight.',
    )
    const ordinal = diverging(report).find((comparison) => comparison.kind === 'ordinal')
    expect(ordinal?.confidence).toBeGreaterThanOrEqual(0.5)
    expect(report.claims.some((c) => c.status === 'disputed')).toBe(true)
  })

  it.each([
    [
      'a game against a career',
      'Okoro finished with 18 points and now has 2,141 for her career.',
      'Okoro entered the game with 2,123 points, six fewer than the school record.',
    ],
    [
      'a town against a county',
      'The storm damaged 40 homes in Arnby, the council said.',
      'The storm damaged 1,200 homes across the county, the council said.',
    ],
  ])('are possible conflicts: counts twenty times apart or more, %s', (_kind, a, b) => {
    const report = twoOutlets(a, b)
    expect(diverging(report).map((c) => c.kind)).toContain('count')
    expect(strongest(report)).toBeLessThan(0.5)
    expect(report.claims.every((c) => c.status !== 'disputed')).toBe(true)
  })

  it('stay conflicts when the same event word stands next to both counts', () => {
    const report = twoOutlets(
      'The mayor told reporters that 9 people had been killed in the floods.',
      'The mayor said two bridges had been washed away and four people killed.',
    )
    expect(report.claims.some((c) => c.status === 'disputed')).toBe(true)
  })

  it('are possible conflicts when one count is said to be a final total: an earlier report may be the other', () => {
    const report = twoOutlets(
      'The mayor told reporters that a total of 9 people had been killed in the floods and that she did not expect the toll to rise.',
      'The mayor told reporters that four people had been killed in the floods.',
    )
    expect(strongest(report)).toBeGreaterThan(0)
    expect(strongest(report)).toBeLessThan(0.5)
  })
})
