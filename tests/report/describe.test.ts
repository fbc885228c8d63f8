import { describe, expect, it } from 'vitest'
import { groupDigits } from '../../src/report/describe.js'

describe('groupDigits', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [-1234567.5, '-1,234,567.5'],
    [123456789012345, '123,456,789,012,345'],
    [1e21, '1e+21'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
  ])('%d is %s', (value, expected) => {
    expect(groupDigits(value)).toBe(expected)
  })

  it('leaves a number of more than 15 digits as it is', () => {
    expect(groupDigits(9_007_199_254_740_991)).toBe('9007199254740991')
  })
})
