import { describe, expect, it } from 'vitest'
import { attributed, checkFigures, isFigure } from '../../src/compare/figures.js'
import type { Citation, Detail, Statement } from '../../src/types.js'

function detail(
  kind: Detail['kind'],
  text: string,
  value: Detail['value'],
  extra: Partial<Detail> = {},
): Detail {
  return {
    kind,
    text,
    start: 0,
    end: text.length,
    value,
    unit: null,
    hedge: null,
    subject: null,
    ...extra,
  } as Detail
}

function statement(details: Detail[], citations: Citation[] = []): Statement {
  return {
    id: 'a#0',
    articleId: 'a',
    index: 0,
    text: '',
    start: 0,
    end: 0,
    line: 1,
    column: 1,
    kind: 'sentence',
    details,
    citations,
  }
}

describe('isFigure', () => {
  it.each([
    { name: 'a count', detail: detail('count', '1,200 jobs', 1200, { subject: 'job' }), figure: true },
    {
      name: 'money',
      detail: detail('money', '$30 million', { amount: 30e6, currency: 'USD' }),
      figure: true,
    },
    { name: 'a percentage', detail: detail('percent', '40%', 40, { unit: '%' }), figure: true },
    { name: 'a quantity', detail: detail('quantity', '6.2 metres', 6.2, { unit: 'm' }), figure: true },
    { name: 'a date', detail: detail('date', 'March 3', '2025-03-03'), figure: false },
    { name: 'a bare year read as a count', detail: detail('count', '1998', 1998), figure: false },
    {
      name: 'a four-digit count with a subject',
      detail: detail('count', '1998 homes', 1998, { subject: 'home' }),
      figure: true,
    },
    { name: 'a duration', detail: detail('duration', '40 years', 40 * 31_557_600), figure: false },
    { name: 'a name', detail: detail('person', 'Ana Ortiz', 'Ana Ortiz'), figure: false },
  ])('$name: $figure', ({ detail: d, figure }) => {
    expect(isFigure(d, false)).toBe(figure)
  })

  it('counts dates and bare years with datesAreFigures', () => {
    expect(isFigure(detail('date', 'March 3', '2025-03-03'), true)).toBe(true)
    expect(isFigure(detail('count', '1998', 1998), true)).toBe(true)
  })
})

describe('attributed', () => {
  const cite = (kind: Citation['kind'], source: string): Citation => ({ kind, source, start: 0, end: 1 })
  it.each([
    { name: 'an outlet marker', s: statement([], [cite('marker', 'AP News')]), sourced: true },
    { name: 'a footnote', s: statement([], [cite('footnote', '3')]), sourced: true },
    { name: 'a link', s: statement([], [cite('link', 'https://example.org/report')]), sourced: true },
    { name: "'according to'", s: statement([], [cite('according-to', 'police')]), sourced: true },
    { name: "'said'", s: statement([], [cite('said', 'officials')]), sourced: true },
    { name: 'a quote with its speaker', s: statement([], [cite('quote', 'Ana Ortiz')]), sourced: true },
    { name: 'a quote nobody is named for', s: statement([], [cite('quote', '')]), sourced: false },
    {
      name: 'an attribution detail',
      s: statement([detail('attribution', 'officials said', 'officials', { source: 'officials' })]),
      sourced: true,
    },
    { name: 'nothing', s: statement([detail('count', '12', 12)]), sourced: false },
  ])('$name: $sourced', ({ s, sourced }) => {
    expect(attributed(s)).toBe(sourced)
  })
})

// Issue 11: number words that are not figures, and years and periods that are dates, are never
// 'unsourced figures'; the figures next to them still are.
describe('checkFigures: what is not a figure', () => {
  const flagged = (text: string, options: { datesAreFigures?: boolean } = {}) =>
    checkFigures({ id: 'a', text }, options).map((finding) => finding.message.split(' has ')[0])

  it.each([
    ['The two powers signed a trade pact.', []],
    ['The two sides met again in Halden.', []],
    ['It is one of the few bridges left standing.', []],
    ['Both leaders met the three ministers at noon.', []],
    ['Two major powers now back the plan.', []],
    ['The budget for 2024 rose by 3%.', ['The figure 3%']],
    ['Grain output in 2012-13 fell by 4%.', ['The figure 4%']],
    ['The levee built in 1998 failed at dawn.', []],
    // Still figures: counts of concrete things, outcomes, digits.
    ['Three people were hurt in the crash.', ['The figure Three']],
    ['The two men were arrested at the port.', ['The figure two']],
    ['The 2 sides met again in Halden.', ['The figure 2']],
  ])('%s', (text, expected) => {
    expect(flagged(text)).toEqual(expected)
  })

  it('counts years as figures with datesAreFigures', () => {
    expect(flagged('The budget for 2024 rose by 3%.', { datesAreFigures: true })).toEqual([
      'The figure 2024',
      'The figure 3%',
    ])
  })
})
