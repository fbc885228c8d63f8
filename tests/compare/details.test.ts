import { describe, expect, it } from 'vitest'
import { compareClaim } from '../../src/compare/details.js'
import { OPEN_MAX } from '../../src/compare/values.js'
import type { ComparisonStatus } from '../../src/types.js'
import {
  article,
  byId,
  claim,
  count,
  type DetailSpec,
  date,
  money,
  options,
  pair,
  percent,
  person,
  quote,
} from './make.js'

interface Case {
  name: string
  a: { text: string; details: DetailSpec[] }
  b: { text: string; details: DetailSpec[] }
  /** Expected comparison statuses, in order. */
  expected: ComparisonStatus[]
  /** The claim's status, when a diverging comparison does not make it 'disputed'. */
  claimStatus?: 'corroborated' | 'disputed'
}

const cases: Case[] = [
  {
    name: 'words and digits for one number agree',
    a: {
      text: 'Some 9,000 troops marched across the square.',
      details: [count('9,000 troops', 9000, 'troops')],
    },
    b: {
      text: 'Nine thousand troops marched through the square.',
      details: [count('Nine thousand troops', 9000, 'troops')],
    },
    expected: ['agree'],
  },
  {
    name: 'an exact figure fits inside "about" the same figure',
    a: { text: 'The parade had 9,000 troops.', details: [count('9,000 troops', 9000, 'troops')] },
    b: {
      text: 'The parade had about 9,000 troops.',
      details: [count('about 9,000 troops', 9000, 'troops', 'about')],
    },
    expected: ['compatible'],
  },
  {
    name: '"more than 8,500" (open interval) allows 9,000',
    a: { text: 'The parade had 9,000 troops.', details: [count('9,000 troops', 9000, 'troops')] },
    b: {
      text: 'The parade had more than 8,500 troops.',
      details: [count('more than 8,500 troops', { min: 8500, max: OPEN_MAX }, 'troops', 'more-than')],
    },
    expected: ['compatible'],
  },
  {
    name: '"more than 8,500" (bare number) rules out 8,000',
    a: { text: 'The parade had 8,000 troops.', details: [count('8,000 troops', 8000, 'troops')] },
    b: {
      text: 'The parade had more than 8,500 troops.',
      details: [count('more than 8,500 troops', 8500, 'troops', 'more-than')],
    },
    expected: ['diverge'],
  },
  {
    name: '"fewer than 50" rules out 60',
    a: {
      text: 'Fewer than 50 protesters were arrested.',
      details: [count('50 protesters', { min: 0, max: 50 }, 'protesters', 'less-than')],
    },
    b: { text: 'Police arrested 60 protesters.', details: [count('60 protesters', 60, 'protesters')] },
    expected: ['diverge'],
  },
  {
    name: 'a range contains an exact figure',
    a: {
      text: 'Between 40 and 50 homes burned in the hillside fire.',
      details: [count('Between 40 and 50 homes', { min: 40, max: 50 }, 'homes', 'range')],
    },
    b: { text: 'The fire destroyed 45 homes.', details: [count('45 homes', 45, 'homes')] },
    expected: ['compatible'],
  },
  {
    name: 'a range excludes a figure outside it',
    a: {
      text: 'Between 40 and 50 homes burned in the hillside fire.',
      details: [count('Between 40 and 50 homes', { min: 40, max: 50 }, 'homes', 'range')],
    },
    b: { text: 'In all, 55 homes burned in the hillside fire.', details: [count('55 homes', 55, 'homes')] },
    expected: ['diverge'],
  },
  {
    name: 'overlapping ranges are compatible',
    a: {
      text: 'Between 40 and 50 homes burned in the hillside fire.',
      details: [count('Between 40 and 50 homes', { min: 40, max: 50 }, 'homes', 'range')],
    },
    b: {
      text: 'From 48 to 60 homes burned.',
      details: [count('48 to 60 homes', { min: 48, max: 60 }, 'homes', 'range')],
    },
    expected: ['compatible'],
  },
  {
    name: 'rounding explains $240 billion against $240.3 billion',
    a: {
      text: 'Trade reached $240 billion last year.',
      details: [money('$240 billion', 240e9, 'USD', 'trade')],
    },
    b: {
      text: 'Trade reached $240.3 billion last year.',
      details: [money('$240.3 billion', 240.3e9, 'USD', 'trade')],
    },
    expected: ['compatible'],
  },
  {
    name: 'rounding explains 9,000 against 9,040',
    a: { text: 'Officials counted 9,000 marchers.', details: [count('9,000 marchers', 9000, 'marchers')] },
    b: { text: 'Officials counted 9,040 marchers.', details: [count('9,040 marchers', 9040, 'marchers')] },
    expected: ['compatible'],
  },
  {
    name: '12 dead against 14 dead diverge',
    a: { text: 'The blast left 12 dead.', details: [count('12 dead', 12, 'dead')] },
    b: { text: 'The blast left 14 dead.', details: [count('14 dead', 14, 'dead')] },
    expected: ['diverge'],
  },
  {
    name: 'a one-death gap is news, not rounding (40 against 41 killed)',
    a: { text: 'The blast killed 40 people.', details: [count('40 people', 40, 'people killed')] },
    b: { text: 'The blast killed 41 people.', details: [count('41 people', 41, 'people killed')] },
    expected: ['diverge'],
  },
  {
    name: '"killed", "dead" and "deaths" are one subject',
    a: {
      text: 'Officials said 41 people were killed in the landslide.',
      details: [count('41 people', 41, 'people killed')],
    },
    b: {
      text: 'Officials said the landslide caused 38 deaths.',
      details: [count('38 deaths', 38, 'deaths')],
    },
    expected: ['diverge'],
  },
  {
    name: '$15 million against $20 million diverge',
    a: {
      text: 'The city pledged $15 million for repairs.',
      details: [money('$15 million', 15e6, 'USD', 'repairs')],
    },
    b: {
      text: 'The city pledged $20 million for repairs.',
      details: [money('$20 million', 20e6, 'USD', 'repairs')],
    },
    expected: ['diverge'],
  },
  {
    name: 'the same amount in two currencies diverges (one currency is wrong)',
    a: {
      text: 'The city pledged $15 million for repairs.',
      details: [money('$15 million', 15e6, 'USD', 'repairs')],
    },
    b: {
      text: 'The city pledged €15 million for repairs.',
      details: [money('€15 million', 15e6, 'EUR', 'repairs')],
    },
    expected: ['diverge'],
  },
  {
    name: 'different amounts in two currencies are not compared (likely a conversion)',
    a: {
      text: 'The city pledged $15 million for repairs.',
      details: [money('$15 million', 15e6, 'USD', 'repairs')],
    },
    b: {
      text: 'The city pledged €13.8 million for repairs.',
      details: [money('€13.8 million', 13.8e6, 'EUR', 'repairs')],
    },
    expected: ['unique', 'unique'],
  },
  {
    name: 'the same number counting different things is not compared',
    a: { text: 'The parade drew 9,000 troops.', details: [count('9,000 troops', 9000, 'troops')] },
    b: {
      text: 'The parade drew 9,000 spectators.',
      details: [count('9,000 spectators', 9000, 'spectators')],
    },
    expected: ['unique', 'unique'],
  },
  {
    name: '80 against 100 troops diverge',
    a: { text: 'A unit of 80 troops led the march.', details: [count('80 troops', 80, 'troops')] },
    b: { text: 'A unit of 100 soldiers led the march.', details: [count('100 soldiers', 100, 'soldiers')] },
    expected: ['diverge'],
  },
  {
    name: 'a figure with no subject meets the only figure of the other statement',
    a: { text: 'About 9,000 took part.', details: [count('About 9,000', 9000, null, 'about')] },
    b: { text: 'Some 9,000 troops took part.', details: [count('9,000 troops', 9000, 'troops')] },
    expected: ['compatible'],
  },
  {
    name: 'a figure with no subject is not compared when the other statement has two figures',
    a: { text: 'About 70 took part.', details: [count('About 70', 70, null, 'about')] },
    b: {
      text: 'Some 9,000 troops and 75 tanks took part.',
      details: [count('9,000 troops', 9000, 'troops'), count('75 tanks', 75, 'tanks')],
    },
    expected: ['unique', 'unique', 'unique'],
  },
  {
    name: 'by elimination, the one figure left in each statement is compared',
    a: {
      text: 'Seven council members voted for the budget and two voted against it.',
      details: [count('Seven council members', 7, 'council members'), count('two', 2)],
    },
    b: {
      text: 'Six council members voted for the budget and three voted against it.',
      details: [count('Six council members', 6, 'council members'), count('three', 3)],
    },
    expected: ['diverge', 'diverge'],
  },
  {
    name: 'elimination never pairs leftover figures whose subjects conflict',
    a: {
      text: 'The parade drew 9,000 troops and 12 bands.',
      details: [count('9,000 troops', 9000, 'troops'), count('12 bands', 12, 'bands')],
    },
    b: {
      text: 'The parade drew 9,000 troops and 15 dancers.',
      details: [count('9,000 troops', 9000, 'troops'), count('15 dancers', 15, 'dancers')],
    },
    expected: ['agree', 'unique', 'unique'],
  },
  {
    name: 'a figure with no subject is not matched to one ten times larger or smaller',
    a: {
      text: 'The city of about 400,000 is in mourning.',
      details: [count('about 400,000', 400000, null, 'about')],
    },
    b: {
      text: 'At least nine people are missing in the city.',
      details: [count('At least nine people', { min: 9, max: OPEN_MAX }, 'missing', 'at-least')],
    },
    expected: ['unique', 'unique'],
  },
  {
    name: 'a quote takes its speaker from the attribution beside it',
    a: {
      text: '"The current was running faster than anything we have recorded," Ines Varga said.',
      details: [
        quote('"The current was running faster than anything we have recorded,"'),
        { kind: 'attribution', text: 'Ines Varga said', value: 'Ines Varga', source: 'Ines Varga' },
      ],
    },
    b: {
      text: '"The current was faster than anything we\'ve seen," Varga told the Gazette.',
      details: [
        quote('"The current was faster than anything we\'ve seen,"'),
        { kind: 'attribution', text: 'Varga told', value: 'Varga', source: 'Varga' },
      ],
    },
    expected: ['diverge', 'agree'],
    claimStatus: 'corroborated',
  },
  {
    name: 'two figures each meet their own subject',
    a: {
      text: 'The blast killed 12 and injured 30.',
      details: [count('12', 12, 'killed'), count('30', 30, 'injured')],
    },
    b: {
      text: 'The blast left 12 dead and 34 wounded.',
      details: [count('12 dead', 12, 'dead'), count('34 wounded', 34, 'wounded')],
    },
    expected: ['agree', 'diverge'],
  },
  {
    name: '"about 9,000" twice agree',
    a: {
      text: 'About 9,000 troops marched.',
      details: [count('About 9,000 troops', 9000, 'troops', 'about')],
    },
    b: {
      text: 'Roughly 9,000 troops marched.',
      details: [count('Roughly 9,000 troops', 9000, 'troops', 'about')],
    },
    expected: ['agree'],
  },
  {
    name: '"about 9,000" does not stretch to 10,500',
    a: {
      text: 'About 9,000 troops marched.',
      details: [count('About 9,000 troops', 9000, 'troops', 'about')],
    },
    b: { text: 'Some 10,500 troops marched.', details: [count('10,500 troops', 10500, 'troops')] },
    expected: ['diverge'],
  },
  {
    name: 'percentages: rounding explains 4.5% against 4.48%',
    a: { text: 'Unemployment rose to 4.5%.', details: [percent('4.5%', 4.5, 'unemployment')] },
    b: { text: 'Unemployment rose to 4.48%.', details: [percent('4.48%', 4.48, 'unemployment')] },
    expected: ['compatible'],
  },
  {
    name: 'percentages: 40% against 41% diverge',
    a: { text: 'Turnout was 40%.', details: [percent('40%', 40, 'turnout')] },
    b: { text: 'Turnout was 41 per cent.', details: [percent('41 per cent', 41, 'turnout')] },
    expected: ['diverge'],
  },
  {
    name: 'Thursday against Friday (resolved dates) diverge',
    a: { text: 'The bridge closed on Thursday.', details: [date('Thursday', '2025-05-08')] },
    b: { text: 'The bridge closed on Friday.', details: [date('Friday', '2025-05-09')] },
    expected: ['diverge'],
  },
  {
    name: 'Thursday against Friday (unresolved weekdays) diverge',
    a: { text: 'The bridge closed on Thursday.', details: [date('Thursday', 'Thursday')] },
    b: { text: 'The bridge closed on Friday.', details: [date('Friday', 'Friday')] },
    expected: ['diverge'],
  },
  {
    name: 'a weekday fits the ISO date that falls on it',
    a: { text: 'The bridge closed on Thursday.', details: [date('Thursday', 'Thursday')] },
    b: { text: 'The bridge closed on May 8.', details: [date('May 8', '2025-05-08')] },
    expected: ['compatible'],
  },
  {
    name: 'the same ISO date agrees; a month contains its day',
    a: {
      text: 'The bridge closed on May 8 and reopens in June.',
      details: [date('May 8', '2025-05-08'), { ...date('June', '2025-06'), subject: 'reopening' }],
    },
    b: {
      text: 'The bridge closed on 8 May and reopens on June 2.',
      details: [date('8 May', '2025-05-08'), { ...date('June 2', '2025-06-02'), subject: 'reopens' }],
    },
    expected: ['agree', 'compatible'],
  },
  {
    name: 'a quote in the same words agrees, whatever the quote marks',
    a: {
      text: '"We will rebuild every home," Ortiz said.',
      details: [quote('"We will rebuild every home,"', 'Ana Ortiz')],
    },
    b: {
      text: '\u201cWe will rebuild every home\u201d, said Ortiz.',
      details: [quote('\u201cWe will rebuild every home\u201d', 'Ortiz')],
    },
    expected: ['agree'],
  },
  {
    name: 'a reworded quote diverges',
    a: {
      text: '"We will rebuild every home," Ortiz said.',
      details: [quote('"We will rebuild every home,"', 'Ortiz')],
    },
    b: {
      text: '"We will rebuild all the homes," Ortiz said.',
      details: [quote('"We will rebuild all the homes,"', 'Ortiz')],
    },
    expected: ['diverge'],
    // A rewording is a misquote finding; the outlets disagree on words, not on a fact.
    claimStatus: 'corroborated',
  },
  {
    name: 'a quote with a changed number diverges and disputes the claim',
    a: {
      text: '"We lost 12 boats in the storm," Ortiz said.',
      details: [quote('"We lost 12 boats in the storm,"', 'Ortiz')],
    },
    b: {
      text: '"We lost 14 boats in the storm," Ortiz said.',
      details: [quote('"We lost 14 boats in the storm,"', 'Ortiz')],
    },
    expected: ['diverge'],
  },
  {
    name: 'a partial quote is compatible',
    a: {
      text: '"We will rebuild every home by winter," Ortiz said.',
      details: [quote('"We will rebuild every home by winter,"', 'Ortiz')],
    },
    b: { text: 'Ortiz vowed to "rebuild every home".', details: [quote('"rebuild every home"', 'Ortiz')] },
    expected: ['compatible'],
  },
  {
    name: 'quotes by different speakers are different quotes',
    a: {
      text: '"We will rebuild every home," Ortiz said.',
      details: [quote('"We will rebuild every home,"', 'Ana Ortiz')],
    },
    b: {
      text: '"We will rebuild every home," Lee said.',
      details: [quote('"We will rebuild every home,"', 'Tom Lee')],
    },
    expected: ['unique', 'unique'],
  },
  {
    name: 'quotes with no speaker meet by their words',
    a: { text: 'A sign read "homes before profits, now".', details: [quote('"homes before profits, now"')] },
    b: { text: 'Banners said "homes before profits".', details: [quote('"homes before profits"')] },
    expected: ['compatible'],
  },
  {
    name: 'names agree when both give them and are unique otherwise; they never diverge',
    a: {
      text: 'Mayor Ana Ortiz visited Riverside.',
      details: [person('Ana Ortiz'), { kind: 'place', text: 'Riverside', value: 'Riverside' }],
    },
    b: {
      text: 'Ortiz and Tom Lee visited the site.',
      details: [person('Ortiz'), person('Tom Lee')],
    },
    expected: ['agree', 'unique', 'unique'],
  },
]

