import { describe, expect, it } from 'vitest'
import { slotsOf } from '../../src/compare/same-thing.js'
import { extractDetails } from '../../src/extract/index.js'
import { compare } from '../../src/index.js'

// A person's age belongs to the person named before it: the ages of two people who appear in
// one claim are two facts, not a conflict. Every sentence below is written for this test.

const windowsOf = (text: string): (string | null)[] =>
  slotsOf({ text, start: 0, details: extractDetails(text) })
    .filter((_, i) => extractDetails(text)[i]!.subject === 'age')
    .map((slot) => slot.window)

describe('the window of an age', () => {
  it('is the name written right before it', () => {
    expect(windowsOf('Tomas Reyna, 41, of Mill Lane was charged on Sunday.')).toEqual(['age:tomas reyna'])
    expect(windowsOf('The bodies of Ada Penrose, 67, and Lila Penrose, 19, were found on Sunday.')).toEqual([
      'age:ada penrose',
      'age:lila penrose',
    ])
  })

  it('still compares the two ages outlets give one person', () => {
    const same = compare([
      { id: 'wire', text: 'Tomas Reyna, 41, of Mill Lane was charged with two murders on Sunday.' },
      { id: 'post', text: 'Tomas Reyna, 44, of Mill Lane was charged with two murders on Sunday.' },
    ])
    const statuses = same.claims
      .flatMap((claim) => claim.comparisons)
      .filter((comparison) => comparison.values.some((value) => value.detail.subject === 'age'))
      .map((comparison) => comparison.status)
    expect(statuses).toContain('diverge')
  })
})

describe('the purpose of an amount of money', () => {
  const subjectOf = (text: string): string | null =>
    extractDetails(text).find((detail) => detail.kind === 'money')?.subject ?? null

  it('names what the money is for, after "to" and a verb', () => {
    expect(subjectOf('The board approved $12 million last year to rebuild the old pier.')).toBe('pier')
    expect(
      subjectOf("The board approved $9 million to rebuild the county's old pier, a plan critics opposed."),
    ).toBe('pier')
  })

  it('names nothing when no such phrase follows', () => {
    expect(subjectOf('The board paid $12 million to Corvan Marine.')).toBeNull()
  })
})

describe('a count listed as one part of a group', () => {
  const windowOf = (text: string, figure: string): string | null => {
    const details = extractDetails(text)
    return slotsOf({ text, start: 0, details })[details.findIndex((detail) => detail.text === figure)]!.window
  }

  it('is a part, not the group’s total', () => {
    expect(windowOf('The three ferry crew, two women and a man, were rescued at dawn.', 'two')).toBe(
      'part:listed',
    )
    expect(windowOf('The three ferry crew, a man and two women, were rescued at dawn.', 'two')).toBe(
      'part:listed',
    )
    expect(windowOf('The three ferry crew, two women and a man, were rescued at dawn.', 'three')).toBeNull()
  })

  it('leaves a count whose "and" joins another verb alone', () => {
    expect(windowOf('Police arrested two men and seized a car on Tuesday.', 'two')).toBeNull()
  })

  it('is each of the numbers listed before one noun', () => {
    const text = 'Rescuers pulled five and two passengers from the two cabins.'
    expect(windowOf(text, 'five')).toBe('part:listed')
    expect(windowOf(text, 'two')).toBe('part:listed')
    expect(windowOf('Crews found 4 and 6 bodies in the two houses.', '4')).toBe('part:listed')
  })

  it('is not one of two uncertain counts, nor a count after a comma', () => {
    expect(windowOf('Three or four robbers burst into the shop.', 'Three')).toBeNull()
    expect(windowOf('The champion (31-2, 22 knockouts) won again.', '22')).toBeNull()
  })

  it('is not a count that ends one clause before the next opens with a count', () => {
    expect(windowOf('The landslide killed two and 15 others were hurt.', '15')).toBeNull()
    expect(windowOf('Officers arrested 6 and 200 residents were moved out.', '200')).toBeNull()
  })

  it('is not a count with a noun of its own beside another', () => {
    expect(windowOf('The blast left 12 dead and 34 wounded.', '12')).toBeNull()
    expect(windowOf('The blast left 12 dead and 34 wounded.', '34')).toBeNull()
  })

  it('is compared with another outlet’s parts, never with its total', () => {
    const statuses = (other: string) =>
      compare([
        { id: 'wire', text: 'Rescuers pulled five and two passengers from the sunken cabins.' },
        { id: 'post', text: other },
      ])
        .claims.flatMap((claim) => claim.comparisons)
        .filter((comparison) => comparison.kind === 'count' && comparison.values.length > 1)
        .map((comparison) => comparison.status)
    expect(statuses('Rescuers pulled seven passengers from the sunken cabins.')).not.toContain('diverge')
    expect(statuses('Rescuers pulled five and three passengers from the sunken cabins.')).toContain('diverge')
  })
})

// A figure the words tie to one named person ('Hiller, who had worked there for 15 years',
// "Dorsey's 37 years") belongs to that person: two people's figures in one claim are two facts.
describe('whose figure it is', () => {
  const comparisonsOf = (a: string, b: string) =>
    compare([
      { id: 'wire', text: a },
      { id: 'post', text: b },
    ]).claims.flatMap((claim) => claim.comparisons)
  const durationStatuses = (a: string, b: string) =>
    comparisonsOf(a, b)
      .filter((comparison) => comparison.kind === 'duration')
      .map((comparison) => comparison.status)

  it('keeps two named people’s years apart', () => {
    expect(
      durationStatuses(
        'Hiller, who had worked at the bottling plant for 15 years, was suspended on Monday before the shooting.',
        'Dorsey, who had worked at the bottling plant for 37 years, was shot after Hiller was suspended.',
      ),
    ).not.toContain('diverge')
    expect(
      durationStatuses(
        "Hiller's 15 years at the bottling plant ended with his suspension before the shooting.",
        "Dorsey's 37 years at the bottling plant ended in the shooting after Hiller's suspension.",
      ),
    ).not.toContain('diverge')
  })

  it('keeps apart the years of two people who served them, a pronoun standing for the name before it', () => {
    expect(
      durationStatuses(
        'The shots came minutes after Nora Hiller was suspended from the bottling plant, where she had worked for 15 years.',
        "Dorsey's been at the bottling plant for 37 years and worked beside Nora Hiller on the third floor.",
      ),
    ).not.toContain('diverge')
    expect(
      durationStatuses(
        'Ivo Reyes has worked at the bottling plant for 12 years, his union said after the shooting.',
        'Ivo Reyes has worked at the bottling plant for 14 years, the union said after the shooting.',
      ),
    ).toContain('diverge')
  })

  it('still compares what outlets give one person', () => {
    expect(
      durationStatuses(
        'Hiller, who had worked at the bottling plant for 15 years, was suspended on Monday before the shooting.',
        'Hiller, who had worked at the bottling plant for 17 years, was suspended before the shooting.',
      ),
    ).toContain('diverge')
  })

  it('is no one for a group of unnamed people', () => {
    const statuses = comparisonsOf(
      'Officials, who counted 12 dead in the flooded valley, asked the army for help.',
      'Rescuers, who counted 14 dead in the flooded valley, asked the army for help.',
    )
      .filter((comparison) => comparison.kind === 'count')
      .map((comparison) => comparison.status)
    expect(statuses).toContain('diverge')
  })
})
