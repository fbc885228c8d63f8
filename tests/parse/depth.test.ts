// Deep nesting is refused with its own code before it can overflow the stack or make
// remark-parse quadratic; ordinary nesting reads as before.
import { describe, expect, it } from 'vitest'
import { compare } from '../../src/compare/index.js'
import { isCorroborateError } from '../../src/errors.js'
import { MAX_HTML_DEPTH, MAX_IMAGE_NESTING, MAX_MARKDOWN_DEPTH } from '../../src/parse/depth.js'
import { parseDocument } from '../../src/parse/index.js'

function outcome(run: () => unknown): string {
  try {
    run()
    return 'ok'
  } catch (error) {
    return isCorroborateError(error)
      ? error.code
      : `raw ${(error as Error).name}: ${(error as Error).message}`
  }
}

const sentence = 'Police said 12 people died.'

/** Nesting shapes of `n` levels, and the format that reads them. */
const shapes: Record<string, [(n: number) => string, 'markdown' | 'html', number?]> = {
  'quote markers': [(n) => `${'>'.repeat(n)} ${sentence}`, 'markdown'],
  'spaced quote markers': [(n) => `${'> '.repeat(n)}${sentence}`, 'markdown'],
  'list markers on one line': [(n) => `${'- '.repeat(n)}${sentence}`, 'markdown'],
  'ordered list markers': [(n) => `${'1. '.repeat(n)}${sentence}`, 'markdown'],
  'indented list items': [
    (n) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'),
    'markdown',
    2000,
  ],
  'nested emphasis': [(n) => `${'*a '.repeat(n)}${sentence}${' b*'.repeat(n)}`, 'markdown'],
  'an emphasis run': [(n) => `${'*'.repeat(n)}x${'*'.repeat(n)}`, 'markdown'],
  'nested divs': [(n) => `${'<div>'.repeat(n)}${sentence}${'</div>'.repeat(n)}`, 'html'],
  'unclosed bold': [(n) => `<p>${'<b>'.repeat(n)}${sentence}`, 'html'],
  'nested images': [
    (n) => `${'!['.repeat(n)}${sentence}${'](https://example.org/a.png)'.repeat(n)}`,
    'markdown',
  ],
  'nested reference images': [
    (n) => `${'!['.repeat(n)}${sentence}${'][pic]'.repeat(n)}\n\n[pic]: https://example.org/a.png`,
    'markdown',
  ],
  'images nested in links': [(n) => `${'[!['.repeat(n)}${sentence}${'](a.png)](b)'.repeat(n)}`, 'markdown'],
  'divs in Markdown': [(n) => `${'<div>'.repeat(n)}${sentence}${'</div>'.repeat(n)}`, 'markdown'],
}