describe('compareClaim: one verdict per thing both outlets report', () => {
  it.each(cases)('$name', ({ a, b, expected, claimStatus }) => {
    const { claim: c, statementsById } = pair(a, b)
    const result = compareClaim(c, statementsById, options())
    expect(result.comparisons.map((comparison) => comparison.status)).toEqual(expected)
    expect(result.status).toBe(claimStatus ?? (expected.includes('diverge') ? 'disputed' : 'corroborated'))
    for (const comparison of result.comparisons) {
      expect(comparison.reason).toMatch(/\.$/)
      expect(comparison.values.length).toBeGreaterThan(0)
    }
  })
})

describe('compareClaim: tolerances are options', () => {
  const rounding = pair(
    { text: 'Trade reached $240 billion.', details: [money('$240 billion', 240e9, 'USD', 'trade')] },
    { text: 'Trade reached $240.3 billion.', details: [money('$240.3 billion', 240.3e9, 'USD', 'trade')] },
  )
  const hedged = pair(
    { text: 'About 9,000 troops marched.', details: [count('About 9,000 troops', 9000, 'troops', 'about')] },
    { text: 'Some 9,800 troops marched.', details: [count('9,800 troops', 9800, 'troops')] },
  )
  const smallToll = pair(
    { text: 'The blast left 40 dead.', details: [count('40 dead', 40, 'dead')] },
    { text: 'The blast left 41 dead.', details: [count('41 dead', 41, 'dead')] },
  )
  const largeCrowd = pair(
    { text: 'The parade drew 9,000 troops.', details: [count('9,000 troops', 9000, 'troops')] },
    { text: 'The parade drew 9,040 troops.', details: [count('9,040 troops', 9040, 'troops')] },
  )
  const spellings = pair(
    { text: 'Zelensky spoke in Kyiv.', details: [person('Zelensky')] },
    { text: 'Zelenskyy spoke in Kyiv.', details: [person('Zelenskyy')] },
  )
  const subjectless = (other: number) =>
    pair(
      { text: 'The count reached 12.', details: [count('12', 12)] },
      { text: `The count reached ${other}.`, details: [count(String(other), other)] },
    )
  const anonymousQuotes = pair(
    { text: 'A banner read "We will rebuild every home".', details: [quote('"We will rebuild every home"')] },
    {
      text: 'A banner read "We will rebuild all the homes".',
      details: [quote('"We will rebuild all the homes"')],
    },
  )
  const oneSpeaker = pair(
    {
      text: 'Ortiz said "We will rebuild every home".',
      details: [quote('"We will rebuild every home"', 'Ortiz')],
    },
    {
      text: 'Ortiz said "Every home will be rebuilt, in time".',
      details: [quote('"Every home will be rebuilt, in time"', 'Ortiz')],
    },
  )
  it.each([
    {
      name: 'roundingTolerance 0.05 lets rounding explain 0.1%',
      setup: rounding,
      overrides: {},
      statuses: ['compatible'],
    },
    {
      name: 'roundingTolerance 0 does not',
      setup: rounding,
      overrides: { roundingTolerance: 0 },
      statuses: ['diverge'],
    },
    {
      name: 'hedgeTolerance 0.1 stretches "about 9,000" to 9,800',
      setup: hedged,
      overrides: {},
      statuses: ['compatible'],
    },
    {
      name: 'hedgeTolerance 0.05 does not',
      setup: hedged,
      overrides: { hedgeTolerance: 0.05 },
      statuses: ['diverge'],
    },
    {
      name: 'minRoundingStep 100 keeps 40 and 41 dead apart',
      setup: smallToll,
      overrides: {},
      statuses: ['diverge'],
    },
    {
      name: 'minRoundingStep 10 lets rounding explain 40 and 41 dead',
      setup: smallToll,
      overrides: { minRoundingStep: 10 },
      statuses: ['compatible'],
    },
    {
      name: 'minRoundingStep 100 lets rounding explain 9,000 and 9,040',
      setup: largeCrowd,
      overrides: {},
      statuses: ['compatible'],
    },
    {
      name: 'minRoundingStep 10,000 does not',
      setup: largeCrowd,
      overrides: { minRoundingStep: 10_000 },
      statuses: ['diverge'],
    },
    {
      name: 'nameSimilarity 0.93 takes Zelensky and Zelenskyy for one name',
      setup: spellings,
      overrides: {},
      statuses: ['agree'],
    },
    {
      name: 'nameSimilarity 0.99 keeps them two names',
      setup: spellings,
      overrides: { nameSimilarity: 0.99 },
      statuses: ['unique', 'unique'],
    },
    {
      name: 'wildcardMaxRatio 10 compares subjectless 12 and 14',
      setup: subjectless(14),
      overrides: {},
      statuses: ['diverge'],
    },
    {
      name: 'wildcardMaxRatio 1.1 does not (14 / 12 is more)',
      setup: subjectless(14),
      overrides: { wildcardMaxRatio: 1.1 },
      statuses: ['unique', 'unique'],
    },
    {
      name: 'wildcardMaxRatio 10 does not compare subjectless 12 and 150',
      setup: subjectless(150),
      overrides: {},
      statuses: ['unique', 'unique'],
    },
    {
      name: 'wildcardMaxRatio 20 does',
      setup: subjectless(150),
      overrides: { wildcardMaxRatio: 20 },
      statuses: ['diverge'],
    },
    {
      name: 'quoteOverlap 0.5 compares two unattributed quotes sharing 3 of 4 words (a misquote)',
      setup: anonymousQuotes,
      overrides: {},
      statuses: ['diverge'],
    },
    {
      name: 'quoteOverlap 0.9 takes them for two different sayings',
      setup: anonymousQuotes,
      overrides: { quoteOverlap: 0.9 },
      statuses: ['unique', 'unique'],
    },
    {
      name: "sameSpeakerQuoteOverlap 0.2 compares two of one speaker's quotes sharing half their words",
      setup: oneSpeaker,
      overrides: {},
      statuses: ['diverge'],
    },
    {
      name: 'sameSpeakerQuoteOverlap 0.6 takes them for two remarks',
      setup: oneSpeaker,
      overrides: { sameSpeakerQuoteOverlap: 0.6 },
      statuses: ['unique', 'unique'],
    },
  ])('$name', ({ setup, overrides, statuses }) => {
    const result = compareClaim(setup.claim, setup.statementsById, options(overrides))
    expect(result.comparisons.map((c) => c.status)).toEqual(statuses)
  })
})

