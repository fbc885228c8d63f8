import { describe, expect, it } from 'vitest'
import { interner, profileOf, profileWeight } from '../../src/align/pair-features.js'
import { backgroundWeight, eventWords, statementTokens } from '../../src/align/tokens.js'
import { makeArticle } from './make-article.js'

function weights(text: string): Map<string, number> {
  const statement = makeArticle('a', [text]).statements[0]!
  const tokens = statementTokens(statement, eventWords([statement]))
  return new Map(tokens.terms.map((term) => [term.surface, term.weight ?? 1]))
}

describe('background clauses', () => {
  it.each([
    [
      'Ticket prices rose after the airline lost a court case.',
      ['court', 'case', 'lost'],
      ['ticket', 'prices', 'rose'],
    ],
    ['The mayor resigned following a corruption inquiry.', ['corruption', 'inquiry'], ['mayor', 'resigned']],
    [
      'After a night of heavy rain, the river burst its banks.',
      ['heavy', 'rain'],
      ['river', 'burst', 'banks'],
    ],
  ])('count the words of the background clause less in %j', (text, background, news) => {
    const weight = weights(text)
    for (const word of background) expect(weight.get(word), word).toBe(backgroundWeight)
    for (const word of news) expect(weight.get(word), word).toBe(1)
  })

  it.each(['The river burst its banks near the old mill.', 'Afterwards the council met in private.'])(
    'leave a statement without one at full weight: %j',
    (text) => {
      expect([...weights(text).values()].every((weight) => weight === 1)).toBe(true)
    },
  )

  it('count the background clause half in the same-statement model too', () => {
    const intern = interner()
    const weightOfStorm = (text: string): number => {
      const [statement] = makeArticle('wire', [text]).statements
      const profile = profileOf(statement!, eventWords([statement!]), intern)
      return profileWeight(profile, intern('storm'))!
    }
    const inBackground = weightOfStorm(
      'Shares in Calder Freight dropped sharply after a storm wrecked its depot.',
    )
    const asTheNews = weightOfStorm('A storm wrecked the Calder Freight depot near the river port.')
    expect(inBackground).toBeCloseTo(asTheNews * backgroundWeight)
  })
})
