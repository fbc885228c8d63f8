import { describe, expect, it } from 'vitest'
import * as patterns from '../../src/extract/patterns.js'
import { english } from '../../src/language/english.js'

// `numberStart` and the other look-aheads that open some patterns are there only to make scans
// faster: without them every pattern must find the very same matches. The texts below start
// numbers, years, ordinals, shares and reporting verbs in many different ways.

const numberWords =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion dozen'.split(
    ' ',
  )

const texts = [
  ...numberWords.flatMap((word) => [
    `Officials counted ${word} people at the gate.`,
    `${word[0]!.toUpperCase()}${word.slice(1)} percent of homes lost power; ${word}-strong crews worked.`,
    `The toll rose to minus ${word} degrees and ${word} years old, for ${word} hours.`,
    `Someone${word} and re${word} are not numbers, nor is x${word} km.`,
  ]),
  'A dozen boats, half a million euros, a couple of dozen tents and tens of thousands of people.',
  'Several hundred homes and a few thousand cars; hundreds died, dozens fled, scores wept.',
  'Rates fell by a third, two-thirds of voters, one in five drivers, 9 out of 10 homes.',
  'It cost $4.5bn, £1.2m, 300 Canadian dollars, 75 cents and 40 EUR; 20p a head.',
  'Temperatures hit −12 and -5 C, then .5 of a point, 2½ inches, 2 1/2 miles, 3/4 of a mile.',
  'The 6.1-magnitude quake, a 34-year-old man, 48 hours, 3 percentage points, 25 bps, 1.234.567 units.',
  'Negative five, minus 3.2 percent, three and a half million, five point two five million.',
  'Inflation was 4.5 per cent, up 0.5pp; half a percentage point; 1e10 atoms; 120 km away.',
  'Éone, àtwo, naïve nine: letters outside a-z before a number word.',
  'In FY2024 and the 1990s, 2019/20 and 1899, the 3rd, 21st and twentieth-century fifth round.',
  'According to the mayor, who said so, officials told reporters; Reuters reported, she added.',
  'Nearly a third of voters, half the workforce, cut by a fifth, one in five drivers, 9 out of 10.',
  'xaccording to, unsaid, retold, firstly, 12019, a1990s, someone in five, by halves.',
]

const guarded = Object.entries(patterns).filter(
  (entry): entry is [string, RegExp] =>
    entry[1] instanceof RegExp && entry[1].source.includes(patterns.numberStart),
)

function matches(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((match) => `${match.index}:${match[0]}`)
}

function sameMatches(pattern: RegExp, guard: string): void {
  expect(pattern.source.startsWith(guard) || pattern.source.includes(guard)).toBe(true)
  const bare = new RegExp(pattern.source.split(guard).join(''), pattern.flags)
  let found = 0
  for (const text of texts) {
    const expected = matches(bare, text)
    found += expected.length
    expect(matches(pattern, text)).toEqual(expected)
  }
  expect(found).toBeGreaterThan(0)
}

describe('look-aheads before look-behinds', () => {
  it.each([
    ['yearPattern', patterns.yearPattern, '(?=1[89]|20)'],
    ['ordinalPattern', patterns.ordinalPattern, String.raw`(?=[\defhnst])`],
    ['sharePattern', patterns.sharePattern, String.raw`(?=[\daefhnost])`],
    ['accordingToPattern', patterns.accordingToPattern, '(?=a)'],
    ['durationPattern', patterns.durationPattern, '(?=an? )'],
    ['speechVerbPattern', patterns.speechVerbPattern, patterns.verbStart(english.speechVerbs)],
  ] as const)('change no match of %s', (_name, pattern, guard) => {
    sameMatches(pattern, guard)
  })

  it('take the first letters of the reporting verbs, or nothing when one is no plain letter', () => {
    expect(patterns.verbStart(['said', 'told', 'added'])).toBe('(?=[ast])')
    expect(patterns.verbStart(['said', 'éclaté'])).toBe('')
    expect(patterns.verbStart([])).toBe('')
  })
})

describe('numberStart', () => {
  it('opens the figure patterns', () => {
    expect(guarded.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'countPattern',
        'quantityPattern',
        'moneySuffixPattern',
        'percentPattern',
        'agePattern',
      ]),
    )
  })

  it.each(guarded)('changes no match of %s', (_name, pattern) => {
    sameMatches(pattern, patterns.numberStart)
  })
})