describe('compareClaim: claims and reasons', () => {
  it('gives a claim of one article no comparisons and calls it single-source', () => {
    const lone = article('bbc', 'BBC', [
      { text: 'The blast left 12 dead.', details: [count('12 dead', 12, 'dead')] },
    ])
    const result = compareClaim(claim('c1', lone.statements), byId([lone]), options())
    expect(result).toEqual({ comparisons: [], status: 'single-source' })
  })

  it('names the outlets in a reason when given the articles', () => {
    const {
      claim: c,
      statementsById,
      articlesById,
    } = pair(
      { text: 'The blast left 12 dead.', details: [count('12 dead', 12, 'dead')] },
      { text: 'The blast left 14 dead.', details: [count('14 dead', 14, 'dead')] },
    )
    const [comparison] = compareClaim(c, statementsById, articlesById, options()).comparisons
    expect(comparison?.reason).toBe('12 dead (BBC) and 14 dead (AP) cannot both be right.')
    expect(comparison?.subject).toBe('dead')
    expect(comparison?.values.map((v) => v.articleId)).toEqual(['bbc', 'ap'])
  })

  it('shows a word diff for a reworded quote', () => {
    const { claim: c, statementsById } = pair(
      {
        text: '"We will rebuild every home," Ortiz said.',
        details: [quote('"We will rebuild every home,"', 'Ortiz')],
      },
      {
        text: '"We will rebuild all the homes," Ortiz said.',
        details: [quote('"We will rebuild all the homes,"', 'Ortiz')],
      },
    )
    const [comparison] = compareClaim(c, statementsById, options()).comparisons
    expect(comparison?.diff?.filter((part) => part.removed).map((part) => part.value.trim())).toEqual([
      'every home',
    ])
    expect(comparison?.diff?.filter((part) => part.added).map((part) => part.value.trim())).toEqual([
      'all the homes',
    ])
  })

  it('compares three outlets: one dissenting value makes the detail diverge', () => {
    const bbc = article('bbc', 'BBC', [
      { text: 'The blast left 12 dead.', details: [count('12 dead', 12, 'dead')] },
    ])
    const ap = article('ap', 'AP', [
      { text: 'Twelve people died.', details: [count('Twelve people', 12, 'people died')] },
    ])
    const dw = article('dw', 'DW', [{ text: 'The blast killed 15.', details: [count('15', 15, 'killed')] }])
    const all = [bbc, ap, dw]
    const result = compareClaim(
      claim(
        'c1',
        all.map((a) => a.statements[0]!),
      ),
      byId(all),
      options(),
    )
    expect(result.status).toBe('disputed')
    expect(result.comparisons).toHaveLength(1)
    expect(result.comparisons[0]?.values.map((v) => v.articleId)).toEqual(['bbc', 'ap', 'dw'])
  })

  it('does not pair leftovers of statements built differently (two counts against three)', () => {
    const a = article('a', 'A', [
      {
        text: 'Seven members voted for it and two against.',
        details: [count('Seven members', 7, 'member'), count('two', 2)],
      },
    ])
    const b = article('b', 'B', [
      {
        text: 'Seven members voted for it and three against.',
        details: [count('Seven members', 7, 'member'), count('three', 3)],
      },
    ])
    const c = article('c', 'C', [
      {
        text: 'Seven members backed it, two opposed it and one abstained.',
        details: [count('Seven members', 7, 'member'), count('two', 2), count('one', 1)],
      },
    ])
    const all = [a, b, c]
    const result = compareClaim(
      claim(
        'c1',
        all.map((x) => x.statements[0]!),
      ),
      byId(all),
      options(),
    )
    expect(result.comparisons.map((cmp) => [cmp.status, cmp.values.map((v) => v.detail.text)])).toEqual([
      ['agree', ['Seven members', 'Seven members', 'Seven members']],
      ['agree', ['two', 'two']],
      ['unique', ['three']],
      ['unique', ['one']],
    ])
  })

  it('pairs the leftover figures of statements built alike, beside a third built differently', () => {
    const a = article('a', 'A', [
      {
        text: 'Seven members voted for it and two against.',
        details: [count('Seven members', 7, 'member'), count('two', 2)],
      },
    ])
    const b = article('b', 'B', [
      {
        text: 'Seven members voted for it and three against.',
        details: [count('Seven members', 7, 'member'), count('three', 3)],
      },
    ])
    const c = article('c', 'C', [
      {
        text: 'Seven members backed it, four opposed it and one abstained.',
        details: [count('Seven members', 7, 'member'), count('four', 4), count('one', 1)],
      },
    ])
    const all = [a, b, c]
    const result = compareClaim(
      claim(
        'c1',
        all.map((x) => x.statements[0]!),
      ),
      byId(all),
      options(),
    )
    expect(result.comparisons.map((cmp) => [cmp.status, cmp.values.map((v) => v.detail.text)])).toEqual([
      ['agree', ['Seven members', 'Seven members', 'Seven members']],
      ['diverge', ['two', 'three']],
      ['unique', ['four']],
      ['unique', ['one']],
    ])
  })

  it('is deterministic', () => {
    const setup = () =>
      pair(
        {
          text: 'The blast killed 12 and injured 30.',
          details: [count('12', 12, 'killed'), count('30', 30, 'injured')],
        },
        {
          text: 'The blast left 12 dead and 34 wounded.',
          details: [count('12 dead', 12, 'dead'), count('34 wounded', 34, 'wounded')],
        },
      )
    const first = setup()
    const second = setup()
    expect(JSON.stringify(compareClaim(first.claim, first.statementsById, options()))).toBe(
      JSON.stringify(compareClaim(second.claim, second.statementsById, options())),
    )
  })
})

describe('compareClaim: the sides of scores and tallies', () => {
  it('are never compared with another score’s sides, only agree with the same number', () => {
    const { claim: shared, statementsById } = pair(
      {
        text: 'The Hawks, now 25-7 on the season, won 88-72 on Friday.',
        details: [
          count('25', 25, 'tally'),
          count('7', 7, 'tally'),
          count('88', 88, 'tally'),
          count('72', 72, 'tally'),
        ],
      },
      {
        text: 'The Hawks won 88-72 on Friday after a 15-2 run.',
        details: [
          count('88', 88, 'tally'),
          count('72', 72, 'tally'),
          count('15', 15, 'tally'),
          count('2', 2, 'tally'),
        ],
      },
    )
    const result = compareClaim(shared, statementsById, options())
    expect(result.comparisons.filter((c) => c.status === 'diverge')).toEqual([])
    expect(
      result.comparisons.filter((c) => c.status === 'agree').map((c) => c.values[0]!.detail.text),
    ).toEqual(['88', '72'])
    expect(result.status).toBe('corroborated')
  })
})
