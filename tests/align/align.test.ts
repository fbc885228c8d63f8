import { describe, expect, it } from 'vitest'
import { align, alignAsync } from '../../src/align/index.js'
import { CorroborateError } from '../../src/errors.js'
import { analyze } from '../../src/extract/analyze.js'
import type { Article, Claim, Statement } from '../../src/types.js'
import { makeArticle } from './make-article.js'

const tass = makeArticle(
  'tass',
  [
    'About 9,000 troops marched across Red Square on Friday.',
    'President Putin spoke for twelve minutes from the tribune.',
    'Heavy rain fell over Moscow during the ceremony.',
  ],
  'TASS',
)
const ap = makeArticle(
  'ap',
  [
    'Putin gave a speech from the tribune that lasted about ten minutes.',
    'Some 11,000 troops marched across Red Square on Thursday.',
    'Leaders from six countries attended as guests.',
  ],
  'AP',
)
const bbc = makeArticle(
  'bbc',
  [
    "Roughly 10,000 troops marched through Moscow's Red Square.",
    'Zelenskyy called the parade a provocation.',
  ],
  'BBC',
)

function claimOf(claims: Claim[], statementId: string): Claim {
  const claim = claims.find((candidate) => candidate.statementIds.includes(statementId))
  if (claim === undefined) throw new Error(`${statementId} is in no claim`)
  return claim
}

function allStatements(articles: Article[]): Statement[] {
  return articles.flatMap((article) => article.statements)
}

