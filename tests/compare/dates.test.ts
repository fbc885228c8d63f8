import { describe, expect, it } from 'vitest'
import { compareDateDetails, type DateOperand, dateKey } from '../../src/compare/dates.js'
import { compare } from '../../src/index.js'
import type { ArticleInput, DetailComparison } from '../../src/types.js'

// Date verdicts: a coarser date holds a finer one, a date guessed from a publication date never
// conflicts on its guess alone, the same words agree when one article is undated, and dates
// that fix different days still diverge.

const date = (value: string, text: string, implied: string[] = []): DateOperand => ({ value, text, implied })

describe('compareDateDetails', () => {
  it.each([
    // Same value, or the same words where one side is unanchored.
    { a: date('2024', 'last year'), b: date('last year', 'last year'), status: 'agree' },
    {
      a: date('2025-11-20', 'Thursday', ['year', 'month', 'day']),
      b: date('thursday', 'on Thursday'),
      status: 'agree',
    },
    {
      a: date('2025-12-12', 'Dec. 12', ['year']),
      b: date('2025-12-12', 'December 12, 2025'),
      status: 'agree',
    },
    // Stated spans: nested or equal holds, disjoint diverges.
    { a: date('2022', '2022'), b: date('2022-02', 'February 2022'), status: 'compatible' },
    { a: date('2025', '2025'), b: date('2025-02-14', 'Feb. 14, 2025'), status: 'compatible' },
    { a: date('1990s', '1990s'), b: date('1994', '1994'), status: 'compatible' },
    { a: date('2025-W46', 'last week'), b: date('2025-11-13', 'Nov. 13, 2025'), status: 'compatible' },
    { a: date('2025-12', 'next month'), b: date('2025-12-12', 'Dec. 12', ['year']), status: 'compatible' },
    { a: date('2021-02', 'February 2021'), b: date('2022', '2022'), status: 'diverge' },
    { a: date('2024', '2024'), b: date('2025', '2025'), status: 'diverge' },
    { a: date('2025-W46', 'last week'), b: date('2025-11-19', 'yesterday'), status: 'diverge' },
    // A guessed year never conflicts alone.
    { a: date('2025-02', 'February', ['year']), b: date('2022', '2022'), status: 'compatible' },
    {
      a: date('2025-12-12', 'Dec. 12', ['year']),
      b: date('2024-12-12', 'Dec. 12, 2024'),
      status: 'compatible',
    },
    {
      a: date('2025-03-03', 'March 3', ['year']),
      b: date('2025-03-04', 'March 4', ['year']),
      status: 'diverge',
    },
    // Undated against dated: compatible unless what both fix differs.
    { a: date('--02', 'February'), b: date('2022', '2022'), status: 'compatible' },
    { a: date('last year', 'last year'), b: date('2024-05-03', 'May 3, 2024'), status: 'compatible' },
    { a: date('--05-09', 'May 9'), b: date('2025-05-09', '9 May 2025'), status: 'compatible' },
    { a: date('--05-09', 'May 9'), b: date('2025-05-10', '10 May 2025'), status: 'diverge' },
    { a: date('friday', 'Friday'), b: date('2025-05-08', 'May 8, 2025'), status: 'diverge' },
    { a: date('thursday', 'Thursday'), b: date('2025-05-08', 'May 8, 2025'), status: 'compatible' },
    { a: date('yesterday', 'yesterday'), b: date('today', 'today'), status: 'compatible' },
    // Weekdays and times both texts fix.
    { a: date('tuesday', 'Tuesday'), b: date('wednesday', 'Wednesday'), status: 'diverge' },
    {
      a: date('2025-11-18', 'Tuesday', ['year', 'month', 'day']),
      b: date('2025-11-19', 'Wednesday', ['year', 'month', 'day']),
      status: 'diverge',
    },
    {
      a: date('2025-11-20', 'Thurs.', ['year', 'month', 'day']),
      b: date('2025-11-21', 'Fri.', ['year', 'month', 'day']),
      status: 'diverge',
    },
    {
      a: date('2025-11-20T10:00', 'Thursday at 10am', ['year', 'month', 'day']),
      b: date('2025-11-20T11:00', 'Thursday at 11am', ['year', 'month', 'day']),
      status: 'diverge',
    },
  ])('$a.text ($a.value) against $b.text ($b.value): $status', ({ a, b, status }) => {
    expect(compareDateDetails(a, b, a.text, b.text).status).toBe(status)
    expect(compareDateDetails(b, a, b.text, a.text).status).toBe(status)
  })

  it('says why in one sentence', () => {
    expect(
      compareDateDetails(
        date('2022', '2022'),
        date('2022-02', 'February 2022'),
        '2022 (a)',
        'February 2022 (b)',
      ),
    ).toEqual({
      status: 'compatible',
      reason: 'February 2022 (b) falls within 2022 (a): the same date at different precision.',
    })
    expect(
      compareDateDetails(
        date('tuesday', 'Tuesday'),
        date('wednesday', 'Wednesday'),
        'Tuesday (a)',
        'Wednesday (b)',
      ),
    ).toEqual({
      status: 'diverge',
      reason: 'Tuesday (a) and Wednesday (b) are different days.',
    })
  })

  it('keys details by what the verdict reads beyond the value', () => {
    expect(dateKey({ text: 'Dec. 12', implied: ['year'] })).not.toBe(
      dateKey({ text: 'Dec. 12, 2025', implied: [] }),
    )
    expect(dateKey({ text: 'on  Thursday', implied: [] })).toBe(dateKey({ text: 'Thursday', implied: [] }))
  })
})