describe('deep nesting', () => {
  for (const [name, [make, format, levels = format === 'markdown' ? 100_000 : 10_000]] of Object.entries(
    shapes,
  )) {
    // No clock: the Markdown shapes are 100,000 levels, which remark-parse (quadratic in the
    // nesting) would need hours for, so reading them at all would time the test out on any machine.
    it(`${name}: ${levels} levels are E_INPUT_TOO_DEEP`, () => {
      expect(outcome(() => parseDocument(make(levels), format))).toBe('E_INPUT_TOO_DEEP')
      expect(outcome(() => compare([{ text: make(levels), format }, sentence]))).toBe('E_INPUT_TOO_DEEP')
    })

    it(`${name}: a few levels read as before`, () => {
      expect(outcome(() => parseDocument(make(5), format))).toBe('ok')
    })
  }

  it(`reads quotes and lists up to ${MAX_MARKDOWN_DEPTH} levels, and names the line past it`, () => {
    expect(outcome(() => parseDocument(`${'> '.repeat(MAX_MARKDOWN_DEPTH)}${sentence}`, 'markdown'))).toBe(
      'ok',
    )
    const deeper = `${sentence}\n\n${'> '.repeat(MAX_MARKDOWN_DEPTH + 1)}${sentence}`
    expect(() => parseDocument(deeper, 'markdown')).toThrow(/51 levels deep at line 3/)
  })

  // A new user could not tell which of their files was too deep.
  it('names the article at fault when compare reads several', () => {
    const deep = `${'> '.repeat(MAX_MARKDOWN_DEPTH + 1)}${sentence}`
    expect(() => compare([sentence, { text: deep, format: 'markdown' }])).toThrow(
      /^Article 2: The Markdown nests quotes or lists 51 levels deep at line 1/,
    )
  })

  it(`reads images nested ${MAX_IMAGE_NESTING} deep, and any number of images side by side`, () => {
    const nested = (n: number) => `${'!['.repeat(n)}${sentence}${'](a.png)'.repeat(n)}`
    expect(outcome(() => parseDocument(nested(MAX_IMAGE_NESTING), 'markdown'))).toBe('ok')
    expect(() => parseDocument(`${sentence}\n\n${nested(MAX_IMAGE_NESTING + 1)}`, 'markdown')).toThrow(
      /paragraph at line 3 nests more than 50 images/,
    )
    const badges = `${'[![build](https://example.org/b.svg)](https://example.org) '.repeat(2000)}${sentence}`
    expect(outcome(() => parseDocument(badges, 'markdown'))).toBe('ok')
    // An escaped '![' opens no image.
    expect(outcome(() => parseDocument(`${'\\!['.repeat(500)}${sentence}`, 'markdown'))).toBe('ok')
  })

  it('does not count a long list, a rule line or a paragraph of many items as nesting', () => {
    const list = Array.from({ length: 1500 }, (_, i) => `* item ${i} with *some* emphasis`).join('\n')
    expect(outcome(() => parseDocument(list, 'markdown'))).toBe('ok')
    expect(outcome(() => parseDocument(`${'*'.repeat(5000)}\n\n${sentence}`, 'markdown'))).toBe('ok')
  })

  it(`reads HTML up to ${MAX_HTML_DEPTH} levels and refuses deeper, the same on every call`, () => {
    const nested = (n: number) => `${'<div>'.repeat(n)}${sentence}${'</div>'.repeat(n)}`
    const outcomes = Array.from({ length: 3 }, () => [
      outcome(() => parseDocument(nested(MAX_HTML_DEPTH), 'html')),
      outcome(() => parseDocument(nested(MAX_HTML_DEPTH + 1), 'html')),
    ])
    // Once the limit was the call stack's, and one input read on one call was refused on the next.
    expect(outcomes).toEqual(Array.from({ length: 3 }, () => ['ok', 'E_INPUT_TOO_DEEP']))
    expect(() => parseDocument(`<p>${sentence}</p>\n${'<b>'.repeat(1500)}`, 'html')).toThrow(
      /more than 1000 levels deep at line 2/,
    )
  })

  it("counts '<span/>' as HTML reads it, an open span: a run of them nests, the same on every call", () => {
    // The '/' once exempted it, and 3,000 of them overflowed the tree conversion on some calls only.
    const outcomes = Array.from({ length: 3 }, () =>
      outcome(() => parseDocument(`${'<span/>'.repeat(3000)}<p>${sentence}</p>`, 'html')),
    )
    expect(outcomes).toEqual(['E_INPUT_TOO_DEEP', 'E_INPUT_TOO_DEEP', 'E_INPUT_TOO_DEEP'])
    expect(outcome(() => parseDocument(`${'<span/>'.repeat(900)}<p>${sentence}</p>`, 'html'))).toBe('ok')
  })

  it('does not count empty and self-closing elements, self-ending ones inside svg, or script text as HTML nesting', () => {
    const flat = [
      '<p>a'.repeat(3000),
      '<li>b'.repeat(3000),
      '<br><img src="x.png"><hr>'.repeat(3000),
      `<svg>${'<path d="M0 0"/>'.repeat(3000)}</svg>`,
      `<script>${'<div>'.repeat(3000)}</SCRIPT>`,
      `<!-- ${'<div>'.repeat(3000)} -->`,
      '<div></div>'.repeat(3000),
    ]
    for (const html of flat)
      expect(outcome(() => parseDocument(`${html}<p>${sentence}</p>`, 'html'))).toBe('ok')
  })
})

describe('one long container that no top-level line cuts', () => {
  const lines = (n: number, line: (i: number) => string) =>
    Array.from({ length: n }, (_, i) => line(i)).join('\n')
  const nestedItem = (i: number) => `> > - - Ferry ${i} left the pier at dawn and ${sentence}`

  it('is E_INPUT_TOO_LARGE when it opens many nested list items, which micromark reads in quadratic time', () => {
    const text = lines(1500, nestedItem)
    expect(outcome(() => parseDocument(text, 'markdown'))).toBe('E_INPUT_TOO_LARGE')
    expect(() => parseDocument(`${sentence}\n\n${text}`, 'markdown')).toThrow(
      /^Markdown from line 3 is one block quote or list of \d+ KB \(1500 of its lines open nested list items\).*format: 'text'/,
    )
    // The same words in a list of its own paragraphs read, cut at top level.
    expect(
      outcome(() =>
        parseDocument(
          lines(1500, (i) => `- - Ferry ${i} left.\n`),
          'markdown',
        ),
      ),
    ).toBe('ok')
  })

  it('reads as long a block quote, ordered list or nested quote whose items micromark closes cheaply', () => {
    for (const line of [
      (i: number) => `> Ferry ${i} left the pier at dawn and ${sentence}`,
      (i: number) => `${i + 1}. Ferry ${i} left the pier at dawn and ${sentence}`,
      (i: number) => `> > Ferry ${i} left the pier at dawn and ${sentence}`,
    ])
      expect(outcome(() => parseDocument(lines(1500, line), 'markdown'))).toBe('ok')
  })
})
