import { describe, expect, it } from 'vitest'
import { tolerancesOf } from '../../src/compare/details.js'
import { sameThing, subjectScore, subjectTerms } from '../../src/compare/same-thing.js'
import { defaultOptions } from '../../src/options.js'
import type { Detail } from '../../src/types.js'

const tolerances = tolerancesOf(defaultOptions)

function detail(
  kind: Detail['kind'],
  value: Detail['value'],
  subject: string | null,
  unit: string | null = null,
): Detail {
  return { kind, text: String(value), start: 0, end: 1, value, unit, hedge: null, subject } as Detail
}

describe('subjectTerms', () => {
  it.each([
    ['people killed', ['killed']],
    ['dead', ['killed']],
    ['deaths', ['killed']],
    ['death toll', ['killed']],
    ['wounded', ['injured']],
    ['Russian soldiers', ['russian', 'troops']],
    ['troops', ['troops']],
    ['spectators', ['spectat']],
    ['people', []],
    [null, []],
  ] as const)('%s -> %j', (subject, terms) => {
    expect(subjectTerms(subject)).toEqual(terms)
  })

  it.each([
    { a: ['troops'], b: ['troops'], score: 3 },
    { a: ['troops'], b: ['russian', 'troops'], score: 2 },
    { a: ['troops'], b: ['spectat'], score: 0 },
    { a: ['killed', 'troops'], b: ['injured', 'troops'], score: 0 },
    { a: [], b: ['troops'], score: 1 },
  ])('subjectScore $a / $b = $score', ({ a, b, score }) => {
    expect(subjectScore(a, b)).toBe(score)
  })
})

describe('sameThing', () => {
  it.each([
    {
      name: 'equal subjects',
      a: detail('count', 9000, 'troops'),
      b: detail('count', 9000, 'soldiers'),
      alone: [false, false],
      same: true,
    },
    {
      name: 'the same number counting different things',
      a: detail('count', 9000, 'troops'),
      b: detail('count', 9000, 'spectators'),
      alone: [true, true],
      same: false,
    },
    {
      name: 'a count and a percentage',
      a: detail('count', 40, 'turnout'),
      b: detail('percent', 40, 'turnout', '%'),
      alone: [true, true],
      same: false,
    },
    {
      name: 'no subject, each figure alone in its statement',
      a: detail('count', 9000, null),
      b: detail('count', 9500, 'troops'),
      alone: [true, true],
      same: true,
    },
    {
      name: 'no subject, another figure beside it',
      a: detail('count', 9000, null),
      b: detail('count', 9500, 'troops'),
      alone: [true, false],
      same: false,
    },
    {
      name: 'no subject but the identical value',
      a: detail('date', '2025-05-08', null),
      b: detail('date', '2025-05-08', null),
      alone: [false, false],
      same: true,
    },
    {
      name: 'quantities in different units',
      a: detail('quantity', 12, 'flooded road', 'km'),
      b: detail('quantity', 12, 'flooded road', 'mi'),
      alone: [true, true],
      same: false,
    },
    {
      name: 'money in one currency',
      a: detail('money', { amount: 15e6, currency: 'USD' }, 'aid', 'USD'),
      b: detail('money', { amount: 20e6, currency: 'USD' }, 'aid', 'USD'),
      alone: [true, true],
      same: true,
    },
    {
      name: 'money: the same amount in two currencies',
      a: detail('money', { amount: 15e6, currency: 'USD' }, 'aid', 'USD'),
      b: detail('money', { amount: 15e6, currency: 'EUR' }, 'aid', 'EUR'),
      alone: [true, true],
      same: true,
    },
    {
      name: 'money: different amounts in two currencies',
      a: detail('money', { amount: 15e6, currency: 'USD' }, 'aid', 'USD'),
      b: detail('money', { amount: 13.8e6, currency: 'EUR' }, 'aid', 'EUR'),
      alone: [true, true],
      same: false,
    },
  ])('$name: $same', ({ a, b, alone, same }) => {
    expect(sameThing(a, b, alone[0]!, alone[1]!, tolerances) > 0).toBe(same)
    expect(sameThing(b, a, alone[1]!, alone[0]!, tolerances) > 0).toBe(same)
  })
})
