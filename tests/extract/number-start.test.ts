import { describe, expect, it } from 'vitest'
import * as patterns from '../../src/extract/patterns.js'

// `numberStart` opens the figure patterns only to make scans faster: without it every pattern
// must find the very same matches. Each text below starts numbers in a different way.

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
]

const guarded = Object.entries(patterns).filter(
  (entry): entry is [string, RegExp] =>
    entry[1] instanceof RegExp && entry[1].source.includes(patterns.numberStart),
)

function matches(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((match) => `${match.index}:${match[0]}`)
}

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
    const bare = new RegExp(pattern.source.split(patterns.numberStart).join(''), pattern.flags)
    let found = 0
    for (const text of texts) {
      const expected = matches(bare, text)
      found += expected.length
      expect(matches(pattern, text)).toEqual(expected)
    }
    expect(found).toBeGreaterThan(0)
  })
})
