import { describe, expect, it } from 'vitest'
import { tolerancesOf } from '../../src/compare/details.js'
import {
  compareDates,
  compareFigures,
  compareMoney,
  figureRange,
  OPEN_MAX,
  roundingExplains,
  roundingStep,
  sameName,
  weekdayOf,
} from '../../src/compare/values.js'
import { defaultOptions } from '../../src/options.js'

const tolerances = tolerancesOf(defaultOptions)

describe('figureRange', () => {
  it.each([
    { value: 9000, hedge: null, range: { min: 9000, max: 9000, exact: true } },
    { value: 9000, hedge: 'about', range: { min: 8100, max: 9900, exact: false } },
    { value: 8500, hedge: 'more-than', range: { min: 8500, max: OPEN_MAX, exact: false } },
    { value: 8500, hedge: 'at-least', range: { min: 8500, max: OPEN_MAX, exact: false } },
    {
      value: { min: 8500, max: OPEN_MAX },
      hedge: 'more-than',
      range: { min: 8500, max: OPEN_MAX, exact: false },
    },
    { value: 50, hedge: 'less-than', range: { min: 0, max: 50, exact: false } },
    { value: 50, hedge: 'up-to', range: { min: 0, max: 50, exact: false } },
    { value: { min: 40, max: 50 }, hedge: 'range', range: { min: 40, max: 50, exact: false } },
    { value: { min: 40, max: 50 }, hedge: 'about', range: { min: 36, max: 55, exact: false } },
  ] as const)('$value with hedge $hedge', ({ value, hedge, range }) => {
    expect(figureRange(value, hedge, 0.1)).toEqual(range)
  })
})

describe('rounding', () => {
  it.each([
    [9000, 1000],
    [9040, 10],
    [240e9, 1e10],
    [240.3e9, 1e8],
    [4.5, 0.1],
    [4.48, 0.01],
    [7, 1],
    [0, 1],
  ])('the rounding step of %d is %d', (value, step) => {
    expect(roundingStep(value)).toBeCloseTo(step, 12)
  })

  it.each([
    { a: 240e9, b: 240.3e9, explains: true },
    { a: 9000, b: 9040, explains: true },
    { a: 200, b: 204, explains: true },
    { a: 4.5, b: 4.48, explains: true },
    { a: 12, b: 14, explains: false },
    { a: 40, b: 41, explains: false },
    { a: 9000, b: 9600, explains: false },
    { a: 9010, b: 9040, explains: false },
    { a: 1200, b: 1250, explains: false },
  ])('rounding explains $a against $b: $explains', ({ a, b, explains }) => {
    expect(roundingExplains(a, b, 0.05)).toBe(explains)
    expect(roundingExplains(b, a, 0.05)).toBe(explains)
  })

  it.each([
    { a: 40, b: 41, step: 10, explains: true },
    { a: 40, b: 41, step: 100, explains: false },
    { a: 9000, b: 9040, step: 1000, explains: true },
    { a: 9000, b: 9040, step: 10_000, explains: false },
  ])('with minRoundingStep $step, rounding explains $a against $b: $explains', ({ a, b, step, explains }) => {
    expect(roundingExplains(a, b, 0.05, step)).toBe(explains)
    expect(roundingExplains(b, a, 0.05, step)).toBe(explains)
  })
})

describe('compareFigures', () => {
  const figure = (
    value: number | { min: number; max: number },
    hedge: null | 'about' | 'more-than' | 'range' = null,
  ) => ({
    value,
    hedge,
    text: String(typeof value === 'number' ? value : `${value.min}-${value.max}`),
  })
  it.each([
    { a: figure(9000), b: figure(9000), status: 'agree' },
    { a: figure(9000), b: figure(9000, 'about'), status: 'compatible' },
    { a: figure(9000, 'about'), b: figure(9000, 'about'), status: 'agree' },
    { a: figure(9000), b: figure(8500, 'more-than'), status: 'compatible' },
    { a: figure(8000), b: figure(8500, 'more-than'), status: 'diverge' },
    { a: figure({ min: 5, max: 7 }, 'range'), b: figure({ min: 5, max: 7 }, 'range'), status: 'agree' },
    { a: figure({ min: 5, max: 7 }, 'range'), b: figure(8), status: 'diverge' },
    { a: figure(12), b: figure(14), status: 'diverge' },
  ] as const)('$a.text ($a.hedge) against $b.text ($b.hedge): $status', ({ a, b, status }) => {
    expect(compareFigures(a, b, tolerances).status).toBe(status)
    expect(compareFigures(b, a, tolerances).status).toBe(status)
  })
})

