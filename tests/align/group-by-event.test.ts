import { describe, expect, it } from 'vitest'
import { groupByEvent } from '../../src/align/group-by-event.js'
import { CorroborateError } from '../../src/errors.js'
import type { ArticleInput } from '../../src/types.js'
import { labelledEvents } from './fixture.js'

/** The fixture's articles as raw inputs, interleaved so that no event's articles are adjacent. */
function mixedPile(): { inputs: ArticleInput[]; eventOf: Map<ArticleInput, string> } {
  const eventOf = new Map<ArticleInput, string>()
  const perEvent = labelledEvents.map((event) =>
    event.articles.map((article) => {
      const input = { id: article.id, outlet: article.outlet, text: article.sentences.join(' ') }
      eventOf.set(input, event.name)
      return input
    }),
  )
  const inputs: ArticleInput[] = []
  const longest = Math.max(...perEvent.map((articles) => articles.length))
  for (let i = 0; i < longest; i++)
    for (const articles of perEvent) if (articles[i]) inputs.push(articles[i]!)
  return { inputs, eventOf }
}

describe('groupByEvent', () => {
  it('sorts a mixed pile of three events into one group per event', () => {
    const { inputs, eventOf } = mixedPile()
    const groups = groupByEvent(inputs)
    expect(groups).toHaveLength(3)
    for (const group of groups) expect(new Set(group.map((input) => eventOf.get(input))).size).toBe(1)
    expect(groups.map((group) => eventOf.get(group[0]!))).toEqual([
      'warehouse fire',
      'tram extension vote',
      'measles outbreak',
    ])
  })

  it('returns the inputs themselves, groups in order of first article and articles in input order', () => {
    const { inputs } = mixedPile()
    const groups = groupByEvent(inputs)
    expect(groups.flat().every((input) => inputs.includes(input))).toBe(true)
    expect(groups.flat()).toHaveLength(inputs.length)
    for (const group of groups) {
      const positions = group.map((input) => inputs.indexOf(input))
      expect(positions).toEqual([...positions].sort((a, b) => a - b))
    }
    const firsts = groups.map((group) => inputs.indexOf(group[0]!))
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b))
  })

  it('is deterministic', () => {
    const { inputs } = mixedPile()
    const ids = (groups: ArticleInput[][]) =>
      groups.map((group) => group.map((input) => (input as { id: string }).id))
    expect(ids(groupByEvent(inputs))).toEqual(ids(groupByEvent(inputs)))
  })

  it('accepts bare strings and ignores HTML markup', () => {
    const fire = 'Fire crews fought a blaze at the Kestrel warehouse on the Harlowe docks overnight.'
    const vote = 'Marrowby councillors approved the tram extension to Northgate in a vote.'
    const pile: ArticleInput[] = [
      `<div class="story"><p>${fire}</p></div>`,
      vote,
      { text: `<p>The Kestrel warehouse blaze on the Harlowe docks kept fire crews busy.</p>` },
      { text: 'The tram extension to Northgate won the vote of Marrowby councillors.', format: 'text' },
    ]
    expect(groupByEvent(pile)).toEqual([
      [pile[0], pile[2]],
      [pile[1], pile[3]],
    ])
  })

  it('keeps every article apart at eventThreshold 1 and together at 0', () => {
    const { inputs } = mixedPile()
    expect(groupByEvent(inputs, { eventThreshold: 1 })).toHaveLength(inputs.length)
    expect(groupByEvent(inputs, { eventThreshold: 0 }).length).toBeLessThan(3)
  })

  it('returns no groups for no articles', () => {
    expect(groupByEvent([])).toEqual([])
  })

  it('rejects bad input and options with a CorroborateError', () => {
    expect(() => groupByEvent('text' as unknown as ArticleInput[])).toThrow(CorroborateError)
    expect(() => groupByEvent([{ title: 'no text' } as unknown as ArticleInput])).toThrow(/'text' string/)
    expect(() => groupByEvent(['a'], { eventThreshold: 1.5 })).toThrow(/eventThreshold/)
  })
})
