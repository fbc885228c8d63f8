import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareClaim, compareDetails, tolerancesOf } from '../../src/compare/details.js'
import { claimFindings, figureLabel } from '../../src/compare/findings.js'
import { briefDiff, compareQuotes, quoteText, speakerOf, wordDiff } from '../../src/compare/quotes.js'
import { LISTED_OUTLETS, LISTED_VALUES, ValueList } from '../../src/compare/value-list.js'
import type { Article, Claim, Statement } from '../../src/types.js'
import { propertyRuns } from '../support/suite.js'
import {
  article,
  articlesMap,
  byId,
  claim,
  count,
  type DetailSpec,
  date,
  money,
  options,
  person,
  quote,
} from './make.js'
import { referenceComparisons, referenceList } from './reference.js'

// One outlet's sentence about a ferry that capsized, with the toll it reports.
function report(index: number, toll: 12 | 14): Article {
  const said = toll === 12 ? 'Twelve' : 'Fourteen'
  return article(`o${index}`, `Outlet ${index}`, [
    {
      text: `${said} passengers died when the ferry capsized off Cape Arlo on Thursday, harbour master Ines Varga said.`,
      details: [count(said, toll, 'passengers died'), date('Thursday', 'thursday'), person('Ines Varga')],
    },
  ])
}

// Outlets 0, 2, 4 ... say twelve died; 1, 3, 5 ... say fourteen.
function outlets(n: number): Article[] {
  return Array.from({ length: n }, (_, index) => report(index, index % 2 === 0 ? 12 : 14))
}

function judge(articles: Article[]): Claim {
  const statementsById = byId(articles)
  const shared = claim(
    'c1',
    articles.map((a) => a.statements[0]!),
  )
  return { ...shared, ...compareClaim(shared, statementsById, articlesMap(articles), options()) }
}

describe('a claim that hundreds of outlets share', () => {
  it('gets the comparisons of the two-outlet case when 300 statements give two distinct tolls', () => {
    const small = judge(outlets(2))
    const large = judge(outlets(300))
    const shape = (c: Claim) =>
      c.comparisons.map(({ kind, subject, status, reason }) => ({ kind, subject, status, reason }))
    expect(large.status).toBe('disputed')
    expect(shape(large)).toEqual(shape(small))
    expect(shape(small).map((c) => `${c.kind} ${c.status}`)).toEqual([
      'count diverge',
      'date agree',
      'person agree',
    ])
    for (const comparison of large.comparisons) {
      expect(comparison.values.map((value) => value.articleId)).toEqual(outlets(300).map((a) => a.id))
    }
  })

  it('names at most LISTED_OUTLETS outlets per value in a divergence and counts the rest', () => {
    const articles = outlets(300)
    const judged = judge(articles)
    const findings = claimFindings([judged], byId(articles), articles, options())
    expect(findings).toHaveLength(300)
    const first = findings.find((f) => f.articleId === 'o0')!
    const listed = Array.from({ length: LISTED_OUTLETS }, (_, k) => `Outlet ${2 * k + 1}`).join(', ')
    expect(first.message).toBe(
      `Death toll Twelve diverges from Fourteen (${listed} and ${150 - LISTED_OUTLETS} more outlets)`,
    )
    const second = findings.find((f) => f.articleId === 'o1')!
    expect(second.message).toMatch(
      /^Death toll Fourteen diverges from Twelve \(Outlet 0, Outlet 2, .* and 142 more outlets\)$/,
    )
  })
})

