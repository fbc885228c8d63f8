import { describe, expect, it } from 'vitest'
import { compare } from '../../src/index.js'
import type { Claim, DetailComparison } from '../../src/types.js'

// A date dates its statement's event: two dates in one claim whose statements share no event
// word may be the dates of two events, so their conflict is only possible. Articles invented.

/** The claim that holds both articles' statements. */
function claimOfTwo(first: string, second: string): Claim {
  const report = compare([
    { id: 'one', text: first, publishedAt: '2026-03-06' },
    { id: 'two', text: second, publishedAt: '2026-03-06' },
  ])
  const claim = report.claims.find((c) => c.statementIds.length === 2)
  expect(claim, 'the two statements align').toBeDefined()
  return claim!
}

/** The statuses of the date comparisons of the claim two statements form. */
function dateStatuses(first: string, second: string): string[] {
  return claimOfTwo(first, second)
    .comparisons.filter((c) => c.kind === 'date')
    .map((c) => c.status)
}

function dateComparison(first: string, second: string): { status: string; date: DetailComparison } {
  const claim = claimOfTwo(first, second)
  const date = claim.comparisons.find((c) => c.kind === 'date' && c.status === 'diverge')
  expect(date, 'the dates diverge').toBeDefined()
  return { status: claim.status, date: date! }
}

describe('dates of one claim', () => {
  it('are a confident conflict when both statements date the same event', () => {
    const { status, date } = dateComparison(
      'The Harlow council approved the harbour budget of $40 million on Thursday after a long debate.',
      'The Harlow council approved the harbour budget of $40 million late on Wednesday after a long debate.',
    )
    expect(status).toBe('disputed')
    expect(date.confidence).toBeGreaterThanOrEqual(0.5)
  })

  it('are only a possible conflict when the statements name different events', () => {
    const { status, date } = dateComparison(
      'Harlow police received the emergency call about the harbour fire on Tuesday, Chief Ana Ruiz said.',
      'Chief Ana Ruiz briefed reporters about the harbour fire and the emergency call on Wednesday.',
    )
    expect(status).not.toBe('disputed')
    expect(date.confidence).toBeLessThan(0.5)
  })

  it("belong to the verb in '-ing' right before them, not to an event word further on", () => {
    const { status, date } = dateComparison(
      'The Harlow boatyard foreman was killed by a gunman on Friday at the yard, police said.',
      'Staff at the Harlow boatyard were mourning Saturday after the killing of the foreman by a gunman.',
    )
    expect(status).not.toBe('disputed')
    expect(date.confidence).toBeLessThan(0.5)
  })

  it('still date the event when the word before them is an event verb in -ing', () => {
    const { status, date } = dateComparison(
      'The Harlow boatyard foreman was killed by a gunman on Friday at the yard, police said.',
      'A gunman was killing the Harlow boatyard foreman Thursday at the yard, police said.',
    )
    expect(status).toBe('disputed')
    expect(date.confidence).toBeGreaterThanOrEqual(0.5)
  })

  it("belong to a verb that sets them ('starts Monday'), an event of its own", () => {
    const statuses = dateStatuses(
      'The murder trial of the Harlow dock hand accused of stabbing two co-workers at the boatyard starts Monday.',
      'The Harlow dock hand who stabbed two co-workers at the boatyard Thursday night has been charged with murder.',
    )
    expect(statuses).toEqual(['unique', 'unique'])
  })

  it('still compare two dates the same verb sets', () => {
    const { status } = dateComparison(
      'The murder trial of the Harlow dock hand accused of stabbing two co-workers starts Monday.',
      'The murder trial of the Harlow dock hand accused of stabbing two co-workers starts Tuesday.',
    )
    expect(status).toBe('disputed')
  })

  it("are never compared with another verb's date, whatever that verb", () => {
    const shooting = dateStatuses(
      'Okafor, whose trial starts Monday, opened fire at the Calder depot, killing two workers.',
      'Okafor opened fire at the Calder depot on Thursday, killing two workers.',
    )
    expect(shooting).toEqual(['unique', 'unique'])
    const bridge = dateStatuses(
      'The Marlow footbridge collapsed on Friday after days of heavy rain.',
      'The Marlow footbridge, which collapsed in the storm, will reopen on Friday.',
    )
    expect(bridge).toEqual(['unique', 'unique'])
    // Two verbs for one past event still disagree on its day.
    const { date } = dateComparison(
      'The warehouse fire started Monday night on the Calder docks.',
      'The warehouse fire broke out Sunday night on the Calder docks.',
    )
    expect(date.values.map((value) => value.detail.text)).toEqual(['Monday night', 'Sunday night'])
  })

  it('compare two dates set by words for one event (starts, begins)', () => {
    const { status } = dateComparison(
      'The murder trial of the Harlow dock hand accused of stabbing two co-workers starts Monday.',
      'The murder trial of the Harlow dock hand accused of stabbing two co-workers begins on Tuesday.',
    )
    expect(status).toBe('disputed')
  })
})
