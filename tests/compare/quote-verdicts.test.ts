import { describe, expect, it } from 'vitest'
import { compare } from '../../src/index.js'
import type { ArticleInput, DetailComparison, Finding, Report } from '../../src/types.js'

// Quote verdicts on whole articles, through the pipeline: partial, elided and reported quotes
// are compatible, inflection and spelling are no misquote, a changed amount shows both amounts,
// and the same words given to two people are a misattribution. The articles are invented.

const valleyPost: ArticleInput = {
  id: 'valley',
  outlet: 'Valley Post',
  text: [
    'Councillor Rhea Sandoval said she "looks forward to being fully . . . vindicated" once the audit of the harbour fund is published.',
    '"We will not let the environmentalists organise the harbour," port director Tomas Weller said of the dredging plan.',
    'The council agreed to pay the fishing cooperative, and Weller said: "We accept $35,000,000 as a fair settlement for the families."',
    '"The dredging plan is dead and buried," Weller told reporters after the vote.',
  ].join('\n\n'),
}

const ridgeTimes: ArticleInput = {
  id: 'ridge',
  outlet: 'Ridge Times',
  text: [
    '"I look forward to being fully and completely vindicated," Councillor Rhea Sandoval said of the audit of the harbour fund.',
    '"We will not let the environmentalist organize the harbour," port director Tomas Weller said of the dredging plan.',
    'The council agreed to pay the fishing cooperative, and Weller said: "We accept $55,000,000 as a fair settlement for the families."',
    '"The dredging plan is dead and buried," harbour board chair Mina Okafor told reporters after the vote.',
  ].join('\n\n'),
}

const coastWire: ArticleInput = {
  id: 'coast',
  outlet: 'Coast Wire',
  // No speaker the extract stage can name: the fragment joins the quote by its words alone.
  text: 'Sandoval, a councillor since 2019, said she was "fully [...] vindicated" by the audit of the harbour fund.',
}

const quoteComparisons = (report: Report): DetailComparison[] =>
  report.claims.flatMap((claim) => claim.comparisons).filter((comparison) => comparison.kind === 'quote')

/** The quote comparison holding a quote of each given article whose words contain `words`. */
function comparisonOf(report: Report, words: string, articleIds: string[]): DetailComparison {
  const found = quoteComparisons(report).find((comparison) =>
    articleIds.every((id) =>
      comparison.values.some(({ articleId, detail }) => articleId === id && detail.text.includes(words)),
    ),
  )
  if (found === undefined)
    throw new Error(`no quote comparison of '${words}' across ${articleIds.join(', ')}`)
  return found
}

const line = (finding: Finding) =>
  `${finding.articleId}: ${finding.message} [${finding.rule}/${finding.severity}]`

