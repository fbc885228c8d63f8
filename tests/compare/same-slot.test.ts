import { describe, expect, it } from 'vitest'
import { compareClaim } from '../../src/compare/details.js'
import {
  type SameThingScore,
  type Slot,
  slotMatch,
  slotsOf,
  UNKNOWN_SLOT,
} from '../../src/compare/same-thing.js'
import { compare } from '../../src/index.js'
import type { Detail, DetailComparison, Report } from '../../src/types.js'
import { count, options, pair, percent } from './make.js'

// Details are compared only when they fill the same slot: same kind and unit class, same
// subject, same event word, same time window, both a level or both a change. Every article
// below is one sentence written for this test.

/** Two one-sentence outlets, compared end to end. */
function twoOutlets(a: string, b: string): Report {
  return compare([
    { id: 'wire', outlet: 'Wire', text: a },
    { id: 'post', outlet: 'Post', text: b },
  ])
}

/** The comparisons of the one claim both outlets share (fails when they do not share one). */
function shared(report: Report): DetailComparison[] {
  const claim = report.claims.find((candidate) => candidate.articleIds.length === 2)
  expect(claim, 'the two sentences align into one claim').toBeDefined()
  return claim!.comparisons
}

/** Comparisons of one kind holding values from both outlets. */
function compared(comparisons: DetailComparison[], kind: DetailComparison['kind']): DetailComparison[] {
  return comparisons.filter(
    (comparison) => comparison.kind === kind && new Set(comparison.values.map((v) => v.articleId)).size > 1,
  )
}

const texts = (comparison: DetailComparison) => comparison.values.map((value) => value.detail.text)

