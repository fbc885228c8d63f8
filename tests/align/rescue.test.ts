import { describe, expect, it } from 'vitest'
import { align } from '../../src/align/index.js'
import type { Statement } from '../../src/types.js'
import { makeArticle } from './make-article.js'

/**
 * Four outlets on one arrest. The first three state the same fact at length and score high
 * together; the fourth states it in a few words, so a scorer finds it close to one of them and
 * far from the other two.
 */
const articles = [
  makeArticle('north', ['The arrest of striker Tomas Vell will not affect his status for the semi-final.']),
  makeArticle('coast', ['Striker Tomas Vell will play in the semi-final despite his arrest, the club said.']),
  makeArticle('metro', [
    'The club confirmed striker Tomas Vell is available for the semi-final after his arrest.',
  ]),
  makeArticle('daily', ['The arrest will not affect the status of Vell.']),
]

/** A similarity hook from a table of scores by article pair (0 for pairs it does not name). */
function scores(table: Record<string, number>) {
  return (a: Statement, b: Statement): number =>
    table[`${a.articleId}|${b.articleId}`] ?? table[`${b.articleId}|${a.articleId}`] ?? 0
}

const longOnes = { 'north|coast': 0.9, 'north|metro': 0.9, 'coast|metro': 0.9 }

function claimOf(articleId: string, claims: ReturnType<typeof align>) {
  return claims.find((claim) => claim.articleIds.includes(articleId))!
}

describe('a statement left alone whose counterpart sits in a larger claim', () => {
  it('joins that claim when its best counterpart reaches the threshold and the claim is not far off', () => {
    // Mean against the claim: (0.8 + 0.35 + 0.35) / 3 = 0.5, below the 0.7 a statement needs
    // to join while claims are built; its best counterpart, 0.8, says one outlet states it, and
    // the other members (0.35) are not far off.
    const similarity = scores({ ...longOnes, 'daily|north': 0.8, 'daily|coast': 0.35, 'daily|metro': 0.35 })
    const claims = align(articles, { similarity })
    expect(claimOf('daily', claims).articleIds).toEqual(['north', 'coast', 'metro', 'daily'])
  })

  it('stays single-source when only one member is close and the rest say something else', () => {
    // The other members score 0: one member sharing its words is not the claim's fact.
    const similarity = scores({ ...longOnes, 'daily|north': 0.8 })
    const claims = align(articles, { similarity })
    expect(claimOf('daily', claims).articleIds).toEqual(['daily'])
    expect(claimOf('north', claims).articleIds).toEqual(['north', 'coast', 'metro'])
  })

  it('stays single-source when no counterpart reaches the threshold', () => {
    const similarity = scores({ ...longOnes, 'daily|north': 0.65, 'daily|coast': 0.6, 'daily|metro': 0.6 })
    const claims = align(articles, { similarity, threshold: 0.7 })
    expect(claimOf('daily', claims).articleIds).toEqual(['daily'])
  })

  it('never joins a claim that already holds a statement of its article', () => {
    const twoFromDaily = [
      ...articles.slice(0, 3),
      makeArticle('daily', [
        'The arrest will not affect the status of Vell.',
        'Vell will not miss the semi-final over the arrest, the club said.',
      ]),
    ]
    const table: Record<string, number> = { ...longOnes }
    const similarity = (a: Statement, b: Statement): number => {
      if (a.articleId === 'daily' && b.articleId === 'daily') return 0
      const daily = a.articleId === 'daily' ? a : b.articleId === 'daily' ? b : null
      if (daily === null) return scores(table)(a, b)
      // The second statement joins while claims are built; the first would be rescued by north.
      return daily.index === 1 ? 0.95 : b.articleId === 'north' || a.articleId === 'north' ? 0.8 : 0.35
    }
    const claims = align(twoFromDaily, { similarity })
    const big = claimOf('north', claims)
    expect(big.statementIds.filter((id) => id.startsWith('daily#'))).toEqual(['daily#1'])
    expect(claims.find((claim) => claim.statementIds.includes('daily#0'))!.statementIds).toEqual(['daily#0'])
  })
})