describe('ValueList', () => {
  it('lists every value and outlet in first-seen order when few, as the message always did', () => {
    const list = new ValueList()
    list.add(0, '38', 'ap', 'AP')
    list.add(1, '40', 'dw', 'DW')
    list.add(2, '40', 'reuters', 'Reuters')
    list.add(3, '38', 'ap2', 'AP')
    expect(list.without('bbc')).toBe('38 (AP), 40 (DW, Reuters)')
    expect(list.without('dw')).toBe('38 (AP), 40 (Reuters)')
    expect(list.without('ap')).toBe('40 (DW, Reuters), 38 (AP)')
  })

  it('is null when only the left-out article gives values', () => {
    const list = new ValueList()
    list.add(0, '38', 'ap', 'AP')
    expect(list.without('ap')).toBeNull()
  })

  it('matches the full listing, cut to its limits, whichever article is left out', () => {
    const entry = fc.record({
      text: fc.integer({ min: 0, max: 11 }),
      article: fc.integer({ min: 0, max: 19 }),
    })
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), fc.integer({ min: 0, max: 19 }), (entries, left) => {
        // Outlet names repeat across articles (two articles of one outlet).
        const outlet = (id: string) => `Outlet ${Number(id.slice(1)) % 13}`
        const values = entries.map(({ text, article: a }, position) => ({
          articleId: `a${a}`,
          statementId: `a${a}#${position}`,
          detail: { text: String(100 + text) } as Statement['details'][number],
        }))
        const list = new ValueList()
        values.forEach((v, position) => {
          list.add(position, v.detail.text, v.articleId, outlet(v.articleId))
        })
        const kept = values.filter((v) => v.articleId !== `a${left}`)
        expect(list.without(`a${left}`)).toBe(kept.length === 0 ? null : cut(referenceList(kept, outlet)))
      }),
      { numRuns: propertyRuns(1000, 250) },
    )
  })

  it('lists without some texts as a list that never had their values', () => {
    const entry = fc.record({
      text: fc.integer({ min: 0, max: 11 }),
      article: fc.integer({ min: 0, max: 19 }),
    })
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 60 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { maxLength: 12 }),
        (entries, skipped) => {
          const skip = (text: string) => skipped.includes(Number(text) - 100)
          const outlet = (article: number) => `Outlet ${article % 13}`
          const all = new ValueList()
          const kept = new ValueList()
          entries.forEach(({ text, article }, position) => {
            all.add(position, String(100 + text), `a${article}`, outlet(article))
            if (!skip(String(100 + text)))
              kept.add(position, String(100 + text), `a${article}`, outlet(article))
          })
          expect(all.withoutTexts(skip)).toBe(kept.without('none'))
        },
      ),
      { numRuns: propertyRuns(1000, 250) },
    )
  })
})

// The full listing '101 (Outlet 1, Outlet 2), 102 (Outlet 3)' cut to the message limits.
function cut(full: string): string {
  const parts = [...full.matchAll(/(\d+) \(([^)]*)\)/g)].map(([, text, names]) => {
    const outlets = names!.split(', ')
    const rest = outlets.length - LISTED_OUTLETS
    return `${text} (${outlets.slice(0, LISTED_OUTLETS).join(', ')}${rest > 0 ? ` and ${rest} more outlets` : ''})`
  })
  const rest = parts.length - LISTED_VALUES
  return `${parts.slice(0, LISTED_VALUES).join(', ')}${rest > 0 ? `, and ${rest} more values` : ''}`
}

// Details that match, conflict, hedge, round, convert, alias and reword one another.
const pool: DetailSpec[] = [
  count('12', 12, 'people killed'),
  count('twelve', 12, 'dead'),
  count('about 12', { min: 12, max: 12 }, 'people killed', 'about'),
  count('14', 14, 'deaths'),
  count('9,000', 9000, 'troops'),
  count('9,040', 9040, 'Russian troops'),
  count('9,000', 9000, null),
  count('two', 2, null),
  count('three', 3, null),
  count('more than 8,500', { min: 8500, max: Number.MAX_SAFE_INTEGER }, 'soldiers', 'more-than'),
  money('$15 million', 15e6, 'USD', 'aid'),
  money('€15 million', 15e6, 'EUR', 'aid'),
  money('$20 million', 20e6, 'USD', 'aid'),
  date('Thursday', 'thursday'),
  date('Friday', 'friday'),
  date('8 May', '2025-05-08'),
  date('May', '2025-05'),
  person('Ana Ortiz'),
  person('Ortiz'),
  person('Ana Ruiz'),
  quote('"We will rebuild every home"', 'Ana Ortiz'),
  quote('"We will rebuild all the homes"', 'Ortiz'),
  quote('"We will rebuild every home by winter"'),
  quote('"rebuild every home"'),
  quote('"Nobody is leaving"', 'Ana Ortiz'),
]