describe('compareMoney', () => {
  const usd = (amount: number, text: string) => ({ value: { amount, currency: 'USD' }, hedge: null, text })
  const eur = (amount: number, text: string) => ({ value: { amount, currency: 'EUR' }, hedge: null, text })
  it('compares amounts in one currency as figures', () => {
    expect(compareMoney(usd(15e6, '$15m'), usd(20e6, '$20m'), tolerances)?.status).toBe('diverge')
    expect(
      compareMoney(
        usd(15e6, '$15m'),
        { ...usd(15e6, '$15 million'), value: { amount: 15e6, currency: 'usd' } },
        tolerances,
      )?.status,
    ).toBe('agree')
  })
  it('calls the same amount in two currencies a divergence, naming both', () => {
    const verdict = compareMoney(usd(15e6, '$15 million'), eur(15e6, '€15 million'), tolerances)
    expect(verdict?.status).toBe('diverge')
    expect(verdict?.reason).toContain('USD')
    expect(verdict?.reason).toContain('EUR')
  })
  it('does not compare different amounts in two currencies', () => {
    expect(compareMoney(usd(15e6, '$15 million'), eur(13.8e6, '€13.8 million'), tolerances)).toBeNull()
  })
})

describe('dates', () => {
  it.each([
    ['2025-05-08', 'thursday'],
    ['Thursday', 'thursday'],
    ['2025-05-08T10:00', 'thursday'],
    ['2025-05', null],
    ['Fri', 'friday'],
  ])('the weekday of %s is %s', (value, day) => {
    expect(weekdayOf(value)).toBe(day)
  })

  it.each([
    { a: '2025-05-08', b: '2025-05-08', status: 'agree' },
    { a: '2025-05-08', b: '2025-05-08T10:00', status: 'compatible' },
    { a: '2025-05', b: '2025-05-08', status: 'compatible' },
    { a: '2025-05-08', b: '2025-05-09', status: 'diverge' },
    { a: '2024', b: '2025', status: 'diverge' },
    { a: 'Thursday', b: 'thursday', status: 'agree' },
    { a: 'Thursday', b: 'Friday', status: 'diverge' },
    { a: 'Thursday', b: '2025-05-08', status: 'compatible' },
    { a: 'Friday', b: '2025-05-08', status: 'diverge' },
  ])('$a against $b: $status', ({ a, b, status }) => {
    expect(compareDates(a, b, a, b).status).toBe(status)
    expect(compareDates(b, a, b, a).status).toBe(status)
  })
})

describe('sameName', () => {
  it.each([
    ['Ana Ortiz', 'Ortiz', true],
    ['Mayor Ana Ortiz', 'Ana Ortiz', true],
    ['Zelensky', 'Volodymyr Zelenskyy', true],
    ['the Red Cross', 'Red Cross', true],
    ['Ana Ortiz', 'Tom Lee', false],
    ['Ana Ortiz', 'Ana Ruiz', false],
    ['Lee', 'Tom Leeds', false],
    ['', 'Ortiz', false],
  ] as const)('%s and %s: %s', (a, b, same) => {
    expect(sameName(a, b)).toBe(same)
    expect(sameName(b, a)).toBe(same)
  })

  it.each([
    ['Zelensky', 'Zelenskyy', 0.93, true],
    ['Zelensky', 'Zelenskyy', 0.99, false],
    ['Zelensky', 'Zelensky', 1, true],
    ['Ana Ortiz', 'Ana Ruiz', 0.5, true],
  ] as const)('%s and %s at nameSimilarity %d: %s', (a, b, similarity, same) => {
    expect(sameName(a, b, similarity)).toBe(same)
    expect(sameName(b, a, similarity)).toBe(same)
  })
})