describe('align', () => {
  it('groups the statements that report one fact and leaves the rest single-source', () => {
    const claims = align([tass, ap, bbc])
    expect(claimOf(claims, 'tass#0').statementIds).toEqual(['tass#0', 'ap#1', 'bbc#0'])
    expect(claimOf(claims, 'tass#1').statementIds).toEqual(['tass#1', 'ap#0'])
    const single = claimOf(claims, 'ap#2')
    expect(single.statementIds).toEqual(['ap#2'])
    expect(single.status).toBe('single-source')
    expect(claimOf(claims, 'tass#0').status).toBe('corroborated')
  })

  it('puts every statement in exactly one claim, numbered c1, c2, ... by first statement', () => {
    const articles = [tass, ap, bbc]
    const claims = align(articles)
    const placed = claims.flatMap((claim) => claim.statementIds).sort()
    expect(placed).toEqual(
      allStatements(articles)
        .map((statement) => statement.id)
        .sort(),
    )
    expect(claims.map((claim) => claim.id)).toEqual(claims.map((_, i) => `c${i + 1}`))
    const order = allStatements(articles).map((statement) => statement.id)
    const firsts = claims.map((claim) => order.indexOf(claim.statementIds[0]!))
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b))
  })

  it('returns claims with empty comparisons and article ids in input order', () => {
    for (const claim of align([tass, ap, bbc])) {
      expect(claim.comparisons).toEqual([])
      const positions = claim.articleIds.map((id) => ['tass', 'ap', 'bbc'].indexOf(id))
      expect(positions).toEqual([...positions].sort((a, b) => a - b))
    }
  })

  it('is deterministic: the same input gives the same claims', () => {
    const first = JSON.stringify(align([tass, ap, bbc]))
    const second = JSON.stringify(align([tass, ap, bbc]))
    expect(second).toBe(first)
  })

  it('aligns outlets that disagree on a figure or a day, since values never decide alignment', () => {
    const a = makeArticle('a', [
      'Police said 12 people died in the fire at the Brennan textile mill on Thursday.',
    ])
    const b = makeArticle('b', ['Fourteen people died in the Brennan textile mill fire on Friday.'])
    const claims = align([a, b])
    expect(claims).toHaveLength(1)
    expect(claims[0]!.statementIds).toEqual(['a#0', 'b#0'])
  })

  it('matches spelling variants of a name (Zelensky, Zelenskyy)', () => {
    const a = makeArticle('a', [
      'Zelensky met Orban in Budapest to discuss grain exports.',
      'The weather was mild.',
    ])
    const b = makeArticle('b', ['Zelenskyy and Orban held talks on grain exports in Budapest.'])
    const claims = align([a, b])
    const claim = claimOf(claims, 'a#0')
    expect(claim.statementIds).toEqual(['a#0', 'b#0'])
    expect(claim.why.names.join(' ')).toMatch(/Zelensky/)
  })

  it('does not link statements that only share common words', () => {
    const a = makeArticle('a', ['The council approved the new budget for schools.'])
    const b = makeArticle('b', ['Heavy snow closed the mountain pass for the whole day.'])
    expect(align([a, b]).map((claim) => claim.statementIds)).toEqual([['a#0'], ['b#0']])
  })

  it('keeps apart statements that share only the people they are about', () => {
    const trial = makeArticle('a', [
      'Judge Marta Quill sentenced Dorian Vale to nine years in prison on Tuesday.',
      'The jury heard from the victims for three days.',
    ])
    const courtroom = makeArticle('b', [
      'Vale looked at the floor as the jury heard from witnesses.',
      'Quill told Dorian Vale that his remorse had come too late.',
    ])
    expect(claimOf(align([trial, courtroom]), 'a#0').statementIds).toEqual(['a#0'])
    const opening = makeArticle('c', ['Mayor Lena Ortiz opened the new Harwick library on Saturday.'])
    const profile = makeArticle('d', ['Lena Ortiz grew up two streets from Harwick station.'])
    expect(align([opening, profile]).map((claim) => claim.statementIds)).toEqual([['c#0'], ['d#0']])
    // A bare number both give is no shared fact: four seasons are not the four top scorers.
    const seasons = makeArticle('e', ['Forward Kara Hart needed four seasons to reach 2,000 points.'])
    const scorers = makeArticle('f', [
      'Only Kara Hart and three others are now among the four top scorers at Westbrook.',
    ])
    expect(align([seasons, scorers]).map((claim) => claim.statementIds)).toEqual([['e#0'], ['f#0']])
  })

  it('keeps apart statements that share only who said them', () => {
    // Analysed from text, so that the attributions are found.
    const first = analyze({
      id: 'first',
      text: 'A gunman wounded two clerks at the Harlow County records office on Monday.\n\n"We believe he planned this for weeks," Harlow County sheriff\'s Capt. Dana Merrow said.',
    })
    const second = analyze({
      id: 'second',
      text: "Two clerks were shot at the Harlow County records office on Monday morning.\n\nThe wounded clerks were in stable condition, Harlow County sheriff's Capt. Dana Merrow said.",
    })
    const claims = align([first, second])
    expect(claimOf(claims, 'first#0').statementIds).toEqual(['first#0', 'second#0'])
    expect(claimOf(claims, 'first#1').statementIds).toEqual(['first#1'])
  })

  it('takes at most one statement per article into a claim by default', () => {
    const a = makeArticle('a', ['Troops marched across Red Square in the parade.'])
    const b = makeArticle('b', [
      'Troops marched across Red Square in the parade.',
      'Troops marched across Red Square in the parade, again.',
    ])
    const claims = align([a, b])
    for (const claim of claims) {
      expect(new Set(claim.articleIds).size).toBe(claim.articleIds.length)
      const owners = claim.statementIds.map((id) => id.split('#')[0])
      expect(new Set(owners).size).toBe(owners.length)
    }
    expect(claimOf(claims, 'a#0').statementIds).toEqual(['a#0', 'b#0'])
  })

  it('with manyToOne, lets one outlet state a fact in two sentences', () => {
    const a = makeArticle('a', [
      'The storm flooded the Ostrava rail depot and cut power to the signal box at Kunice junction.',
    ])
    const b = makeArticle('b', [
      'The storm flooded the Ostrava rail depot.',
      'It also cut power to the signal box at Kunice junction.',
    ])
    const one = align([a, b])
    expect(claimOf(one, 'a#0').statementIds).toHaveLength(2)
    const many = align([a, b], { manyToOne: true })
    expect(claimOf(many, 'a#0').statementIds).toEqual(['a#0', 'b#0', 'b#1'])
    expect(claimOf(many, 'a#0').articleIds).toEqual(['a', 'b'])
  })

  it('leaves fragments out of every claim', () => {
    const a = makeArticle('a', [
      'Troops marched across Red Square in the parade.',
      { text: 'Share this article', kind: 'fragment' },
    ])
    const b = makeArticle('b', [
      { text: 'Share this article', kind: 'fragment' },
      'Troops marched across Red Square in the parade.',
    ])
    const ids = align([a, b]).flatMap((claim) => claim.statementIds)
    expect(ids.sort()).toEqual(['a#0', 'b#1'])
  })

  it('lets a headline join the claim of the sentence that states its fact, one heading and one body statement per article', () => {
    const a = makeArticle('a', [
      { text: 'Thousands march on Red Square', kind: 'heading' },
      'Thousands of troops march on Red Square.',
    ])
    const b = makeArticle('b', [
      'Thousands of troops march on Red Square.',
      { text: 'Thousands march on Red Square', kind: 'heading' },
    ])
    const claims = align([a, b])
    expect(claimOf(claims, 'a#0').statementIds).toEqual(['a#0', 'a#1', 'b#0', 'b#1'])
    const c = makeArticle('c', [
      { text: 'Thousands march on Red Square', kind: 'heading' },
      { text: 'Troops march on Red Square', kind: 'heading' },
    ])
    const withTwoHeadings = align([a, c])
    expect(claimOf(withTwoHeadings, 'c#0').statementIds.filter((id) => id.startsWith('c#'))).toEqual(['c#0'])
  })

  it('gates links with options.threshold', () => {
    const loose = align([tass, ap, bbc], { threshold: 0.05 })
    const strict = align([tass, ap, bbc], { threshold: 0.999 })
    expect(strict.every((claim) => claim.statementIds.length === 1)).toBe(true)
    expect(loose.length).toBeLessThan(strict.length)
  })

  it('scores cohesion from 0 to 1, a claim of one statement scoring 1', () => {
    for (const claim of align([tass, ap, bbc])) {
      expect(claim.score).toBeGreaterThanOrEqual(0)
      expect(claim.score).toBeLessThanOrEqual(1)
      if (claim.statementIds.length === 1) expect(claim.score).toBe(1)
      else expect(claim.score).toBeGreaterThanOrEqual(0.35)
    }
  })

  it('says why in words a person can check: shared names, terms and the score', () => {
    const claim = claimOf(align([tass, ap, bbc]), 'tass#0')
    expect(claim.why.names).toContain('Red Square')
    expect(claim.why.terms).toContain('troops')
    expect(claim.why.terms.every((term) => !/[0-9]/.test(term))).toBe(true)
    expect(claim.why.summary).toBe(`shared: Red Square, troops marched (${claim.score.toFixed(2)})`)
    expect(claimOf(align([tass, ap, bbc]), 'bbc#1').why.summary).toBe('only BBC reports this')
  })

  it('shows figure subjects as evidence', () => {
    const a = makeArticle('a', [
      {
        text: 'The ministry said 212 measles cases were confirmed in Kessel.',
        details: [{ kind: 'count', text: '212', value: 212, subject: 'measles cases' }],
      },
    ])
    const b = makeArticle('b', [
      {
        text: 'Kessel now has 230 confirmed measles cases.',
        details: [{ kind: 'count', text: '230', value: 230, subject: 'measles cases' }],
      },
    ])
    const [claim] = align([a, b])
    expect(claim!.statementIds).toEqual(['a#0', 'b#0'])
    expect(claim!.why.subjects).toEqual(['measles cases'])
  })

  it('returns no claims for no articles and single-source claims for one', () => {
    expect(align([])).toEqual([])
    const claims = align([tass])
    expect(claims.map((claim) => claim.status)).toEqual(['single-source', 'single-source', 'single-source'])
  })

  it('rejects what is not a list of analysed articles with a CorroborateError', () => {
    expect(() => align('text' as unknown as Article[])).toThrow(CorroborateError)
    expect(() => align([{ id: 'x' } as unknown as Article])).toThrow(/statements/)
    expect(() => align([tass, tass])).toThrow(/share the id 'tass'/)
    expect(() => align([tass], { threshold: 2 })).toThrow(/threshold/)
  })
})

