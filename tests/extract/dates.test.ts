import { describe, expect, it } from 'vitest'
import { isoWeek } from '../../src/extract/extractors/date.js'
import { extractDetails } from '../../src/index.js'
import type { Detail } from '../../src/types.js'

// Dates are read against the publication date of their own article: which occurrence a date
// without a year means, how fine it is, and which parts were chosen rather than stated.

function dates(text: string, referenceDate?: string): Detail[] {
  const details = extractDetails(text, referenceDate === undefined ? {} : { referenceDate })
  return details.filter((detail) => detail.kind === 'date')
}

function only(text: string, referenceDate?: string): Detail {
  const found = dates(text, referenceDate)
  expect(found, text).toHaveLength(1)
  return found[0]!
}

describe('the year of a date without one', () => {
  it.each([
    // The coming weeks: news leaves the year out of a date a few weeks ahead.
    {
      text: 'The budget hearing is on Dec. 12 at the county hall.',
      published: '2025-11-20',
      value: '2025-12-12',
    },
    { text: 'The new river bridge opens in January.', published: '2025-11-20', value: '2026-01' },
    // A future cue takes the next occurrence, however far ahead.
    { text: 'The trial will start on March 3.', published: '2025-11-20', value: '2026-03-03' },
    { text: 'Flights will resume in April.', published: '2025-01-15', value: '2025-04' },
    // Otherwise news looks back.
    { text: 'The cannery shut on Dec. 12 after the floods.', published: '2025-03-01', value: '2024-12-12' },
    { text: 'Flights resumed in April after the strike.', published: '2025-01-15', value: '2024-04' },
    { text: 'The ferry was refitted in August.', published: '2025-11-20', value: '2025-08' },
    // A past cue right before the date keeps it in the past even a few weeks ahead.
    {
      text: 'Officials said on Dec. 12 that the dam was safe.',
      published: '2025-11-20',
      value: '2024-12-12',
    },
    {
      text: 'Since Dec. 1, fuel prices have risen by a third.',
      published: '2025-11-20',
      value: '2024-12-01',
    },
    // A stated weekday picks the year it fits.
    {
      text: 'The hearing opens on Thursday, Dec. 12, at the county court.',
      published: '2025-11-20',
      value: '2024-12-12',
    },
    {
      text: 'The hearing opens on Friday, Dec. 12, at the county court.',
      published: '2025-11-20',
      value: '2025-12-12',
    },
  ])('$text (published $published) -> $value', ({ text, published, value }) => {
    const date = only(text, published)
    expect(date.value).toBe(value)
    expect(date.implied).toEqual(['year'])
  })

  it('reads each article against its own publication date', () => {
    const text = 'The ferry service restarts on Jan. 5.'
    expect(only(text, '2025-12-01').value).toBe('2026-01-05')
    expect(only(text, '2025-02-01').value).toBe('2025-01-05')
  })
})

describe('granularity and implied parts', () => {
  it.each([
    {
      text: 'The mill closed in 2022.',
      published: '2025-11-20',
      value: '2022',
      granularity: 'year',
      implied: [],
    },
    {
      text: 'The mill closed in February 2022.',
      published: '2025-11-20',
      value: '2022-02',
      granularity: 'month',
      implied: [],
    },
    {
      text: 'The mill closed on 14 February 2022.',
      published: '2025-11-20',
      value: '2022-02-14',
      granularity: 'day',
      implied: [],
    },
    {
      text: 'The economy boomed in the 1990s.',
      published: undefined,
      value: '1990s',
      granularity: 'decade',
      implied: [],
    },
    {
      text: 'Ferry traffic fell sharply last year.',
      published: '2025-11-20',
      value: '2024',
      granularity: 'year',
      implied: [],
    },
    {
      text: 'The council meets again next month.',
      published: '2025-11-20',
      value: '2025-12',
      granularity: 'month',
      implied: [],
    },
    {
      text: 'The levee was inspected last week.',
      published: '2025-11-20',
      value: '2025-W46',
      granularity: 'week',
      implied: [],
    },
    {
      text: 'The commission said this week that turnout fell.',
      published: '2025-11-20',
      value: '2025-W47',
      granularity: 'week',
      implied: [],
    },
    {
      text: 'The mayor resigned yesterday.',
      published: '2025-11-20',
      value: '2025-11-19',
      granularity: 'day',
      implied: [],
    },
    {
      text: 'The warehouse fire broke out on Tuesday.',
      published: '2025-11-20',
      value: '2025-11-18',
      granularity: 'day',
      implied: ['year', 'month', 'day'],
    },
    {
      text: 'The vote was held on Thursday at 10am.',
      published: '2025-11-21',
      value: '2025-11-20T10:00',
      granularity: 'time',
      implied: ['year', 'month', 'day'],
    },
    {
      text: 'The vote was held on Thursday at 10am.',
      published: undefined,
      value: 'thursday',
      granularity: 'time',
      implied: [],
    },
    {
      text: 'Ferry traffic fell sharply last year.',
      published: undefined,
      value: 'last year',
      granularity: 'year',
      implied: [],
    },
    {
      text: 'The talks began on May 9 in the capital.',
      published: undefined,
      value: '--05-09',
      granularity: 'day',
      implied: [],
    },
  ])(
    '$text (published $published): $value, $granularity',
    ({ text, published, value, granularity, implied }) => {
      const date = only(text, published)
      expect([date.value, date.granularity, date.implied]).toEqual([value, granularity, implied])
    },
  )

  it.each([
    [2025, 10, 13, '2025-W46'],
    [2025, 10, 20, '2025-W47'],
    [2024, 11, 30, '2025-W01'],
    [2021, 0, 3, '2020-W53'],
  ])('the ISO week of %i-%i-%i is %s', (year, month, day, week) => {
    expect(isoWeek(year, month, day)).toBe(week)
  })
})

