import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/parse/index.js'
import { type StatementUnit, segment, segmentDocument } from '../../src/segment/index.js'
import type { InputFormat } from '../../src/types.js'
import { propertyRuns } from '../support/suite.js'

// Generated documents: each arbitrary yields the raw input and the words a reader sees in it.
interface Generated {
  raw: string
  visible: string[]
}

const word = fc
  .tuple(fc.constantFrom('', 'cap'), fc.stringMatching(/^[a-z]{2,9}$/))
  .map(([cap, letters]) => (cap === 'cap' ? letters.charAt(0).toUpperCase() + letters.slice(1) : letters))
const token = fc.oneof(
  { weight: 8, arbitrary: word },
  { weight: 1, arbitrary: fc.constantFrom('Dr.', 'U.S.', 'Inc.', 'a.m.', 'J.', 'No.', 'St.', 'e.g.') },
  { weight: 1, arbitrary: fc.constantFrom('3.14', '$1.5bn', '9,000', '41%', '2024', '(AP)', '"quoted"') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('CNN1', 'AP News2', '[3]', '[^2]', '²', 'www.vale.example', 'a@b.example'),
  },
)
const sentence = fc
  .tuple(
    fc.array(token, { minLength: 1, maxLength: 12 }),
    fc.constantFrom('.', '.', '?', '!', '...', '', '."', ';'),
  )
  .map(([words, end]) => words.join(' ') + end)
// Line breaks as saved on Unix, Windows and classic Mac OS: parsers normalise CR and CRLF.
const lineBreak = fc.constantFrom('\n', '\r\n', '\r')
/** Sentences, each followed by its own gap: files mix line breaks when pasted together. */
const paragraph = fc
  .array(fc.tuple(sentence, fc.constantFrom(' ', '\n', '  ', ' \t', '\r\n', '\r')), {
    minLength: 1,
    maxLength: 4,
  })
  .map((pairs) => pairs.map(([text, gap], index) => (index === 0 ? text : gap + text)).join(''))
/** Joins pieces with a line break drawn for each join. */
const joinedByBreaks = (count: number): fc.Arbitrary<string[]> =>
  fc.array(lineBreak, { minLength: count, maxLength: count })
/**
 * A document saved with byte-order marks in front (remark drops a leading one and counts its
 * offsets from after it), sometimes followed by white space.
 */
const withBom = (document: fc.Arbitrary<Generated>): fc.Arbitrary<Generated> =>
  fc
    .tuple(
      document,
      fc.constantFrom('', '', '', '\ufeff', '\ufeff\ufeff', '\ufeff ', '\ufeff\r\n', '\ufeff\n\n'),
    )
    .map(([generated, bom]) => ({ raw: bom + generated.raw, visible: generated.visible }))

const plainDocument: fc.Arbitrary<Generated> = withBom(
  fc
    .tuple(
      fc.array(paragraph, { minLength: 1, maxLength: 5 }),
      fc.constantFrom('\n\n', '\r\n\r\n', '\n \n', '\n\n\n', '\r\r', '\r\n\n'),
    )
    .map(([paragraphs, gap]) => {
      const raw = paragraphs.join(gap)
      return { raw, visible: words(raw) }
    }),
)

