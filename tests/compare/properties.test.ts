import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tolerancesOf } from '../../src/compare/details.js'
import { compareFigures, type Figure, OPEN_MAX } from '../../src/compare/values.js'
import { defaultOptions } from '../../src/options.js'
import type { Hedge } from '../../src/types.js'

const tolerances = tolerancesOf(defaultOptions)

// Figures as the extract stage writes them: exact numbers, 'about' X..X, open-ended and ranges.
const figure: fc.Arbitrary<Figure> = fc
  .tuple(
    fc.integer({ min: 0, max: 2_000_000 }),
    fc.integer({ min: 0, max: 500 }),
    fc.constantFrom<Hedge | null>(null, 'about', 'more-than', 'at-least', 'less-than', 'up-to', 'range'),
  )
  .map(([n, width, hedge]) => {
    switch (hedge) {
      case null:
        return { value: n, hedge, text: String(n) }
      case 'about':
        return { value: { min: n, max: n }, hedge, text: `about ${n}` }
      case 'more-than':
      case 'at-least':
        return { value: { min: n, max: OPEN_MAX }, hedge, text: `${hedge} ${n}` }
      case 'less-than':
      case 'up-to':
        return { value: { min: 0, max: n }, hedge, text: `${hedge} ${n}` }
      default:
        return { value: { min: n, max: n + width }, hedge, text: `${n}-${n + width}` }
    }
  })

describe('compareFigures properties', () => {
  it('gives the same verdict whichever side comes first', () => {
    fc.assert(
      fc.property(figure, figure, (a, b) => {
        expect(compareFigures(a, b, tolerances).status).toBe(compareFigures(b, a, tolerances).status)
      }),
      { numRuns: 2000 },
    )
  })

  it('agrees a figure with itself', () => {
    fc.assert(
      fc.property(figure, (a) => {
        expect(compareFigures(a, { ...a }, tolerances).status).toBe('agree')
      }),
    )
  })

  it('never calls two figures diverging when their stated ranges overlap', () => {
    fc.assert(
      fc.property(figure, figure, (a, b) => {
        const range = (f: Figure) => (typeof f.value === 'number' ? { min: f.value, max: f.value } : f.value)
        const ra = range(a)
        const rb = range(b)
        if (ra.min <= rb.max && rb.min <= ra.max) {
          expect(compareFigures(a, b, tolerances).status).not.toBe('diverge')
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('only grows more lenient as the hedge tolerance widens', () => {
    fc.assert(
      fc.property(figure, figure, (a, b) => {
        const narrow = compareFigures(a, b, { ...tolerances, hedgeTolerance: 0.05 }).status
        const wide = compareFigures(a, b, { ...tolerances, hedgeTolerance: 0.2 }).status
        if (narrow !== 'diverge') expect(wide).not.toBe('diverge')
      }),
      { numRuns: 2000 },
    )
  })
})
