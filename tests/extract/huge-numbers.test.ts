// Figures too large for a number to hold exactly (309 digits overflow to Infinity; past 2^53
// digits are lost) are refused as figures: no detail, never Infinity or a rounded value.
import { describe, expect, it } from 'vitest'
import { compare } from '../../src/compare/index.js'
import { extractDetails } from '../../src/extract/index.js'
import { render } from '../../src/report/index.js'

const huge = (digits: number): string => `9${'0'.repeat(digits - 1)}`
const grouped = (digits: number): string => huge(digits).replace(/\B(?=(\d{3})+$)/g, ',')

function sentences(number: string): string[] {
  return [
    `Police said ${number} people were killed on Thursday.`,
    `The deal was worth $${number} billion, the company said.`,
    `Turnout rose ${number}% in the capital.`,
    `The convoy travelled ${number} km and waited ${number} days.`,
    `More than ${number} troops crossed the border.`,
    `It was the ${number}th time the bridge had closed.`,
    `Between 12 and ${number} homes were destroyed.`,
  ]
}

describe('huge numbers are refused as figures', () => {
  for (const digits of [17, 20, 40, 308, 309, 400, 2000]) {
    for (const number of [huge(digits), grouped(digits)]) {
      it(`${digits} digits${number.includes(',') ? ', grouped' : ''}`, () => {
        for (const text of sentences(number)) {
          const details = extractDetails(text)
          const overflowing = details.filter((detail) => detail.text.includes(number.slice(0, 17)))
          expect(overflowing, text).toEqual([])
        }
        const report = compare([sentences(number).join(' '), sentences('12').join(' ')])
        const json = render(report, 'json')
        expect(json).not.toContain('Infinity')
        expect(render(report, 'text')).not.toContain('Infinity')
      })
    }
  }

  it('keeps figures that a number holds exactly', () => {
    const values = extractDetails(
      'Police said 9,007,199,254,740,991 grains and $2.5 trillion were counted.',
    ).map((detail) => detail.value)
    expect(values).toContainEqual(9_007_199_254_740_991)
    expect(values).toContainEqual({ amount: 2.5e12, currency: 'USD' })
  })

  it('refuses a fraction too small for a number to hold, never reading it as 0', () => {
    const tiny = `0.${'0'.repeat(400)}1`
    for (const text of [
      `Turnout rose ${tiny}% in the capital.`,
      `The levy was $${tiny} a share.`,
      `Some ${tiny} tonnes of grain were lost.`,
    ]) {
      expect(
        extractDetails(text).filter((detail) => detail.text.includes('0.000')),
        text,
      ).toEqual([])
    }
    const kept = extractDetails('Rates held at 0% while inflation was 0.0000001% and 0.5 percent.')
    expect(kept.map((detail) => detail.value)).toEqual([0, 1e-7, 0.5])
  })

  it('refuses a quantity or duration whose value in the base unit passes 2^53', () => {
    // Found by the fault-shape properties: '9888888888888 km' is 9.9e15 metres.
    const details = extractDetails(
      'The probe travelled 9888888888888 km over 400000000000 years, and 12 km more.',
    )
    expect(details.filter((d) => d.kind === 'quantity' || d.kind === 'duration').map((d) => d.text)).toEqual([
      '12 km',
    ])
  })
})
