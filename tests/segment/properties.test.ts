import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/parse/index.js'
import { type StatementUnit, segment, segmentDocument } from '../../src/segment/index.js'
import type { InputFormat } from '../../src/types.js'

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
const paragraph = fc
  .tuple(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.constantFrom(' ', '\n', '  ', ' \t'))
  .map(([sentences, gap]) => sentences.join(gap))

const plainDocument: fc.Arbitrary<Generated> = fc
  .tuple(
    fc.array(paragraph, { minLength: 1, maxLength: 5 }),
    fc.constantFrom('\n\n', '\r\n\r\n', '\n \n', '\n\n\n'),
  )
  .map(([paragraphs, gap]) => {
    const raw = paragraphs.join(gap)
    return { raw, visible: words(raw) }
  })

const markdownBlock: fc.Arbitrary<Generated> = fc
  .tuple(fc.constantFrom('p', 'h', 'li', 'quote', 'em', 'link'), paragraph, word)
  .map(([kind, text, extra]) => {
    const flat = text.replace(/\s+/g, ' ').replace(/[*_`#>[\]\\<&|~]/g, '')
    const safe = flat.trim() === '' ? extra : flat
    if (kind === 'h')
      return { raw: `## ${extra} ${safe.replace(/#/g, '')}`, visible: words(`${extra} ${safe}`) }
    if (kind === 'li') return { raw: `- ${extra} ${safe}`, visible: words(`${extra} ${safe}`) }
    if (kind === 'quote') return { raw: `> ${extra} ${safe}`, visible: words(`${extra} ${safe}`) }
    if (kind === 'em') return { raw: `**${extra}** ${safe}`, visible: words(`${extra} ${safe}`) }
    if (kind === 'link')
      return { raw: `[${extra}](https://x.example/${extra}) ${safe}`, visible: words(`${extra} ${safe}`) }
    // A leading word keeps '3. ...' from reading as an ordered list marker.
    return { raw: `${extra} ${safe}`, visible: words(`${extra} ${safe}`) }
  })
const markdownDocument: fc.Arbitrary<Generated> = fc
  .array(markdownBlock, { minLength: 1, maxLength: 6 })
  .map((blocks) => ({
    raw: blocks.map((block) => block.raw).join('\n\n'),
    visible: blocks.flatMap((block) => block.visible),
  }))

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
const htmlDocument: fc.Arbitrary<Generated> = fc
  .array(htmlBlock, { minLength: 1, maxLength: 6 })
  .map((blocks) => ({
    raw: `<div>${blocks.map((block) => block.raw).join('\n')}</div>`,
    visible: blocks.flatMap((block) => block.visible),
  }))

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
 * entity, or an edge of an inline node widened over its markup).
 */
function checkExactCharacters(raw: string, units: StatementUnit[]): void {
  for (const { content } of units) {
    for (let i = 0; i < content.text.length; i++) {
      const char = content.text.charAt(i)
      if (!/[\p{L}\p{N}]/u.test(char)) continue
      const source = raw.slice(content.starts[i], content.ends[i])
      if (source.startsWith('&')) continue
      // The first and last characters of an inline node are widened to cover its markup ('**a').
      if (source.length > 1) expect(source.startsWith(char) || source.endsWith(char)).toBe(true)
      else expect(source).toBe(char)
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
        checkNoLostWords(raw, visible, units)
        for (const { statement, content } of units) {
          const slice = raw.slice(statement.start, statement.end)
          if (statement.citations.length === 0) expect(slice.replace(/\s+/g, ' ')).toBe(content.text)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('Markdown: spans exact, in order, no lost words', () => {
    fc.assert(
      fc.property(markdownDocument, ({ raw, visible }) => {
        const units = run(raw, 'markdown')
        checkSpans(raw, units)
        checkExactCharacters(raw, units)
        checkNoLostWords(raw, visible, units)
      }),
      { numRuns: 300 },
    )
  })

  it('HTML: spans exact, in order, no lost words, scripts dropped', () => {
    fc.assert(
      fc.property(htmlDocument, ({ raw, visible }) => {
        const units = run(raw, 'html')
        checkSpans(raw, units)
        checkExactCharacters(raw, units)
        checkNoLostWords(raw, visible, units)
        for (const { statement } of units) expect(statement.text).not.toContain('x_')
      }),
      { numRuns: 300 },
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
      { numRuns: 500 },
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