describe('quote verdicts through compare', () => {
  const report = compare([valleyPost, ridgeTimes, coastWire])
  const quoteFindings = report.findings
    .filter((finding) => finding.rule === 'misquote' || finding.rule === 'misattributed-quote')
    .map(line)

  it('calls a partial, elided quote in reported speech compatible, not a misquote', () => {
    const comparison = comparisonOf(report, 'vindicated', ['valley', 'ridge'])
    expect(comparison.status).toBe('compatible')
    expect(comparison.reason).toBe(
      "One outlet quotes only part of the same words, leaving some out, and they differ only in inflection, spelling or person ('looks' / 'look').",
    )
    expect(comparison.diff).toBeNull()
  })

  it('joins a fragment with a bracketed elision to the quote it is part of, with no known speaker', () => {
    const comparison = comparisonOf(report, 'vindicated', ['valley', 'ridge', 'coast'])
    expect(comparison.status).toBe('compatible')
  })

  it('calls quotes that differ only in inflection and spelling compatible, and says so', () => {
    const comparison = comparisonOf(report, 'organi', ['valley', 'ridge'])
    expect(comparison).toMatchObject({ status: 'compatible', diff: null })
    expect(comparison.reason).toBe(
      "The outlets quote the same words, differing only in inflection, spelling or person ('environmentalists' / 'environmentalist', 'organise' / 'organize').",
    )
  })

  it('shows a changed amount in a quote whole', () => {
    const comparison = comparisonOf(report, 'We accept', ['valley', 'ridge'])
    expect(comparison.status).toBe('diverge')
    expect(comparison.diff?.filter((part) => part.added || part.removed)).toEqual([
      { value: '$35,000,000', added: false, removed: true },
      { value: '$55,000,000', added: true, removed: false },
    ])
  })

  it('reports the same words given to two different people as a misattribution', () => {
    const comparison = comparisonOf(report, 'dead and buried', ['valley', 'ridge'])
    expect(comparison.status).toBe('diverge')
    expect(comparison.reason).toBe(
      'The outlets attribute the same words to different people: Tomas Weller (Valley Post) and Mina Okafor (Ridge Times).',
    )
    // Speakers are read by rules that misread real copy, so the words alone make it possible.
    expect(comparison.confidence).toBe(0.4)
    const claim = report.claims.find((candidate) => candidate.comparisons.includes(comparison))
    expect(claim?.status).toBe('corroborated')
  })

  it('does not call a quote given to a body and to the person who spoke for it a misattribution', () => {
    // The speaker rules stop at a word they do not know as a title ('boss'), leaving the body.
    const report = compare([
      {
        id: 'pier',
        outlet: 'Pier Weekly',
        text: '"The pier will reopen in June, once the last pilings are in," said Calder Harbour Authority boss Ida Brenner.',
      },
      {
        id: 'shore',
        outlet: 'Shore Radio',
        text: '"The pier will reopen in June, once the last pilings are in," said Ida Brenner, chair of the Calder Harbour Authority.',
      },
    ])
    const comparison = comparisonOf(report, 'pilings', ['pier', 'shore'])
    expect(comparison.values.map((value) => value.detail.source)).toEqual([
      'Calder Harbour Authority',
      'Ida Brenner',
    ])
    expect(comparison.status).toBe('agree')
    expect(report.findings.filter((finding) => finding.rule === 'misattributed-quote')).toEqual([])
  })

  it('lists a misquote finding for the changed amount and a misattributed-quote finding for each side of the misattribution, no more', () => {
    expect(quoteFindings).toEqual([
      "valley: Tomas Weller's quote reads differently in Ridge Times: We accept [-$35,000,000-] [+$55,000,000+] as a ... [misquote/warning]",
      "valley: Possible misattribution (confidence 0.40): Tomas Weller's quote is attributed to Mina Okafor in Ridge Times [misattributed-quote/note]",
      "ridge: Tomas Weller's quote reads differently in Valley Post: We accept [-$55,000,000-] [+$35,000,000+] as a ... [misquote/warning]",
      "ridge: Possible misattribution (confidence 0.40): Mina Okafor's quote is attributed to Tomas Weller in Valley Post [misattributed-quote/note]",
    ])
  })
})