// Articles (some of one outlet) whose statements, in a random order, make one claim.
const claims = fc
  .array(
    fc.array(fc.array(fc.integer({ min: 0, max: pool.length - 1 }), { maxLength: 4 }), {
      minLength: 1,
      maxLength: 3,
    }),
    {
      minLength: 2,
      maxLength: 7,
    },
  )
  .chain((perArticle) => {
    const articles = perArticle.map((sentences, a) =>
      article(
        `a${a}`,
        `Outlet ${a % 5}`,
        sentences.map((picks) => {
          const details = picks.map((pick) => pool[pick]!)
          return { text: `${details.map((d) => d.text).join(' and ')}.`, details }
        }),
      ),
    )
    const statements = articles.flatMap((a) => a.statements)
    return fc
      .shuffledSubarray(statements, { minLength: statements.length, maxLength: statements.length })
      .map((order) => ({ articles, statements: order }))
  })

describe('compare by value class', () => {
  it('groups, judges and flags as the pairwise definition does, on random claims', () => {
    const resolved = options()
    const tolerances = tolerancesOf(resolved)
    const runs = propertyRuns(600, 150)
    let flagged = 0
    fc.assert(
      fc.property(claims, ({ articles, statements }) => {
        const outlet = (id: string) => articlesMap(articles).get(id)?.outlet ?? id
        const statementsById = byId(articles)
        const shared = claim('c1', statements)
        const judged = { ...shared, ...compareClaim(shared, statementsById, articlesMap(articles), resolved) }
        const expected = referenceComparisons(statements, tolerances, outlet)
        expect(judged.comparisons).toEqual(expected)

        const divergences = claimFindings([judged], statementsById, articles, resolved)
          .filter((f) => f.rule === 'divergent-detail')
          .map((f) => f.message)
          .sort()
        const reference = expected
          .filter((c) => c.status === 'diverge' && c.kind !== 'quote')
          .flatMap((c) =>
            c.values.flatMap((value) => {
              const against = c.values.filter(
                (other) =>
                  other.articleId !== value.articleId &&
                  compareDetails(value.detail, other.detail, tolerances).status === 'diverge',
              )
              if (against.length === 0) return []
              const label = figureLabel(c.kind, value.detail)
              const confidence = c.confidence ?? 1
              const possible =
                confidence < resolved.minConflictConfidence
                  ? `Possible conflict (confidence ${confidence.toFixed(2)}): `
                  : ''
              return [
                `${possible}${label} ${value.detail.text} diverges from ${referenceList(against, outlet)}`,
              ]
            }),
          )
          .sort()
        expect(divergences).toEqual(reference)
        flagged += reference.length

        const misquotes = claimFindings([judged], statementsById, articles, resolved)
          .filter((f) => f.rule === 'misquote')
          .map((f) => `${f.statementId} ${f.message}`)
          .sort()
        const reworded = expected
          .filter((c) => c.status === 'diverge' && c.kind === 'quote')
          .flatMap((c) =>
            c.values.flatMap((value) => {
              const other = c.values.find(
                (o) =>
                  o.articleId !== value.articleId &&
                  compareQuotes(quoteText(value.detail), quoteText(o.detail)).status === 'diverge',
              )
              if (other === undefined) return []
              const speaker = speakerOf(value.detail, statementsById.get(value.statementId))
              const whose = speaker === undefined ? 'This quote' : `${speaker}'s quote`
              const diff = briefDiff(wordDiff(quoteText(value.detail), quoteText(other.detail)))
              return [
                `${value.statementId} ${whose} reads differently in ${outlet(other.articleId)}: ${diff}`,
              ]
            }),
          )
          .sort()
        expect(misquotes).toEqual(reworded)
        flagged += reworded.length
      }),
      { numRuns: runs },
    )
    // The random claims do conflict: the comparison above is not of empty lists (one flag in
    // six claims at least; 600 claims flagged over 100).
    expect(flagged).toBeGreaterThan(runs / 6)
  })
})
