// Markdown parsed in parts (to keep micromark linear, issue 13) reads exactly the blocks the
// whole document gives: cuts fall only at top-level blocks, open code and HTML blocks move a
// cut, and references reach definitions in other parts.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readMarkdown } from '../../src/parse/markdown.js'
import { parseInParts } from '../../src/parse/markdown-parts.js'
import { markdownModules } from '../../src/parse/parser-modules.js'
import { runs } from '../fuzz/arbitraries.js'

const whole = Number.POSITIVE_INFINITY

/** Blocks of Markdown in the shapes whose reading depends on what came before or after. */
const blockShapes = [
  'The ferry carried 85 passengers when it capsized.',
  'Officials counted 12 dead\nand 40 rescued by nightfall.',
  '> The mayor said 14 homes were lost.',
  '> > Residents said the water rose 2 metres.\n> > Nobody had warned them.',
  '> A quoted line\ncontinued lazily with 30 more words.',
  '- Police closed 3 roads.\n- Schools shut for 2 days.',
  '- An item with 7 people\n\n  and a second paragraph of it.',
  '  - an indented item of 9\n    - nested deeper with 11',
  '1. First, 20 boats.\n2. Then 31 trucks.',
  '2. A list that starts at 2 with 5 cars.',
  '* Star item about 6 dogs',
  '+ Plus item about 8 cats',
  '```\nfenced code 12\n\n\nstill code 13\n```',
  '~~~\nan unclosed fence 14\n\nruns to the end',
  '- ```\n  code in an item 15\n\n  more code\n  ```',
  '<!--\na comment with 16\n\nstill the comment\n-->',
  '<!-- a comment never closed, 17',
  '<div>\n<b>18</b> people were hurt\n</div>',
  '<script>\nvar x = 19\n\nvar y = 20\n</script>',
  '[ferry report]: https://example.org/ferry',
  'See [the report][ferry report] on 21 crew.',
  'The [Ferry Report] counted 22.',
  '[^n1]: A note about 23 lifeboats.',
  'The toll was 24[^n1] by dawn.',
  '| town | dead |\n| - | - |\n| Aske | 25 |',
  '# Toll rises to 26',
  'A setext title with 27\n===',
  '    indented code 28',
  '- - -',
  '- - - Nested three deep about 32 boats',
  '- - Two deep about 33 boats\n- - and 34 more',
  '* - * Mixed markers about 35 boats',
  '- | -',
  '***',
  'A paragraph with 29 people\n- and a bullet right after it',
]

const separators = ['\n\n', '\n', '\n\n\n', '\n \n']

const markdownDocument = fc
  .array(fc.tuple(fc.constantFrom(...blockShapes), fc.constantFrom(...separators)), {
    minLength: 1,
    maxLength: 30,
  })
  .map((blocks) => blocks.map(([block, separator]) => block + separator).join(''))

describe('Markdown read in parts', () => {
  it('reads the same blocks as the whole document, whatever the cuts', () => {
    fc.assert(
      fc.property(markdownDocument, fc.integer({ min: 1, max: 200 }), (raw, partSize) => {
        expect(readMarkdown(raw, partSize)).toEqual(readMarkdown(raw, whole))
      }),
      { numRuns: runs },
    )
  })

  it('cuts a long document into parts at top-level blocks', () => {
    const raw = '> The mayor said 14 homes were lost.\n\n'.repeat(20)
    const parse = (text: string) => parser().parse(text) as { children: [] }
    const parts = [...parseInParts(raw, parse, 100).parts]
    expect(parts.length).toBeGreaterThan(5)
    for (const part of parts) expect(raw.charAt(part.shift)).toBe('>')
  })

  it('cuts before each first-column item of nested lists, which a thematic break would not allow', () => {
    const raw = '- - - Ferry 4 left the port at dawn.\n'.repeat(20)
    const parse = (text: string) => parser().parse(text) as { children: [] }
    const parts = [...parseInParts(raw, parse, 100).parts]
    expect(parts.length).toBeGreaterThan(5)
    expect(readMarkdown(raw, 100)).toEqual(readMarkdown(raw, whole))
  })

  it('keeps a fence with blank lines whole across a cut', () => {
    const raw = `Intro with 3 boats.\n\n\`\`\`\ncode 12\n\n${'filler line\n\n'.repeat(10)}\`\`\`\n\nAfter with 4 boats.`
    const blocks = readMarkdown(raw, 16)
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'code', 'paragraph'])
    expect(blocks).toEqual(readMarkdown(raw, whole))
  })

  it('keeps an HTML comment across a cut out of the text', () => {
    const raw = `Intro with 3 boats.\n\n<!--\n${'hidden 9\n\n'.repeat(10)}-->\n\nAfter with 4 boats.`
    const texts = readMarkdown(raw, 16).map((block) => block.content.text)
    expect(texts).toEqual(['Intro with 3 boats.', 'After with 4 boats.'])
  })

  it('resolves a reference to a definition in a later part, and a footnote in an earlier one', () => {
    const raw =
      '[^n1]: The note about 5 lifeboats.\n\n' +
      `${'Filler paragraph.\n\n'.repeat(10)}` +
      'See [the report][Ferry  Report] on 21 crew, and 24 more[^n1].\n\n' +
      `${'Filler paragraph.\n\n'.repeat(10)}` +
      '[ferry report]: https://example.org/ferry\n'
    const blocks = readMarkdown(raw, 32)
    const see = blocks.find((block) => block.content.text.startsWith('See'))
    expect(see?.content.text).toBe('See the report on 21 crew, and 24 more.')
    expect(see?.citations.map((citation) => [citation.kind, citation.source])).toEqual([
      ['link', 'https://example.org/ferry'],
      ['footnote', 'n1'],
    ])
    expect(blocks).toEqual(readMarkdown(raw, whole))
  })

  it('takes the first of two definitions of one label, as CommonMark does', () => {
    const raw = '[a]: https://example.org/first\n\n[a]: https://example.org/second\n\nSee [a] for 3.'
    const see = readMarkdown(raw).find((block) => block.content.text.startsWith('See'))
    expect(see?.citations[0]?.source).toBe('https://example.org/first')
  })
})

function parser(): { parse(text: string): unknown } {
  const { unified, remarkParse } = markdownModules()
  return unified().use(remarkParse).freeze()
}