describe('same slot, end to end', () => {
  it('matches each figure of a multi-figure statement to its best counterpart: 47 = 47, six stays unique', () => {
    const report = twoOutlets(
      'Police made six arrests on Wednesday, against 47 the night before.',
      'Police made 47 arrests overnight.',
    )
    const counts = shared(report).filter((comparison) => comparison.kind === 'count')
    expect(counts.map((comparison) => [comparison.status, texts(comparison)])).toEqual(
      expect.arrayContaining([
        ['agree', ['47', '47']],
        ['unique', ['six']],
      ]),
    )
    expect(counts.some((comparison) => comparison.status === 'diverge')).toBe(false)
    expect(report.stats.disputed).toBe(0)
  })

  it('matches the agreeing value whichever statement comes first', () => {
    const report = twoOutlets(
      'Police made 47 arrests overnight.',
      'Police made six arrests on Wednesday, against 47 the night before.',
    )
    const counts = compared(shared(report), 'count')
    expect(counts.map((comparison) => [comparison.status, texts(comparison)])).toEqual([
      ['agree', ['47', '47']],
    ])
  })

  it('never compares percentage points with percent', () => {
    const report = twoOutlets(
      'The jobless rate in Harwick County rose 2 percentage points, the labour office said.',
      'The jobless rate in Harwick County rose to 7.5%, the labour office said.',
    )
    expect(compared(shared(report), 'percent')).toEqual([])
    expect(report.stats.disputed).toBe(0)
  })

  it('never compares a change with a level', () => {
    const report = twoOutlets(
      'The jobless rate in Harwick County rose 2%, the labour office said.',
      'The jobless rate in Harwick County rose to 7.5%, the labour office said.',
    )
    expect(compared(shared(report), 'percent')).toEqual([])
  })

  it('compares figures only within the same stated window', () => {
    const report = twoOutlets(
      "Home sales in Larkfield fell about 10%, the estate agents' association said.",
      "Home sales in Larkfield fell 16% over the past six weeks, the estate agents' association said.",
    )
    expect(compared(shared(report), 'percent')).toEqual([])
    expect(report.stats.disputed).toBe(0)
  })

  it('still compares figures of one stated window', () => {
    const report = twoOutlets(
      "Home sales in Larkfield fell 10% over the past six weeks, the estate agents' association said.",
      "Home sales in Larkfield fell 16% over the past six weeks, the estate agents' association said.",
    )
    expect(compared(shared(report), 'percent').map((comparison) => comparison.status)).toEqual(['diverge'])
  })

  it('never compares the points still needed for a record with the points scored', () => {
    const report = twoOutlets(
      'Ortega needed nine points against Dunmore on Saturday to pass Reyes for the school scoring record.',
      'Ortega passed Reyes for the school scoring record with 20 points against Dunmore on Saturday.',
    )
    expect(compared(shared(report), 'count').flatMap(texts)).not.toContain('nine')
    expect(report.stats.disputed).toBe(0)
  })

  it('never compares a count over one part of a game with the whole game', () => {
    const report = twoOutlets(
      'The Kestrels centre Ortega finished with six blocked shots as the Kestrels beat Dunmore on Saturday.',
      'During the deciding 12-2 run, the Kestrels centre Ortega blocked two shots as the Kestrels beat Dunmore on Saturday.',
    )
    expect(compared(shared(report), 'count').filter((comparison) => comparison.status === 'diverge')).toEqual(
      [],
    )
    expect(report.stats.disputed).toBe(0)
  })

  it('still compares a count over the same part of a game', () => {
    const report = twoOutlets(
      'In the second half, the Kestrels centre Ortega blocked six shots against Dunmore on Saturday.',
      'In the second half, the Kestrels centre Ortega blocked two shots against Dunmore on Saturday.',
    )
    expect(compared(shared(report), 'count').map((comparison) => comparison.status)).toEqual(['diverge'])
  })

  it('never compares a count of how far on with a count of the story: fifteen games later', () => {
    const report = twoOutlets(
      'Before the season, few fans expected the Harlow Hawks to win eleven games and reach the playoffs.',
      'Fifteen games later, the Harlow Hawks are in the playoffs as the fifth seed.',
    )
    const counts = compared(shared(report), 'count')
    expect(counts.flatMap(texts)).not.toContain('Fifteen')
    expect(report.stats.disputed).toBe(0)
  })

  it('shows a count said to be a running total against another only as a possible conflict', () => {
    const updated = twoOutlets(
      'Coastguard officials said a total of 14 people died in the Harlow ferry sinking and the toll was not expected to rise.',
      'Coastguard officials said 12 people died in the Harlow ferry sinking.',
    )
    const [toll] = compared(shared(updated), 'count')
    expect(toll?.status).toBe('diverge')
    expect(toll?.confidence).toBeLessThan(0.5)
    expect(updated.stats.disputed).toBe(0)
    const plain = twoOutlets(
      'Coastguard officials said 14 people died in the Harlow ferry sinking.',
      'Coastguard officials said 12 people died in the Harlow ferry sinking.',
    )
    expect(plain.stats.disputed).toBe(1)
  })

  it('does not make a confident conflict of two facts about one senator', () => {
    for (const [a, b] of [
      [
        'Senator Maria Ellison voted for the water bill in 2022, her office said.',
        'Senator Maria Ellison was first elected in February, her office said.',
      ],
      [
        'Senator Maria Ellison backed the water bill in 2022, her office said.',
        'Senator Maria Ellison joined the water committee in February, her office said.',
      ],
    ] as const) {
      const report = twoOutlets(a, b)
      const confident = report.claims
        .flatMap((claim) => claim.comparisons)
        .filter((comparison) => comparison.status === 'diverge' && (comparison.confidence ?? 1) >= 0.5)
      expect(confident, `${a} / ${b}`).toEqual([])
      expect(report.stats.disputed).toBe(0)
      expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([])
    }
  })

  it('keeps two known events apart: arrested is not charged', () => {
    const report = twoOutlets(
      'Police arrested 12 protesters after the march on Saturday.',
      'Police charged 14 protesters after the march on Saturday.',
    )
    expect(compared(shared(report), 'count')).toEqual([])
  })

  it('still compares one event told in other words: 12 killed against 14 dead', () => {
    const report = twoOutlets(
      'The fire at the Dunmore warehouse killed 12 people, the fire service said.',
      'Fourteen people died in the fire at the Dunmore warehouse, the fire service said.',
    )
    expect(compared(shared(report), 'count').map((comparison) => comparison.status)).toEqual(['diverge'])
  })
})

