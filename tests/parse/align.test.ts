// Offsets stay exact whatever the length of the markup between the characters of a value:
// every letter and digit of a block maps to the same letter or digit of the raw input.
import { describe, expect, it } from 'vitest'
import { compare } from '../../src/compare/index.js'
import { analyze } from '../../src/extract/analyze.js'
import { alignValue } from '../../src/parse/align.js'
import { parseDocument } from '../../src/parse/index.js'

/** Characters of the blocks of `raw` that map to a different raw character. */
function drift(raw: string, format: 'html' | 'markdown'): string[] {
  const wrong: string[] = []
  for (const block of parseDocument(raw, format).blocks) {
    const { text, starts } = block.content
    for (let i = 0; i < text.length; i++) {
      const char = text.charAt(i)
      if (/[\p{L}\p{N}]/u.test(char) && raw.charAt(starts[i]!) !== char) wrong.push(`${i}:${char}`)
    }
  }
  return wrong
}

const pad = (length: number): string => 'x'.repeat(length)

describe('alignValue', () => {
  it('steps over a dropped tag of any length', () => {
    for (const length of [1, 31, 32, 33, 100, 5000]) {
      const raw = `a </div class="${pad(length)}"> 40 died`
      const mapped = alignValue(raw, 'a  40 died', 0, raw.length)
      expect([...mapped.starts].map((start) => raw[start]).join('')).toBe('a  40 died')
    }
  })

  it('steps over a tag whose quoted attribute holds a ">"', () => {
    const raw = `a </span title="${pad(40)} > ${pad(40)}"> 40 died`
    const mapped = alignValue(raw, 'a  40 died', 0, raw.length)
    expect(raw.slice(mapped.starts[3]!, mapped.ends[4]!)).toBe('40')
  })

  it('stays linear on many "<" that open no tag', () => {
    // No clock: 500,000 '<a ' would take a quadratic scan about 10^12 steps, far past the test's
    // timeout on any machine, and take a linear one milliseconds.
    const raw = `${'<a '.repeat(500_000)}b`
    const mapped = alignValue(raw, 'b', 0, raw.length)
    expect(mapped.starts).toHaveLength(1)
  })
})

describe('offsets after long markup', () => {
  for (const length of [0, 20, 32, 33, 64, 200, 2000]) {
    it(`HTML: a stray end tag and an ignored start tag of ${length} extra characters`, () => {
      const stray = `</div class="article-body-${pad(length)}">`
      const ignored = `<body data-x='${pad(length)}'>`
      const raw = `<p>Police said 12 people ${stray} 40 died ${ignored} on Thursday, and 7 were hurt.</p>`
      expect(drift(raw, 'html')).toEqual([])
    })

    it(`Markdown: quote and list prefixes of ${length} characters`, () => {
      const depth = Math.min(40, 1 + Math.floor(length / 2))
      const quote = '> '.repeat(depth)
      const raw = `${quote}Police said 12 people\n${quote}and 40 died on Thursday.\n\n- item\n${' '.repeat(2 + (length % 40))}continued 9 times`
      expect(drift(raw, 'markdown')).toEqual([])
    })
  }

  for (const count of [1, 5, 40]) {
    it(`character references after a decoded '&' (${count} of them), in HTML and Markdown`, () => {
      const references = '&nbsp;'.repeat(count)
      const raw = `Shares of Lee &amp; Ward &amp;&amp;${references} fell 14 percent and ${'&mdash;'.repeat(count)} 9 more.`
      expect(drift(`<p>${raw}</p>`, 'html')).toEqual([])
      expect(drift(raw, 'markdown')).toEqual([])
    })

    it(`Markdown: ${count * 10} trimmed tabs and spaces before a line break, and a code fence of ${count * 4} backticks`, () => {
      const raw =
        `Police said 12 people${'\t'.repeat(count * 10)}\n40 died${' \t'.repeat(count * 5)}\non Thursday.\n\n` +
        `Crews logged ${'`'.repeat(count * 4)} 7 ${'`'.repeat(count * 4)} dives and ${'`'.repeat(count * 4)}3 boats${'`'.repeat(count * 4)}.`
      expect(drift(raw, 'markdown')).toEqual([])
    })
  }

  it('every detail of compare points at its own text after long markup', () => {
    const stray = `</div class="article-body-wrapper-container-${pad(60)}">`
    const text = `<p>Police said 12 people ${stray} 40 died on Thursday when the ferry sank, and $5 million was lost.</p>`
    const report = compare([{ text, format: 'html' }])
    const details = report.articles[0]!.statements.flatMap((statement) => statement.details)
    expect(details.map((detail) => text.slice(detail.start, detail.end))).toEqual(
      details.map((detail) => detail.text),
    )
    expect(details.some((detail) => detail.text === '40')).toBe(true)
  })
})

describe('a tab the Markdown parser expanded to spaces', () => {
  it.each([' ```\n\t0 . ', '[^1]: note\n ```\n\t12 boats sank. ', '- item\n ```\n\tfour . '])(
    'keeps every statement on its raw characters: %j',
    (text) => {
      const article = analyze({ id: 'a', text, format: 'markdown' })
      const fenced = article.statements.at(-1)!
      expect(fenced.end).toBeGreaterThan(fenced.start)
      expect(text.slice(fenced.start, fenced.end).replace(/\s+/g, ' ')).toBe(fenced.text)
    },
  )
})
