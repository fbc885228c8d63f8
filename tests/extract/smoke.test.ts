import { describe, expect, it } from 'vitest'
import { extractDetails } from '../../src/extract/index.js'

describe('extractDetails', () => {
  it('reads a hedged count with its subject', () => {
    const [detail] = extractDetails('Approximately 9,000 troops participated in the display.')
    expect(detail).toMatchObject({
      kind: 'count',
      text: 'Approximately 9,000',
      hedge: 'about',
      subject: 'troops',
    })
    expect(detail?.value).toEqual({ min: 9000, max: 9000 })
  })
})
