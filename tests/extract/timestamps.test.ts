import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/extract/analyze.js'
import { compare } from '../../src/index.js'

// A line that only dates the page (when it was published or updated) is page furniture: it
// never becomes a statement that carries a date, so two outlets' publication times never
// 'conflict'. Lines invented for the test.

function kindOf(line: string): string {
  return analyze({ id: 'page', text: line }).statements[0]!.kind
}

describe('publication timestamp lines', () => {
  it.each([
    'First published 14/02/2026 at 08:15 AM GMT',
    '7:42 PM, TUE 3 FEB 2026',
    'Wednesday, Feb 4, 2026 | Updated 6:05 AM EST',
    '12 January 2026, 16:30 (GMT+02:00)',
    'Jan 9, 2026',
  ])('is a fragment: %j', (line) => {
    expect(kindOf(line)).toBe('fragment')
  })

  it.each([
    'The bridge reopened on Friday.',
    'Lisbon, Feb 4 -',
    'Voters approved the levy on March 3, 2026.',
  ])('leaves a line that says something else a statement: %j', (line) => {
    expect(kindOf(line)).not.toBe('fragment')
  })

  it('never sets two outlets’ publication times against each other', () => {
    const report = compare([
      {
        id: 'one',
        text: '7:42 PM, TUE 3 FEB 2026\n\nThe Harlow footbridge reopened after a two-week repair.',
      },
      {
        id: 'two',
        text: '9:10 AM, WED 4 FEB 2026\n\nThe Harlow footbridge reopened after a two-week repair.',
      },
    ])
    const dates = report.claims.flatMap((claim) => claim.comparisons).filter((c) => c.kind === 'date')
    expect(dates).toEqual([])
    expect(report.claims.some((claim) => claim.statementIds.length === 2)).toBe(true)
  })
})