describe('quotes that are not the same words', () => {
  it('still reports a real rewording as a misquote', () => {
    const report = compare([
      valleyPost,
      {
        id: 'coast',
        outlet: 'Coast Wire',
        text: '"We will never let the campaigners run the harbour," port director Tomas Weller said of the dredging plan.',
      },
    ])
    expect(comparisonOf(report, 'harbour', ['valley', 'coast']).status).toBe('diverge')
    expect(report.findings.filter((finding) => finding.rule === 'misquote').map(line)).toContain(
      "coast: Tomas Weller's quote reads differently in Valley Post: We will [-never-] [+not+] let the [-campaigners run-] [+environmentalists organise+] the harbour [misquote/warning]",
    )
  })

  it('shows one word changed in a long quote as a possible misquote that does not dispute the claim', () => {
    const report = compare([
      {
        id: 'valley',
        outlet: 'Valley Post',
        text: '"This is a sad day for every family on the harbour front," port director Tomas Weller said after the fire.',
      },
      {
        id: 'coast',
        outlet: 'Coast Wire',
        text: '"This is a sad time for every family on the harbour front," port director Tomas Weller said after the fire.',
      },
    ])
    const comparison = comparisonOf(report, 'sad', ['valley', 'coast'])
    expect(comparison).toMatchObject({
      status: 'diverge',
      reason: "The outlets quote the same words but one ('day' / 'time').",
      confidence: 0.4,
    })
    expect(comparison.diff?.filter((part) => part.added || part.removed)).toEqual([
      { value: 'day', added: false, removed: true },
      { value: 'time', added: true, removed: false },
    ])
    expect(report.claims.find((claim) => claim.comparisons.includes(comparison))?.status).toBe('corroborated')
  })

  it.each([
    [
      'a number',
      '"We lost seven boats and most of the nets on the harbour front," Tomas Weller said.',
      '"We lost nine boats and most of the nets on the harbour front," Tomas Weller said.',
    ],
    [
      'a negation',
      '"We all lost boats and most of the nets on the harbour front," Tomas Weller said.',
      '"We never lost boats and most of the nets on the harbour front," Tomas Weller said.',
    ],
    [
      'a name',
      '"We lost boats and most of the nets on the Selby harbour front," Tomas Weller said.',
      '"We lost boats and most of the nets on the Marrow harbour front," Tomas Weller said.',
    ],
  ])('still disputes a long quote when the one changed word is %s', (_kind, original, changed) => {
    const report = compare([
      { id: 'valley', outlet: 'Valley Post', text: original },
      { id: 'coast', outlet: 'Coast Wire', text: changed },
    ])
    const comparison = quoteComparisons(report)[0]!
    expect(comparison.status).toBe('diverge')
    expect(comparison.confidence).toBeGreaterThanOrEqual(0.5)
    expect(report.claims[0]!.status).toBe('disputed')
  })

  it('does not dispute a claim over a negation two outlets put on different verbs of one saying', () => {
    const report = compare([
      {
        id: 'valley',
        outlet: 'Valley Post',
        text: '"I felt on the pitch we weren\'t playing the football we want to play at Halden," coach Ines Barrow said after the defeat.',
      },
      {
        id: 'coast',
        outlet: 'Coast Wire',
        text: '"I didn\'t feel on the pitch we were playing the football we wanted to play at Halden," coach Ines Barrow said after the defeat.',
      },
    ])
    const comparison = quoteComparisons(report)[0]!
    expect(comparison).toMatchObject({ status: 'diverge', reworded: true })
    expect(report.claims[0]!.status).toBe('corroborated')
  })

  it('does not call a short stock phrase by two people a misattribution', () => {
    const report = compare([
      {
        id: 'a',
        outlet: 'Valley Post',
        text: '"We are heartbroken," port director Tomas Weller said of the fire at the dock.',
      },
      {
        id: 'b',
        outlet: 'Ridge Times',
        text: '"We are heartbroken," harbour board chair Mina Okafor said of the fire at the dock.',
      },
    ])
    expect(quoteComparisons(report).map((comparison) => comparison.status)).not.toContain('diverge')
    expect(report.findings.filter((finding) => finding.rule === 'misquote')).toEqual([])
  })
})

describe('the same words by one person named two ways', () => {
  it.each([
    [
      '"The new levy lets the county focus on saving the marshland," said Secretary for the Environment Hal Brenwick.',
      '"The new levy lets the county focus on saving the marshland," Brenwick said, adding that farmers would be paid.',
    ],
    [
      '"It is a privilege to open the bridge for the whole valley," said Ada Quen, president, Valley Transit Board.',
      'Valley Transit Board president Ada Quen said, "It is a privilege to open the bridge for the whole valley."',
    ],
  ])('is no misattribution: %j', (first, second) => {
    const report = compare([
      { id: 'one', text: first },
      { id: 'two', text: second },
    ])
    const quotes = report.claims.flatMap((claim) => claim.comparisons).filter((c) => c.kind === 'quote')
    expect(quotes.length).toBeGreaterThan(0)
    for (const quote of quotes) expect(quote.status).not.toBe('diverge')
    expect(report.findings.filter((finding) => finding.rule === 'misquote')).toEqual([])
  })
})
