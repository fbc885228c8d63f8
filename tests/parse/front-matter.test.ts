import { describe, expect, it } from 'vitest'
import { markupEdges, widenSpan } from '../../src/parse/align.js'
import { findFrontMatter } from '../../src/parse/front-matter.js'
import { parseDocument } from '../../src/parse/index.js'
import { rawSpan } from '../../src/parse/offsets.js'
import { segment } from '../../src/segment/index.js'

const yaml = [
  '---',
  'outlet: Vale Post',
  'title: "Floodwater reaches Orrin"',
  'url: https://vale.example/orrin',
  '---',
  '',
  '# Floodwater reaches Orrin',
  '',
  'The river rose 2 metres overnight.',
].join('\n')

const kindsAndSpans = (raw: string) =>
  segment(raw, { format: 'markdown' }).map((statement) => [
    statement.kind,
    statement.text,
    raw.slice(statement.start, statement.end),
  ])

describe('Markdown front matter', () => {
  it('reads YAML front matter as one fragment spanning both fences, not as a heading', () => {
    expect(kindsAndSpans(yaml)).toEqual([
      [
        'fragment',
        'outlet: Vale Post title: "Floodwater reaches Orrin" url: https://vale.example/orrin',
        yaml.slice(0, yaml.indexOf('\n\n')),
      ],
      ['heading', 'Floodwater reaches Orrin', 'Floodwater reaches Orrin'],
      ['sentence', 'The river rose 2 metres overnight.', 'The river rose 2 metres overnight.'],
    ])
  })

  it('maps every character of the metadata to its raw character, the fences its markup', () => {
    const [block] = parseDocument(yaml, 'markdown').blocks
    const { text, starts, ends } = block!.content
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== ' ') expect(yaml.slice(starts[i], ends[i])).toBe(text[i])
    }
    const [markup] = block!.markup
    expect(yaml.slice(markup!.start, markup!.textStart)).toBe('---\n')
    expect(yaml.slice(markup!.textEnd, markup!.end)).toBe('\n---')
  })

  it('reads TOML front matter with CRLF line breaks and a byte-order mark', () => {
    const raw = '\uFEFF+++\r\ntitle = "Orrin floods"\r\n+++\r\nThe river rose.'
    expect(kindsAndSpans(raw)).toEqual([
      ['fragment', 'title = "Orrin floods"', '+++\r\ntitle = "Orrin floods"\r\n+++'],
      ['sentence', 'The river rose.', 'The river rose.'],
    ])
  })

  it('yields no statement for empty front matter', () => {
    expect(kindsAndSpans('---\n---\nThe river rose.')).toEqual([
      ['sentence', 'The river rose.', 'The river rose.'],
    ])
  })

  it('leaves an unclosed fence, a mismatched fence and a later rule to Markdown', () => {
    expect(
      parseDocument('---\ntitle: Orrin\n\nThe river rose.', 'markdown').blocks.map((b) => b.kind),
    ).toEqual(['paragraph', 'paragraph'])
    expect(
      parseDocument('+++\ntitle: Orrin\n---\nThe river rose.', 'markdown').blocks.map((b) => b.kind),
    ).not.toContain('code')
    const later = 'The river rose.\n\n---\ntitle: Orrin\n---\n'
    expect(parseDocument(later, 'markdown').blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading'])
  })

  it('keeps plain-text front matter lines as text (the text reader has no front matter)', () => {
    const blocks = parseDocument('---\ntitle: Orrin\n---\nThe river rose.', 'text').blocks
    expect(blocks.map((block) => block.content.text).join(' ')).toContain('title: Orrin')
  })

  it('spans the metadata block from the opening fence to the closing one', () => {
    const block = parseDocument(yaml, 'markdown').blocks[0]!
    expect(block.kind).toBe('code')
    expect(
      widenSpan(rawSpan(block.content, 0, block.content.text.length), markupEdges(block.markup)),
    ).toEqual({
      start: 0,
      end: yaml.indexOf('\n\n'),
    })
  })
})

describe('findFrontMatter (micromark-extension-frontmatter)', () => {
  it('finds the closing fence after CRLF, lone CR and trailing blanks, and ends just after its line break', () => {
    for (const [raw, end] of [
      ['---\r\na: 1\r\n---\r\nText.', 16],
      ['---\ra: 1\r---\rText.', 13],
      ['---  \na: 1\n---\t\nText.', 16],
      ['\uFEFF---\na: 1\n---', 13],
    ] as const) {
      const matter = findFrontMatter(raw)
      expect(matter?.end).toBe(end)
      expect(matter?.value).toBe('a: 1')
    }
  })

  it('does not take a YAML document end marker (...) as the closing fence', () => {
    expect(findFrontMatter('---\na: 1\n...\nText.')).toBeNull()
  })
})
