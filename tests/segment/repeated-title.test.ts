import { describe, expect, it } from 'vitest'
import { compare } from '../../src/compare/index.js'
import { segment } from '../../src/segment/index.js'

// An aggregator prints its page title, then the same words again as the story's heading.
const page = [
  'Lantern Festival Draws Record Crowds to Old Quay',
  '',
  '',
  'Lantern Festival Draws Record Crowds to Old Quay',
  ' Organisers counted 3,000 lanterns on the water by midnight.',
  '',
  'What Came Next',
  '',
  'The quay reopened to traffic on Sunday.',
].join('\n')

describe('a title repeated at the top of a page', () => {
  const statements = segment(page)

  it('is one heading; the repeat is a fragment that keeps its exact span', () => {
    expect(statements.map((statement) => [statement.kind, statement.line])).toEqual([
      ['heading', 1],
      ['fragment', 4],
      ['sentence', 5],
      ['heading', 7],
      ['sentence', 9],
    ])
    const repeat = statements[1]!
    expect(page.slice(repeat.start, repeat.end)).toBe('Lantern Festival Draws Record Crowds to Old Quay')
  })

  it('gives one claim, not two', () => {
    const report = compare([page, 'The quay reopened to traffic on Sunday after the festival.'])
    const titleClaims = report.claims.filter((claim) =>
      claim.statementIds.some((id) => id.startsWith('a1#0') || id === 'a1#1'),
    )
    expect(titleClaims.map((claim) => claim.statementIds)).toEqual([['a1#0']])
  })

  it.each([
    ['a repeat further down the page', 'Quay Closes\n\nBoats waited.\n\nQuay Closes\n'],
    ['a first line that only nearly repeats', 'Quay Closes\n\nQuay Closes Again\n'],
    ['two sentences that happen to repeat', 'Boats waited at the quay. Boats waited at the quay.\n'],
  ])('leaves %s alone', (_, text) => {
    expect(segment(text).filter((statement) => statement.kind === 'fragment')).toEqual([])
  })
})
