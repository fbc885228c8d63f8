import { describe, expect, it } from 'vitest'
import { compareClaim } from '../../src/compare/details.js'
import { claimFindings, figureLabel } from '../../src/compare/findings.js'
import type { Article, Claim, Finding } from '../../src/types.js'
import { article, byId, claim, count, date, money, options, quote } from './make.js'

/** Judges the claims as compare does, then lists their findings as `render` would print them. */
function findingsOf(articles: Article[], claims: Claim[]): Finding[] {
  const statementsById = byId(articles)
  const judged = claims.map((c) => ({ ...c, ...compareClaim(c, statementsById, options()) }))
  return claimFindings(judged, statementsById, articles, options())
}

const line = (f: Finding) => `${f.articleId}:${f.line}:${f.column}: ${f.message} [${f.rule}/${f.severity}]`

const bbc = article('bbc', 'BBC', [
  'Fire swept through a textile plant in Marlow on Thursday.',
  {
    text: 'At least 41 people were killed, officials said.',
    details: [count('41 people', 41, 'people killed', 'at-least')],
  },
  {
    text: 'The owners had been fined $2 million in 2023.',
    details: [money('$2 million', 2e6, 'USD', 'fine')],
  },
  {
    text: '"We will rebuild every home," Mayor Ana Ortiz said.',
    details: [quote('"We will rebuild every home,"', 'Ana Ortiz')],
  },
  'Rain slowed the firefighters.',
])
const ap = article('ap', 'AP', [
  { text: 'The fire killed 38 people, officials said.', details: [count('38 people', 38, 'people killed')] },
  {
    text: 'The owners had been fined $2 million in 2023.',
    details: [money('$2 million', 2e6, 'USD', 'fine')],
  },
  {
    text: '"We will rebuild all the homes," Ortiz said.',
    details: [quote('"We will rebuild all the homes,"', 'Ortiz')],
  },
])
const claims = [
  claim('c1', [bbc.statements[1]!, ap.statements[0]!]),
  claim('c2', [bbc.statements[2]!, ap.statements[1]!]),
  claim('c3', [bbc.statements[3]!, ap.statements[2]!]),
  claim('c4', [bbc.statements[0]!]),
  claim('c5', [bbc.statements[4]!]),
]