describe('compareClaim with hand-built statements', () => {
  it('prefers the identical value over a cross pair of one subject', () => {
    const { claim, statementsById } = pair(
      {
        text: 'Six arrests were made on Wednesday and 47 arrests the night before.',
        details: [count('Six arrests', 6, 'arrests'), count('47 arrests', 47, 'arrests')],
      },
      { text: 'Police made 47 arrests overnight.', details: [count('47 arrests', 47, 'arrests')] },
    )
    const result = compareClaim(claim, statementsById, options())
    expect(result.comparisons.map((comparison) => [comparison.status, texts(comparison)])).toEqual([
      ['unique', ['Six arrests']],
      ['agree', ['47 arrests', '47 arrests']],
    ])
    expect(result.status).toBe('corroborated')
  })

  it('gives percent and percentage points different classes', () => {
    const { claim, statementsById } = pair(
      {
        text: 'Turnout rose 3 percentage points.',
        details: [{ ...percent('3 percentage points', 3, 'turnout'), unit: 'pp' }],
      },
      { text: 'Turnout was 3%.', details: [percent('3%', 3, 'turnout')] },
    )
    const result = compareClaim(claim, statementsById, options())
    expect(result.comparisons.map((comparison) => comparison.status)).toEqual(['unique', 'unique'])
  })
})

// Slots read from sentences: [sentence, the detail's text, expected slot fields].
const slotCases: [string, string, Partial<Slot>][] = [
  ['Home sales fell 16% over the past six weeks.', '16%', { window: 'past:6:week', change: 'change' }],
  ['Home sales fell 16% over six weeks.', '16%', { window: 'past:6:week' }],
  ['In 2023, home sales fell about 10%.', 'about 10%', { window: 'in:2023', predicate: 'fall' }],
  ['Prices have risen 5% since March.', '5%', { window: 'since:march', change: 'change' }],
  ['Exports were 4% higher than a year earlier.', '4%', { window: 'prior:year', change: 'change' }],
  ['Unemployment rose 2% this year.', '2%', { window: 'this:year', change: 'change' }],
  ['In five patrols so far, the crew has seized 31 rifles.', '31', { window: 'to-date' }],
  ['Unemployment rose to 7.5%.', '7.5%', { window: null, change: 'level' }],
  // How far off a mark, a running total, a record: each its own window.
  ['The forward needed nine points in the opener to pass the school record.', 'nine', { window: 'needed' }],
  ['She needs just 11 more votes.', '11', { window: 'needed' }],
  ['The bill fell three votes short of a majority.', 'three', { window: 'needed' }],
  ['The win gave her 2,117 career points.', '2,117', { window: 'to-date' }],
  ['She broke the scoring record of 2,106.', '2,106', { window: 'record' }],
  // A part of a game, and a statement's opening phrase, scope a figure.
  ['Vance landed 68 punches during the round.', '68', { window: 'part:round' }],
  ['In the second half, Ortega scored 11 points.', '11', { window: 'part:half:2' }],
  [
    'During the deciding 15-2 run, Ortega grabbed 3 rebounds and blocked two shots.',
    'two',
    { window: 'part:run' },
  ],
  // A month dates a figure's event anywhere in its scope.
  [
    'A quake of magnitude 6.4 struck the valley town of Marrow in the hills of the north in February.',
    '6.4',
    { window: 'in:february' },
  ],
  ['Unemployment stood at 7.5% in May.', '7.5%', { change: 'level' }],
  ['Property taxes will rise by 3.5 percent.', '3.5 percent', { change: 'change' }],
  ['Up to 200 residents were evacuated.', 'Up to 200', { change: null, predicate: 'evacuated' }],
  ['At least 30 people were injured.', 'At least 30', { change: null, predicate: 'injured' }],
  ['Police said 12 people were killed.', '12', { predicate: 'killed', event: true }],
  ['Twelve people have died.', 'Twelve', { predicate: 'killed', event: true }],
  ['The fire killed 12 people and injured 30.', '30', { predicate: 'injured' }],
  ['Police made 47 arrests overnight.', '47', { predicate: 'arrested', window: null }],
  ['Senator Ellison was elected in February.', 'February', { predicate: 'elected', window: null }],
  [
    'The ferry capsized on the river near the port on Thursday evening.',
    'Thursday evening',
    { predicate: 'sank' },
  ],
  // A date right after a reporting verb dates the report, not the event.
  ['The council said on Friday that it would meet.', 'Friday', { predicate: 'reported', event: true }],
  ['Police said late on Wednesday that the man had been arrested.', 'Wednesday', { predicate: 'reported' }],
  ['The bank exploded late Friday, officials said.', 'Friday', { predicate: 'explod' }],
]

