// The detail-kind registry is the one table the refiners, the comparison, the findings,
// alignment and the HTML report read; these tests pin what each family of kinds is.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { figureLabel } from '../src/compare/findings.js'
import { divergenceSeverity } from '../src/compare/rules.js'
import { comparableClass } from '../src/compare/same-thing.js'
import { detailKinds, highlightRank, kindsWhere } from '../src/detail-kinds.js'
import type { Detail, DetailKind } from '../src/types.js'

const kinds = Object.keys(detailKinds) as DetailKind[]

function detail(kind: DetailKind, unit: string | null = null): Detail {
  return { kind, text: 'x', start: 0, end: 1, value: 1, unit, hedge: null, subject: null } as Detail
}

describe('detail kinds registry', () => {
  it('is the JSON Schema enum of Detail.kind', () => {
    const schema = JSON.parse(readFileSync(new URL('../src/report/schema.json', import.meta.url), 'utf8'))
    expect([...schema.definitions.Detail.properties.kind.enum].sort()).toEqual([...kinds].sort())
  })

  it('gives each kind the value class that types its value and checks a user extractor', () => {
    expect(Object.fromEntries(kinds.map((kind) => [kind, detailKinds[kind].value]))).toEqual({
      count: 'amount',
      money: 'money',
      percent: 'amount',
      date: 'text',
      duration: 'amount',
      quantity: 'amount',
      ordinal: 'amount',
      person: 'text',
      organization: 'text',
      place: 'text',
      quote: 'text',
      attribution: 'text',
    })
  })

  it.each([
    ['figure', ['count', 'money', 'percent', 'quantity']],
    ['bounded', ['count', 'money', 'percent', 'quantity', 'ordinal']],
    ['name', ['person', 'organization', 'place', 'attribution']],
    ['unitIsSubject', ['count', 'ordinal']],
    ['ranged', ['count', 'money', 'percent', 'duration', 'quantity']],
    ['sharesUnit', ['money', 'percent', 'duration', 'quantity']],
    ['hasSubject', ['count', 'money', 'percent', 'duration', 'quantity', 'ordinal']],
  ] as const)('%s kinds are %j', (field, expected) => {
    expect(kindsWhere(field)).toEqual(expected)
  })

  it('gives the comparable class, the divergence severity and the label of every kind', () => {
    expect(kinds.map((kind) => comparableClass(detail(kind, 'KM ')))).toEqual([
      'count',
      'money',
      'percent',
      'date',
      'duration:km',
      'quantity:km',
      'ordinal',
      null,
      null,
      null,
      null,
      null,
    ])
    expect(comparableClass({ ...detail('percent'), unit: 'pp' })).toBe('percent:pp')
    expect(kinds.filter((kind) => divergenceSeverity(kind) === 'error')).toEqual(kindsWhere('figure'))
    expect(kinds.map((kind) => figureLabel(kind, { kind, subject: 'fares', unit: null }))).toEqual([
      'Number of fares',
      'Amount for fares',
      'Percentage for fares',
      'Date for fares',
      'Duration for fares',
      'Figure for fares',
      'Rank for fares',
      'Figure for fares',
      'Figure for fares',
      'Figure for fares',
      'Figure for fares',
      'Figure for fares',
    ])
  })

  it('ranks highlights: figures, then times and ranks, names, quotes, attributions', () => {
    expect(kinds.map((kind) => detailKinds[kind].highlight)).toEqual([0, 0, 0, 1, 1, 0, 1, 2, 2, 2, 3, 4])
    expect(kinds.map(highlightRank)).toEqual(kinds.map((kind) => detailKinds[kind].highlight))
    // A hand-edited report may carry any kind: it ranks last, and the prototype is no kind.
    expect(highlightRank('constructor')).toBe(5)
    expect(highlightRank('x')).toBe(5)
  })
})