/** The date comparisons of a two-article report. */
function dateComparisons(a: ArticleInput, b: ArticleInput): DetailComparison[] {
  return compare([a, b])
    .claims.flatMap((claim) => claim.comparisons)
    .filter((comparison) => comparison.kind === 'date')
}

describe('compare() on dates of two articles', () => {
  it("does not call 'Dec. 12' and 'next month' a conflict in articles of 20 November", () => {
    const found = dateComparisons(
      {
        id: 'gazette',
        publishedAt: '2025-11-20',
        text: 'The council will hold its budget hearing on Dec. 12, the clerk said.',
      },
      {
        id: 'radio',
        publishedAt: '2025-11-20',
        text: 'The council will hold its budget hearing next month, the clerk said.',
      },
    )
    expect(found.map((comparison) => comparison.status)).toEqual(['compatible'])
    expect(found[0]!.values.map((value) => value.detail.value)).toEqual(['2025-12-12', '2025-12'])
  })

  it("finds 'in 2022' and 'in February 2022' compatible", () => {
    const found = dateComparisons(
      {
        id: 'gazette',
        publishedAt: '2025-11-20',
        text: 'The Harmon paper mill closed its doors in 2022 after a long decline.',
      },
      {
        id: 'radio',
        publishedAt: '2025-11-21',
        text: 'The Harmon paper mill closed its doors in February 2022 after a long decline.',
      },
    )
    expect(found.map((comparison) => comparison.status)).toEqual(['compatible'])
  })

  it("agrees on 'last year' and 'last year' when one article is undated", () => {
    const found = dateComparisons(
      {
        id: 'gazette',
        publishedAt: '2025-11-20',
        text: 'Ferry traffic on the Orm fell by a fifth last year, the port authority said.',
      },
      { id: 'blog', text: 'Ferry traffic on the Orm fell by a fifth last year, the port authority said.' },
    )
    expect(found.map((comparison) => comparison.status)).toEqual(['agree'])
  })

  it("agrees on 'on Thursday' and 'Thursday' when one article is undated", () => {
    const found = dateComparisons(
      {
        id: 'gazette',
        publishedAt: '2025-11-21',
        text: 'The grain silo at Keller Road collapsed on Thursday, injuring two workers.',
      },
      { id: 'blog', text: 'The grain silo at Keller Road collapsed Thursday, injuring two workers.' },
    )
    expect(found.map((comparison) => comparison.status)).toEqual(['agree'])
  })

  it("still finds 'Tuesday' and 'Wednesday' diverging for one event, dated or not", () => {
    const tuesday = 'The warehouse fire near the rail yard broke out on Tuesday, the fire service said.'
    const wednesday = 'The warehouse fire near the rail yard broke out on Wednesday, the fire service said.'
    for (const publishedAt of ['2025-11-20', undefined]) {
      const dated = publishedAt === undefined ? {} : { publishedAt }
      const found = dateComparisons(
        { id: 'gazette', ...dated, text: tuesday },
        { id: 'radio', ...dated, text: wednesday },
      )
      expect(found.map((comparison) => comparison.status)).toEqual(['diverge'])
    }
  })

  it('compares the durations of a span of time, not dates', () => {
    const report = compare([
      {
        id: 'gazette',
        publishedAt: '2025-11-21',
        text: 'The warehouse fire burned for five hours before it was contained.',
      },
      {
        id: 'radio',
        publishedAt: '2025-11-21',
        text: 'The warehouse fire burned for six hours before it was contained.',
      },
    ])
    const kinds = report.claims.flatMap((claim) => claim.comparisons).map((c) => [c.kind, c.status])
    expect(kinds).toEqual([['duration', 'diverge']])
  })

  it('takes a count of decades for the rounding it is: two decades and 21 years agree', () => {
    const report = compare([
      {
        id: 'gazette',
        text: 'Mayor Ilse Brandt, who ran Harwick for two decades until she stood down in 2019, opened the bridge.',
      },
      {
        id: 'radio',
        text: 'Mayor Ilse Brandt stood down in 2019 after 21 years running Harwick, and opened the bridge.',
      },
    ])
    const durations = report.claims.flatMap((claim) => claim.comparisons).filter((c) => c.kind === 'duration')
    expect(durations.map((c) => c.status)).toEqual(['compatible'])
  })
})
