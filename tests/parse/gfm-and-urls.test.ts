import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/parse/index.js'
import { findBareUrls } from '../../src/parse/urls.js'
import { segment } from '../../src/segment/index.js'

const links = (raw: string, format: 'text' | 'markdown' | 'html') =>
  parseDocument(raw, format).blocks.flatMap((block) =>
    block.citations
      .filter((citation) => citation.kind === 'link')
      .map((citation) => [citation.source, raw.slice(citation.start, citation.end)]),
  )

describe('the GFM syntax the Markdown reader keeps', () => {
  it('reads tables, footnotes, strikethrough and task lists', () => {
    const raw = [
      'Crews ~~abandoned~~ paused the search.[^1]',
      '',
      '- [x] Pier closed',
      '- [ ] Bridge inspected',
      '',
      '| Town | Missing |',
      '|---|---|',
      '| Orrin | 9 |',
      '',
      '[^1]: Harbour office statement.',
    ].join('\n')
    const blocks = parseDocument(raw, 'markdown').blocks
    expect(blocks.map((block) => [block.kind, block.content.text])).toEqual([
      ['paragraph', 'Crews abandoned paused the search.'],
      ['list-item', 'Pier closed'],
      ['list-item', 'Bridge inspected'],
      ['table-cell', 'Town'],
      ['table-cell', 'Missing'],
      ['table-cell', 'Orrin'],
      ['table-cell', '9'],
      ['paragraph', 'Harbour office statement.'],
    ])
    expect(blocks[0]!.citations.map((citation) => [citation.kind, citation.source])).toEqual([
      ['footnote', '1'],
    ])
  })
})

describe('bare URLs', () => {
  it('are link citations in Markdown, text and HTML, trailing punctuation left out', () => {
    const text =
      'The full report is at https://vale.example/report/2025. Maps: www.orrin.example/maps, updated daily.'
    const expected = [
      ['https://vale.example/report/2025', 'https://vale.example/report/2025'],
      ['http://www.orrin.example/maps', 'www.orrin.example/maps'],
    ]
    expect(links(text, 'markdown')).toEqual(expected)
    expect(links(text, 'text')).toEqual(expected)
    const html = `<p>${text}</p>`
    expect(links(html, 'html')).toEqual(expected)
  })

  it('keeps the URL in the statement text and gives the citation to its sentence', () => {
    const [first, second] = segment(
      'Read the notice at https://port.example/notice. Crossings resume Monday.',
      {
        format: 'markdown',
      },
    )
    expect(first!.text).toBe('Read the notice at https://port.example/notice.')
    expect(first!.citations.map((citation) => citation.source)).toEqual(['https://port.example/notice'])
    expect(second!.citations).toEqual([])
  })

  it('are not counted twice inside a Markdown link, an autolink or an HTML anchor', () => {
    expect(links('See [https://vale.example/a](https://vale.example/a).', 'markdown')).toEqual([
      ['https://vale.example/a', '[https://vale.example/a](https://vale.example/a)'],
    ])
    expect(links('See <https://vale.example/a>.', 'markdown')).toEqual([
      ['https://vale.example/a', '<https://vale.example/a>'],
    ])
    expect(links('<p>See <a href="https://vale.example/a">https://vale.example/a</a>.</p>', 'html')).toEqual([
      ['https://vale.example/a', '<a href="https://vale.example/a">https://vale.example/a</a>'],
    ])
  })

  it('are not read inside code', () => {
    expect(links('```\ncurl https://vale.example/api\n```', 'markdown')).toEqual([])
    expect(links('Run `curl https://vale.example/api` first.', 'markdown')).toEqual([
      ['https://vale.example/api', 'https://vale.example/api'],
    ])
  })

  it('keep balanced parentheses and drop an unbalanced closing one', () => {
    expect(findBareUrls('(see https://wiki.example/Aske_(river))').map((url) => url.url)).toEqual([
      'https://wiki.example/Aske_(river)',
    ])
    expect(findBareUrls('(source: https://vale.example/a)').map((url) => url.url)).toEqual([
      'https://vale.example/a',
    ])
  })

  it('are not found glued to a word, without a dotted host, or as a bare scheme', () => {
    for (const text of [
      'mail me at ops@www.vale.example',
      'go to http://localhost now',
      'the https:// prefix',
      'www. is dead',
    ]) {
      expect(findBareUrls(text)).toEqual([])
    }
  })
})

describe('a long Markdown paragraph of single line breaks', () => {
  it('segments 200 KB (no blank line, no full stop) into bounded statements, losing no word', () => {
    const words = [
      'river',
      'ferry',
      'crossing',
      'harbour',
      'council',
      'rescue',
      'barge',
      'pier',
      'current',
      'crew',
      'Eastgate',
      'levee',
    ]
    const parts: string[] = []
    let length = 0
    for (let n = 0; length < 200_000; n++) {
      const part = words[n % words.length]! + ((n + 1) % 12 === 0 ? '\n' : ' ')
      parts.push(part)
      length += part.length
    }
    const raw = parts.join('')
    const statements = segment(raw, { format: 'markdown' })
    expect(statements.length).toBeGreaterThan(50)
    expect(statements.every((statement) => statement.text.length <= 2_000)).toBe(true)
    expect(statements.map((statement) => statement.text).join(' ')).toBe(raw.trim().replace(/\s+/g, ' '))
  })
})