describe('a span of time is not a date', () => {
  it.each([
    ['The warehouse fire burned for five hours before it was contained.', 'five hours'],
    ['Divers searched for three days after the ferry sank.', 'three days'],
    ['The blaze smouldered for 12 hours after crews arrived.', '12 hours'],
    // 'a' or 'an' as the number: never the year 2001 or a day counted from publication.
    ['House prices climbed 9% in a year.', 'a year'],
    ['The new dock was finished within a month.', 'a month'],
    ['Talks restarted after a year of deadlock.', 'a year'],
    ['The lift stayed stuck for an hour.', 'an hour'],
    // A hedge before the number: 'after about 15 minutes' was the clock time 12:15.
    ['The chase ended after about 15 minutes when the van hit a pole.', 'about 15 minutes'],
    ['Talks broke up after more than 12 hours.', 'more than 12 hours'],
  ])('%s', (text, duration) => {
    for (const published of ['2025-11-20', undefined]) {
      const details = extractDetails(text, published === undefined ? {} : { referenceDate: published })
      expect(details.filter((detail) => detail.kind === 'date')).toEqual([])
      expect(details.filter((detail) => detail.kind === 'duration').map((detail) => detail.text)).toEqual([
        duration,
      ])
    }
  })

  // 'the year after' counts from another event: chrono read it from the publication date, or
  // without one from 2000 (the year 2001, which a claim then found 'different' from 2011).
  it.each([
    'The Wrens reached the final the year after their relegation.',
    'Repairs to the pier began the day after the storm.',
    'Tickets for the regatta sold out the week before.',
    'The mill closed the month after the fire.',
  ])('%s holds no date', (text) => {
    for (const published of ['2025-11-20', undefined]) {
      const details = extractDetails(text, published === undefined ? {} : { referenceDate: published })
      expect(details.filter((detail) => detail.kind === 'date')).toEqual([])
    }
  })

  it.each([
    ['The ferry left port three days ago.', '2025-11-17'],
    ['Police arrested 30 people, up from 12 a year earlier.', '2024'],
    ['The harbour wall was rebuilt a year ago.', '2024'],
  ])('%s stays a date counted from publication', (text, value) => {
    expect(only(text, '2025-11-20').value).toBe(value)
  })
})

describe('a part of the day with its date', () => {
  it.each([
    ['The trawler sank on the morning of March 3.', 'March 3', '2025-03-03'],
    ['Looting began on the night of Dec. 12, police said.', 'Dec. 12', '2024-12-12'],
    ['The dyke gave way on the afternoon of 14 February.', '14 February', '2025-02-14'],
  ])('%s gives the date %s', (text, phrase, value) => {
    const date = only(text, '2025-03-05')
    expect([date.text, date.value]).toEqual([phrase, value])
  })
})

describe('a score before a day', () => {
  const datesOf = (text: string) =>
    extractDetails(text)
      .filter((detail) => detail.kind === 'date')
      .map((detail) => [detail.text, detail.value])

  it("leaves the score's last number out of the date", () => {
    expect(datesOf('The Hawks beat the Rovers 34-12 Sunday to clinch the title.')).toEqual([
      ['Sunday', 'sunday'],
    ])
    expect(datesOf('Denver won 27-10 Monday night.').map(([text]) => text)).toEqual(['Monday'])
  })

  it('still reads a day of the month written before its month', () => {
    expect(datesOf('The council met on 12 March.')).toEqual([['12 March', '--03-12']])
  })
})

describe('a weekday abbreviation in a name', () => {
  it("does not read a newspaper's 'Sun' as Sunday", () => {
    expect(dates('The mayor told the Harbourside Sun Ledger she would not resign.')).toEqual([])
    expect(dates('The harbour mayor resigned, the Daily Sun reported.')).toEqual([])
    expect(dates('Lund spoke to the Sun Courier on Thursday.').map((date) => date.text)).toEqual(['Thursday'])
  })

  it('still reads the abbreviations as days in a list or before a date', () => {
    expect(dates('The ferry runs Sat, Sun and Mon only.').map((date) => date.text)).toEqual([
      'Sat',
      'Sun',
      'Mon',
    ])
    expect(dates('The vote is on Sun Nov 3.').map((date) => date.text)).toEqual(['Sun Nov 3'])
    expect(dates('The museum opens Sat Sun Mon from 10am.').map((date) => date.text)).toContain('Sat')
    expect(dates('Seats for the Sun matinee went in an hour.').map((date) => date.text)).toEqual(['Sun'])
  })
})