const markdownBlock: fc.Arbitrary<Generated> = fc
  .tuple(
    fc.constantFrom('p', 'h', 'li', 'quote', 'em', 'link', 'lines', 'fence'),
    paragraph,
    word,
    lineBreak,
    fc.array(word, { maxLength: 12 }),
  )
  .map(([kind, text, extra, br, info]) => {
    const flat = text.replace(/\s+/g, ' ').replace(/[*_`#>[\]\\<&|~]/g, '')
    const safe = flat.trim() === '' ? extra : flat
    if (kind === 'lines') {
      // One paragraph over several lines, each led by a word so no line reads as markup.
      const lines = flat.split('. ').map((line) => `${extra} ${line}`)
      return { raw: lines.join(br), visible: words(lines.join(' ')) }
    }
    if (kind === 'fence') {
      // The info string is not shown; the code is (as a fragment), whatever its line breaks.
      const fence = info.length % 2 === 0 ? '```' : '~~~'
      const code = `${extra} ${flat}`.split('. ').join(br)
      return { raw: `${fence} ${info.join(' ')}${br}${code}${br}${fence}`, visible: words(code) }
    }
    if (kind === 'quote') {
      const lines = flat.split('. ').map((line) => `> ${extra} ${line}`)
      return { raw: lines.join(br), visible: words(lines.join(' ')) }
    }
    if (kind === 'h')
      return { raw: `## ${extra} ${safe.replace(/#/g, '')}`, visible: words(`${extra} ${safe}`) }
    if (kind === 'li') return { raw: `- ${extra} ${safe}`, visible: words(`${extra} ${safe}`) }
    if (kind === 'em') return { raw: `**${extra}** ${safe}`, visible: words(`${extra} ${safe}`) }
    if (kind === 'link')
      return { raw: `[${extra}](https://x.example/${extra}) ${safe}`, visible: words(`${extra} ${safe}`) }
    // A leading word keeps '3. ...' from reading as an ordered list marker.
    return { raw: `${extra} ${safe}`, visible: words(`${extra} ${safe}`) }
  })
/** A code fence never closed: it runs to the end of the document, its info string hidden. */
const unclosedFence: fc.Arbitrary<Generated> = fc
  .tuple(
    fc.constantFrom('```', '~~~', '~~~~'),
    fc.array(word, { maxLength: 12 }),
    fc.array(fc.oneof(sentence, fc.constantFrom('<p>', '[^1]: note', '- item', '')), { maxLength: 4 }),
    lineBreak,
  )
  .map(([fence, info, lines, br]) => {
    const code = lines.join(br)
    return { raw: `${fence} ${info.join(' ')}${br}${br}${code}`, visible: words(code) }
  })
const markdownDocument: fc.Arbitrary<Generated> = withBom(
  fc
    .tuple(
      fc.array(markdownBlock, { minLength: 1, maxLength: 6 }),
      lineBreak,
      fc.option(unclosedFence, { freq: 3 }),
    )
    .map(([blocks, br, tail]) => {
      const all = tail === null ? blocks : [...blocks, tail]
      return {
        raw: all.map((block) => block.raw).join(br + br),
        visible: all.flatMap((block) => block.visible),
      }
    }),
)

const htmlEscape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const htmlBlock: fc.Arbitrary<Generated> = fc
  .tuple(fc.constantFrom('p', 'h2', 'li', 'blockquote', 'b', 'a', 'script'), paragraph, word)
  .map(([tag, text, extra]) => {
    const body = htmlEscape(text)
    if (tag === 'script')
      return { raw: `<script>var x_${extra} = 1</script><p>${body}</p>`, visible: words(text) }
    if (tag === 'li') return { raw: `<ul><li>${body}</li></ul>`, visible: words(text) }
    if (tag === 'b')
      return {
        raw: `<p><b>${extra}</b> ${body} &amp; ${extra}</p>`,
        visible: words(`${extra} ${text} ${extra}`),
      }
    if (tag === 'a')
      return {
        raw: `<p><a href="https://x.example">${extra}</a> ${body}</p>`,
        visible: words(`${extra} ${text}`),
      }
    return { raw: `<${tag}>${body}</${tag}>`, visible: words(text) }
  })
const htmlDocument: fc.Arbitrary<Generated> = withBom(
  fc
    .array(htmlBlock, { minLength: 1, maxLength: 6 })
    .chain((blocks) => fc.tuple(fc.constant(blocks), joinedByBreaks(blocks.length + 1)))
    .map(([blocks, breaks]) => ({
      raw: `<div>${blocks.map((block, index) => breaks[index] + block.raw).join('')}</div>${breaks[blocks.length]}`,
      visible: blocks.flatMap((block) => block.visible),
    })),
)

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? []
}

function run(raw: string, format: InputFormat): StatementUnit[] {
  return segmentDocument(raw, parseDocument(raw, format), {
    articleId: 't',
    granularity: 'sentence',
    outletMarkers: [],
  })
}

/** The invariants every segmentation must keep, whatever the input. */
function checkSpans(raw: string, units: StatementUnit[]): void {
  let previousEnd = 0
  units.forEach(({ statement, content }, index) => {
    expect(statement.index).toBe(index)
    expect(statement.id).toBe(`t#${index}`)
    expect(statement.start).toBeGreaterThanOrEqual(previousEnd)
    expect(statement.end).toBeGreaterThan(statement.start)
    expect(statement.end).toBeLessThanOrEqual(raw.length)
    previousEnd = statement.end
    expect(content.text).toBe(statement.text)
    expect(statement.text).toBe(statement.text.trim())
    const before = raw.slice(0, statement.start)
    const lines = before.split(/\r\n|\r|\n/)
    expect(statement.line).toBe(lines.length)
    expect(statement.column).toBe(lines[lines.length - 1]!.length + 1)
    for (let i = 0; i < content.text.length; i++) {
      expect(content.starts[i]).toBeGreaterThanOrEqual(statement.start)
      expect(content.ends[i]).toBeLessThanOrEqual(statement.end)
    }
    for (const citation of statement.citations) {
      expect(citation.start).toBeGreaterThanOrEqual(0)
      expect(citation.end).toBeLessThanOrEqual(raw.length)
    }
  })
}

/**
 * Every letter or digit of the statement text is the raw character it maps to (or a decoded
 * entity), and no visible character maps
 * to an empty span (a span that misses the end of its statement).
 */
function checkExactCharacters(raw: string, units: StatementUnit[]): void {
  for (const { content } of units) {
    for (let i = 0; i < content.text.length; i++) {
      const char = content.text.charAt(i)
      if (char !== ' ')
        expect(content.ends[i], `'${char}' at ${i} maps to nothing`).toBeGreaterThan(content.starts[i]!)
      if (!/[\p{L}\p{N}]/u.test(char)) continue
      const source = raw.slice(content.starts[i], content.ends[i])
      if (source.startsWith('&')) continue
      // Markup around an inline node ('**a') is the block's, never a character's.
      expect(source).toBe(char)
    }
  }
}