describe('align with options.similarity', () => {
  // A stand-in for an embedding: statements about the same topic score 0.9, whatever the words.
  const topics: Record<string, string> = {
    'x#0': 'parade',
    'x#1': 'speech',
    'y#0': 'speech',
    'y#1': 'parade',
    'y#2': 'rain',
  }
  const x = makeArticle('x', [
    'Soldiers filed past the Kremlin walls.',
    'The head of state addressed the crowd briefly.',
  ])
  const y = makeArticle('y', [
    'A short address was given by the leader.',
    'Columns of troops paraded in the capital.',
    'It rained.',
  ])
  const byTopic = (a: Statement, b: Statement): number => (topics[a.id] === topics[b.id] ? 0.9 : 0.1)

  it('replaces the lexical score, so paraphrases without shared words align', () => {
    const claims = align([x, y], { similarity: byTopic })
    expect(claims.map((claim) => claim.statementIds)).toEqual([['x#0', 'y#1'], ['x#1', 'y#0'], ['y#2']])
    expect(claims[0]!.score).toBe(0.9)
    expect(claims[0]!.why.summary).toBe('no shared words; similarity 0.90')
  })

  it('gives the same claims through alignAsync with an async hook', async () => {
    const claims = await alignAsync([x, y], { similarity: async (a, b) => byTopic(a, b) })
    expect(claims).toEqual(align([x, y], { similarity: byTopic }))
  })

  it('tells the caller to use alignAsync when the hook returns a Promise to align', () => {
    const call = () => align([x, y], { similarity: async () => 0.5 })
    expect(call).toThrow(CorroborateError)
    expect(call).toThrow(/alignAsync or compareAsync/)
    try {
      call()
    } catch (error) {
      expect((error as CorroborateError).code).toBe('E_ASYNC_HOOK')
    }
  })

  it('rejects a hook that returns something other than a number', () => {
    const call = () => align([x, y], { similarity: () => Number.NaN })
    expect(call).toThrow(/must return a number from 0 to 1/)
  })

  it('refuses scores outside 0..1 like NaN (a negative cosine of embeddings, 1.7)', () => {
    for (const score of [1.7, -0.4, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const call = () => align([x, y], { similarity: () => score })
      expect(call).toThrow(/must return a number from 0 to 1/)
    }
    expect(align([x, y], { similarity: (a, b) => (byTopic(a, b) > 0.5 ? 1 : 0) })[0]!.score).toBe(1)
  })
})

describe('why', () => {
  it('shows words that run together in the statements as one phrase, and a subject that repeats a word once', () => {
    const first = makeArticle('first', [
      {
        text: 'The harbour master said 40 passengers were on board the ferry.',
        details: [{ kind: 'count', text: '40 passengers', subject: 'passengers' }],
      },
    ])
    const second = makeArticle('second', [
      {
        text: 'There were 42 passengers on board the ferry, according to the harbour master.',
        details: [{ kind: 'count', text: '42 passengers', subject: 'passengers' }],
      },
    ])
    const [claim] = align([first, second])
    expect(claim!.statementIds).toEqual(['first#0', 'second#0'])
    expect(claim!.why.summary).toContain('harbour master')
    expect(claim!.why.summary.match(/passenger/g)).toHaveLength(1)
  })
})

describe('align: statements in the same words', () => {
  it('aligns a short statement repeated word for word, though none of its words is informative', () => {
    const claims = align([
      makeArticle('wire', ['Actress Dana Reyes died on Tuesday at her home in Carmel.', 'She was 91.']),
      makeArticle('paper', ['Dana Reyes, the star of swimming films, has died.', 'she was 91']),
    ])
    const shortOne = claims.find((claim) => claim.statementIds.includes('wire#1'))!
    expect(shortOne.statementIds).toEqual(['wire#1', 'paper#1'])
  })
})
