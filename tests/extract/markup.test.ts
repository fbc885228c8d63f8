// Figures, names and quotes inside inline markup: a detail's text is what a reader sees and its
// span points at those characters, never at the tags or markers around them (issue 11, 'Text in
// markup'). Every input format, offsets checked against the raw input.
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/extract/analyze.js'
import type { Detail, InputFormat } from '../../src/types.js'

function detailsOf(text: string, format: InputFormat): Detail[] {
  return analyze({ id: 'a', text, format }).statements.flatMap((statement) => statement.details)
}

/** A detail as [kind, text, raw slice of its span]. */
function shown(text: string, format: InputFormat, kind: Detail['kind']): [string, string][] {
  return detailsOf(text, format)
    .filter((detail) => detail.kind === kind)
    .map((detail) => [detail.text, text.slice(detail.start, detail.end)])
}

const MARKUP = /<|>|\*\*|__|\]\(|&[a-z]+;/

describe('a figure wrapped whole in markup', () => {
  it.each<[string, InputFormat, string]>([
    ['Markdown bold', 'markdown', 'Crews pulled **85** people from the river on Sunday.'],
    ['Markdown emphasis', 'markdown', 'Crews pulled _85_ people from the river on Sunday.'],
    ['Markdown bold and emphasis', 'markdown', 'Crews pulled ***85*** people from the river on Sunday.'],
    ['HTML bold', 'html', '<p>Crews pulled <b>85</b> people from the river on Sunday.</p>'],
    [
      'HTML span with a class',
      'html',
      '<p>Crews pulled <span class="num">85</span> people from the river on Sunday.</p>',
    ],
    [
      'HTML nested',
      'html',
      '<p>Crews pulled <strong><em>85</em></strong> people from the river on Sunday.</p>',
    ],
    ['plain text', 'text', 'Crews pulled 85 people from the river on Sunday.'],
  ])('%s: the count reads 85 and its span is the two digits', (_name, format, text) => {
    const counts = detailsOf(text, format).filter((detail) => detail.kind === 'count')
    expect(counts.map((detail) => [detail.text, detail.value])).toEqual([['85', 85]])
    const [count] = counts
    expect(text.slice(count!.start, count!.end)).toBe('85')
    expect(count!.start).toBe(text.indexOf('85'))
  })
})

describe('a figure and its unit inside a link', () => {
  it('Markdown: the link text is the detail, the brackets and address are not', () => {
    const text = 'Officials said [1,200 households](https://vale.example/n) lost power overnight.'
    const money = detailsOf(text, 'markdown').find((detail) => detail.kind === 'count')!
    expect(money.text).toBe('1,200')
    expect(text.slice(money.start, money.end)).toBe('1,200')
  })

  it('HTML: a link around a sum of money', () => {
    const text =
      '<p>The town will spend <a href="https://vale.example/b">$4.5 million</a> on flood walls.</p>'
    expect(shown(text, 'html', 'money')).toEqual([['$4.5 million', '$4.5 million']])
  })
})

describe('markup inside a detail', () => {
  it.each<[string, InputFormat, string, Detail['kind'], string, string]>([
    [
      'a hedge outside bold digits',
      'markdown',
      'About **85** people were hurt in the blast.',
      'count',
      'About 85',
      'About **85',
    ],
    [
      'a hedge outside an HTML tag',
      'html',
      '<p>About <b>85</b> people were hurt in the blast.</p>',
      'count',
      'About 85',
      'About <b>85',
    ],
    [
      'a bold scale word',
      'markdown',
      'The port lost $3 **million** in trade last week.',
      'money',
      '$3 million',
      '$3 **million',
    ],
    [
      'an entity for the currency sign',
      'html',
      '<p>The fund paid &euro;4 million to the families.</p>',
      'money',
      '€4 million',
      '&euro;4 million',
    ],
  ])(
    '%s: the text is the visible characters, the span runs from the first to the last',
    (_name, format, text, kind, visible, slice) => {
      const found = detailsOf(text, format).filter((detail) => detail.kind === kind)
      expect(found.map((detail) => detail.text)).toEqual([visible])
      expect(text.slice(found[0]!.start, found[0]!.end)).toBe(slice)
      expect(found[0]!.text).not.toMatch(MARKUP)
    },
  )

  it('keeps the raw text, no-break space and all, when no markup lies inside', () => {
    const text = 'Some 1\u00a0298 people signed the petition.'
    const [count] = detailsOf(text, 'text').filter((detail) => detail.kind === 'count')
    expect(count!.text).toBe(text.slice(count!.start, count!.end))
    expect(count!.text).toContain('\u00a0')
  })
})

describe('quotes with markup inside', () => {
  it.each<[string, InputFormat, string]>([
    ['Markdown', 'markdown', '"We will **rebuild** every bridge," the mayor said.'],
    ['HTML', 'html', '<p>"We will <em>rebuild</em> every bridge," the mayor said.</p>'],
    ['plain text', 'text', '"We will rebuild every bridge," the mayor said.'],
  ])('%s: the quote reads as written, with its speaker', (_name, format, text) => {
    const [quote] = detailsOf(text, format).filter((detail) => detail.kind === 'quote')
    expect(quote!.value).toBe('We will rebuild every bridge')
    expect(quote!.text).not.toMatch(MARKUP)
    expect(quote!.text).toContain('We will rebuild every bridge')
    expect(quote!.source).toBe('mayor')
    expect(text.slice(quote!.start, quote!.end).startsWith('"We will')).toBe(true)
  })
})

describe('statements still cover their markup', () => {
  it.each<[string, InputFormat, string, string[]]>([
    [
      'Markdown',
      'markdown',
      '**Breaking:** the dam held. Crews pulled **85** people out.',
      ['**Breaking:** the dam held.', 'Crews pulled **85** people out.'],
    ],
    [
      'HTML',
      'html',
      '<p><b>Breaking:</b> the dam held. Crews pulled <b>85</b> people <i>out.</i></p>',
      ['<b>Breaking:</b> the dam held.', 'Crews pulled <b>85</b> people <i>out.</i>'],
    ],
  ])('%s: a statement that starts or ends with markup spans it', (_name, format, text, sources) => {
    const { statements } = analyze({ id: 'a', text, format })
    expect(statements.map((statement) => text.slice(statement.start, statement.end))).toEqual(sources)
  })
})