/**
 * The letters of one word sit side by side in the raw input: a map that found each letter
 * somewhere further on (in a fence's info string, past a skipped line break) breaks them apart.
 * Holds for the generated documents, whose words have no markup inside them.
 */
function checkWholeWords(units: StatementUnit[]): void {
  for (const { content } of units) {
    for (let i = 0; i + 1 < content.text.length; i++) {
      if (!/[\p{L}\p{N}]{2}/u.test(content.text.slice(i, i + 2))) continue
      expect(content.starts[i + 1], `'${content.text.slice(i, i + 2)}' at ${i} of '${content.text}'`).toBe(
        content.ends[i],
      )
    }
  }
}

/** No visible word is silently lost: it is in some statement or in a recorded citation marker. */
function checkNoLostWords(raw: string, visible: string[], units: StatementUnit[]): void {
  const found = new Map<string, number>()
  const add = (text: string): void => {
    for (const token of words(text)) found.set(token, (found.get(token) ?? 0) + 1)
  }
  for (const { statement } of units) {
    add(statement.text)
    for (const citation of statement.citations) add(raw.slice(citation.start, citation.end))
  }
  const needed = new Map<string, number>()
  for (const token of visible) needed.set(token, (needed.get(token) ?? 0) + 1)
  for (const [token, count] of needed)
    expect(found.get(token) ?? 0, `word '${token}'`).toBeGreaterThanOrEqual(count)
}

describe('segmentation properties', () => {
  it('plain text: spans exact, in order, no lost words', () => {
    fc.assert(
      fc.property(plainDocument, ({ raw, visible }) => {
        const units = run(raw, 'text')
        checkSpans(raw, units)
        checkExactCharacters(raw, units)
        checkWholeWords(units)
        checkNoLostWords(raw, visible, units)
        for (const { statement, content } of units) {
          const slice = raw.slice(statement.start, statement.end)
          if (statement.citations.length === 0) expect(slice.replace(/\s+/g, ' ')).toBe(content.text)
        }
      }),
      { numRuns: propertyRuns(300, 100) },
    )
  })

  it('Markdown: spans exact, in order, no lost words', () => {
    fc.assert(
      fc.property(markdownDocument, ({ raw, visible }) => {
        const units = run(raw, 'markdown')
        checkSpans(raw, units)
        checkExactCharacters(raw, units)
        checkWholeWords(units)
        checkNoLostWords(raw, visible, units)
      }),
      { numRuns: propertyRuns(300, 100) },
    )
  })

  it('HTML: spans exact, in order, no lost words, scripts dropped', () => {
    fc.assert(
      fc.property(htmlDocument, ({ raw, visible }) => {
        const units = run(raw, 'html')
        checkSpans(raw, units)
        checkExactCharacters(raw, units)
        checkWholeWords(units)
        checkNoLostWords(raw, visible, units)
        for (const { statement } of units) expect(statement.text).not.toContain('x_')
      }),
      { numRuns: propertyRuns(300, 100) },
    )
  })

  it('arbitrary strings in every format never throw and keep the span invariants', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }),
        fc.constantFrom<InputFormat>('text', 'markdown', 'html'),
        (raw, format) => {
          const units = run(raw, format)
          checkSpans(raw, units)
          if (format === 'text') checkNoLostWords(raw, words(raw), units)
        },
      ),
      { numRuns: propertyRuns(500, 200) },
    )
  })

  it('markup soup with BOMs, CRs, fences and tags keeps every letter on its raw character', () => {
    // Pieces that make parsers normalise or reinterpret the input, in any order.
    const piece = fc.oneof(
      { weight: 4, arbitrary: word },
      { weight: 3, arbitrary: fc.constantFrom(' ', '\n', '\r', '\r\n', '\n\n', '\t', '    ') },
      {
        weight: 3,
        arbitrary: fc.constantFrom(
          '\ufeff',
          '```',
          '~~~',
          '<p>',
          '</p>',
          '<b>',
          '<br>',
          '<!-- c -->',
          '&amp;',
          '[^1]',
          '[^1]: ',
          '> ',
          '- ',
          '1. ',
          '# ',
          '**',
          '_',
          '|',
          '---',
          '\\',
          '[link](https://x.example)',
          '.',
          '\u0000',
        ),
      },
    )
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 40 }).map((pieces) => pieces.join('')),
        fc.constantFrom<InputFormat>('text', 'markdown', 'html'),
        (raw, format) => {
          const units = run(raw, format)
          checkSpans(raw, units)
          checkExactCharacters(raw, units)
        },
      ),
      { numRuns: propertyRuns(2000, 500) },
    )
  })

  it('is deterministic: the same input gives the same statements', () => {
    fc.assert(
      fc.property(plainDocument, ({ raw }) => {
        expect(JSON.stringify(segment(raw))).toBe(JSON.stringify(segment(raw)))
      }),
      { numRuns: 50 },
    )
  })
})