describe('claimFindings', () => {
  it('reports divergent details and misquotes on every side, in article then source order', () => {
    expect(findingsOf([bbc, ap], claims.slice(0, 3)).map(line)).toEqual([
      'bbc:2:10: Death toll 41 people diverges from 38 people (AP) [divergent-detail/error]',
      "bbc:4:1: Ana Ortiz's quote reads differently in AP: ... will rebuild [-every home-] [+all the homes+] [misquote/warning]",
      'ap:1:17: Death toll 38 people diverges from 41 people (BBC) [divergent-detail/error]',
      "ap:3:1: Ortiz's quote reads differently in BBC: ... will rebuild [-all the homes-] [+every home+] [misquote/warning]",
    ])
  })

  it('points each finding at the exact source span of the detail', () => {
    const findings = findingsOf([bbc, ap], claims)
    const texts = new Map([
      ['bbc', bbc.text],
      ['ap', ap.text],
    ])
    for (const finding of findings) {
      const raw = texts.get(finding.articleId)!
      const before = raw.slice(0, finding.start).split('\n')
      expect(finding.line).toBe(before.length)
      expect(finding.column).toBe(before.at(-1)!.length + 1)
      expect(finding.end).toBeGreaterThan(finding.start)
    }
    const death = findings.find((f) => f.rule === 'divergent-detail' && f.articleId === 'bbc')!
    expect(bbc.text.slice(death.start, death.end)).toBe('41 people')
  })

  it('notes single-source statements only when they carry a figure or a quote', () => {
    const lone = article('bbc', 'BBC', [
      {
        text: 'Insurers put the damage at $40 million.',
        details: [money('$40 million', 40e6, 'USD', 'damage')],
      },
      'Rain slowed the firefighters.',
    ])
    const found = findingsOf(
      [lone, ap],
      [claim('c1', [lone.statements[0]!]), claim('c2', [lone.statements[1]!])],
    )
    expect(found.map(line)).toEqual([
      'bbc:1:1: Only BBC reports this ($40 million); no other outlet here has it [single-source-statement/note]',
    ])
    expect(found[0]?.end).toBe(lone.statements[0]!.end)
  })

  it('makes no single-source notes when there is only one article', () => {
    const lone = article('bbc', 'BBC', [
      {
        text: 'Insurers put the damage at $40 million.',
        details: [money('$40 million', 40e6, 'USD', 'damage')],
      },
    ])
    expect(findingsOf([lone], [claim('c1', lone.statements)])).toEqual([])
  })

  it('says nothing about details that agree or fit together', () => {
    const a = article('a', 'A', [
      {
        text: 'About 9,000 troops marched.',
        details: [count('About 9,000 troops', 9000, 'troops', 'about')],
      },
    ])
    const b = article('b', 'B', [
      { text: 'Some 9,000 troops marched.', details: [count('9,000 troops', 9000, 'troops')] },
    ])
    expect(findingsOf([a, b], [claim('c1', [a.statements[0]!, b.statements[0]!])])).toEqual([])
  })

  it('warns, rather than errs, on divergent dates', () => {
    const a = article('a', 'A', [
      { text: 'The bridge closed on Thursday.', details: [date('Thursday', '2025-05-08')] },
    ])
    const b = article('b', 'B', [
      { text: 'The bridge closed on Friday.', details: [date('Friday', '2025-05-09')] },
    ])
    expect(findingsOf([a, b], [claim('c1', [a.statements[0]!, b.statements[0]!])]).map(line)).toEqual([
      'a:1:22: Date Thursday diverges from Friday (B) [divergent-detail/warning]',
      'b:1:22: Date Friday diverges from Thursday (A) [divergent-detail/warning]',
    ])
  })

  it('flags only the values that conflict when three outlets report', () => {
    const a = article('a', 'A', [
      { text: 'The blast left 12 dead.', details: [count('12 dead', 12, 'dead')] },
    ])
    const b = article('b', 'B', [
      { text: 'The blast left 12 dead.', details: [count('12 dead', 12, 'dead')] },
    ])
    const c = article('c', 'C', [{ text: 'The blast killed 15.', details: [count('15', 15, 'killed')] }])
    const found = findingsOf(
      [a, b, c],
      [
        claim(
          'c1',
          [a, b, c].map((x) => x.statements[0]!),
        ),
      ],
    )
    expect(found.map((f) => f.message)).toEqual([
      'Death toll 12 dead diverges from 15 (C)',
      'Death toll 12 dead diverges from 15 (C)',
      'Death toll 15 diverges from 12 dead (A, B)',
    ])
  })

  it('is deterministic', () => {
    expect(JSON.stringify(findingsOf([bbc, ap], claims))).toBe(JSON.stringify(findingsOf([bbc, ap], claims)))
  })
})

describe('figureLabel', () => {
  it.each([
    { kind: 'count', subject: 'people killed', label: 'Death toll' },
    { kind: 'count', subject: 'wounded', label: 'Injury count' },
    { kind: 'count', subject: 'troops', label: 'Number of troops' },
    { kind: 'count', subject: 'member', label: 'Number of members' },
    { kind: 'count', subject: 'casualty', label: 'Number of casualties' },
    { kind: 'count', subject: 'people', label: 'Number of people' },
    { kind: 'quantity', subject: 'flood water', label: 'Figure for flood water' },
    { kind: 'money', subject: 'fine', label: 'Amount for fine' },
    { kind: 'percent', subject: null, label: 'Percentage' },
  ] as const)('$kind of $subject is "$label"', ({ kind, subject, label }) => {
    expect(figureLabel(kind, { kind, subject, unit: null })).toBe(label)
  })
})