// Negative cases: words that are no window (days and nights are when, not over what).
const noWindow: [string, string][] = [
  ['Police made 47 arrests overnight.', '47'],
  ['Police made six arrests on Wednesday.', 'six'],
  ['About 60 people were pulled from the water alive.', 'About 60'],
  ['The river was running 40 percent above its seasonal average.', '40 percent'],
  ['In the long run, 40 jobs will go.', '40'],
  ['The grant of 10 million was cut in half.', '10 million'],
  ['Ortega scored 20 points in the win.', '20'],
]

// Dates by their text; every other detail here is a figure (its kind does not change its slot).
const dateTexts: ReadonlySet<string> = new Set(['February', 'Thursday evening', 'Friday', 'Wednesday'])

function slotIn(text: string, needle: string): Slot {
  const at = text.indexOf(needle)
  if (at < 0) throw new Error(`'${needle}' not in '${text}'`)
  const kind = dateTexts.has(needle) ? 'date' : 'count'
  const detail = {
    kind,
    text: needle,
    start: at,
    end: at + needle.length,
    value: 0,
    unit: null,
    hedge: null,
    subject: null,
  } as const
  return slotsOf({ text, start: 0, details: [detail as Detail] })[0]!
}

describe('slotsOf', () => {
  it.each(slotCases)('%s (%s)', (text, needle, expected) => {
    expect(slotIn(text, needle)).toMatchObject(expected)
  })

  it.each(noWindow)('%s (%s) states no window', (text, needle) => {
    expect(slotIn(text, needle).window).toBeNull()
  })

  it('ends a figure’s scope at the next figure, so each gets its own event word', () => {
    const text = 'The fire killed 12 people and injured 30.'
    const detail = (needle: string) => {
      const at = text.indexOf(needle)
      return {
        kind: 'count',
        text: needle,
        start: at,
        end: at + needle.length,
        value: 0,
        unit: null,
        hedge: null,
        subject: null,
        source: null,
        cue: null,
        granularity: null,
        implied: null,
      } as const
    }
    const [twelve, thirty] = slotsOf({ text, start: 0, details: [detail('12'), detail('30')] })
    expect([twelve!.predicate, thirty!.predicate]).toEqual(['killed', 'injured'])
  })

  it('is unknown for a detail it cannot find in the display text', () => {
    const detail = {
      kind: 'count',
      text: 'forty',
      start: 0,
      end: 5,
      value: 40,
      unit: null,
      hedge: null,
      subject: null,
      source: null,
      cue: null,
      granularity: null,
      implied: null,
    } as const
    expect(slotsOf({ text: 'Nothing here.', start: 0, details: [detail] })[0]).toEqual(UNKNOWN_SLOT)
  })
})

describe('slotMatch', () => {
  const slot = (fields: Partial<Slot>): Slot => ({ ...UNKNOWN_SLOT, ...fields })
  const cases: [string, Partial<Slot>, Partial<Slot>, SameThingScore, ReturnType<typeof slotMatch>][] = [
    ['nothing known', {}, {}, 1, { predicate: 'unknown', window: 'none' }],
    [
      'one event',
      { predicate: 'killed', event: true },
      { predicate: 'killed', event: true },
      3,
      { predicate: 'same', window: 'none' },
    ],
    [
      'two known events',
      { predicate: 'arrested', event: true },
      { predicate: 'charged', event: true },
      3,
      null,
    ],
    [
      'two other verbs, a subject ties them',
      { predicate: 'burn' },
      { predicate: 'destroy' },
      3,
      { predicate: 'unknown', window: 'none' },
    ],
    [
      'two other verbs, no subject',
      { predicate: 'back' },
      { predicate: 'join' },
      1,
      { predicate: 'different', window: 'none' },
    ],
    [
      'one stated window',
      { window: 'past:6:week' },
      { window: 'past:6:week' },
      3,
      { predicate: 'unknown', window: 'same' },
    ],
    ['a window against none', { window: 'past:6:week' }, {}, 3, null],
    ['two windows', { window: 'in:2023' }, { window: 'in:2024' }, 3, null],
    ['change against level', { change: 'change' }, { change: 'level' }, 3, null],
    ['change against unknown', { change: 'change' }, {}, 3, { predicate: 'unknown', window: 'none' }],
  ]
  it.each(cases)('%s', (_name, a, b, subject, expected) => {
    expect(slotMatch(slot(a), slot(b), subject)).toEqual(expected)
    expect(slotMatch(slot(b), slot(a), subject)).toEqual(expected)
  })
})
