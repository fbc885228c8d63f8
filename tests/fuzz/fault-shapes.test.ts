// Properties over the shapes of input that found the faults of issue 13: numbers that start a
// wrapped line, long and stray tags, deep nesting, huge numbers, empty articles in batches,
// control characters and Object.prototype names as words. Each generator writes the input
// and knows which of its characters a reader sees, so the properties can demand that
// - every visible character is inside a statement (a fragment counts) or a recorded list marker,
// - every span's slice equals its text,
// - no raw error escapes (only a CorroborateError with a code),
// - the output survives a JSON round trip and is the same twice.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze, compare, extractDetails, groupByEvent, render, segment } from '../../src/index.js'
import { remarkGfmSubset } from '../../src/parse/gfm.js'
import { MARKDOWN_PART_SIZE, type PartNode, parseInParts } from '../../src/parse/markdown-parts.js'
import { markdownModules } from '../../src/parse/parser-modules.js'
import type { Statement } from '../../src/types.js'
import { fullSuite, fuzzTimeout } from './arbitraries.js'
import { checkDetail, checkReport, checkStatements, worksOrRefuses } from './invariants.js'

/**
 * Inputs per property: these inputs are larger than the word soup, so fewer than `runs`; in
 * npm test, the first 30 of the full suite's 1,000 (one seed).
 */
const shapeRuns = Number(process.env.CORROBORATE_FUZZ_RUNS ?? (fullSuite ? 1_000 : 30))

/** A piece of generated input and whether a reader shows its characters. */
interface Piece {
  text: string
  visible: boolean
}

interface Written {
  raw: string
  /** Offsets of the characters a reader shows (white space excluded). */
  visible: number[]
}

function write(pieces: readonly Piece[]): Written {
  let raw = ''
  const visible: number[] = []
  for (const piece of pieces) {
    if (piece.visible) {
      for (let i = 0; i < piece.text.length; i++) {
        if (piece.text.charCodeAt(i) > 32) visible.push(raw.length + i)
      }
    }
    raw += piece.text
  }
  return { raw, visible }
}

const text = (value: string): Piece => ({ text: value, visible: true })
const markup = (value: string): Piece => ({ text: value, visible: false })

/** JSON round trip and a second run give the same thing (no Infinity, NaN, undefined, order). */
function expectStable<T>(first: T, again: () => T): void {
  expect(JSON.parse(JSON.stringify(first))).toEqual(first)
  expect(JSON.stringify(again())).toBe(JSON.stringify(first))
}

/** A plain-text list marker before a list item: its characters are recorded by the item's kind. */
const listMarker = /^[ \t]*(?:[-*•‣◦–]|\d{1,3}[.)])[ \t]*$/

/**
 * Every visible character lies inside a statement's span, or (plain text) in the list marker
 * that opens the line of a 'list-item' statement.
 */
function expectNothingLost(written: Written, statements: readonly Statement[]): void {
  const covered = new Uint8Array(written.raw.length + 1)
  for (const statement of statements) covered.fill(1, statement.start, statement.end)
  for (const offset of written.visible) {
    if (covered[offset] === 1) continue
    const lineStart = written.raw.lastIndexOf('\n', offset) + 1
    const item = statements.find(
      (s) => s.kind === 'list-item' && s.start > offset && s.line === lineOf(written.raw, offset),
    )
    const marker = item === undefined ? '' : written.raw.slice(lineStart, item.start)
    if (item !== undefined && listMarker.test(marker)) continue
    const around = written.raw.slice(Math.max(0, offset - 30), offset + 30)
    throw new Error(
      `character ${JSON.stringify(written.raw[offset])} at ${offset} is in no statement: ${JSON.stringify(around)}`,
    )
  }
}

/** The code of the CorroborateError `run` throws ('ok' when it does not throw). */
function codeOf(run: () => unknown): string {
  try {
    run()
    return 'ok'
  } catch (error) {
    return (error as { code?: string }).code ?? String(error)
  }
}

function lineOf(raw: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i++) if (raw.charCodeAt(i) === 10) line++
  return line
}

// --- vocabulary ---------------------------------------------------------------------------

const prototypeNames = Object.getOwnPropertyNames(Object.prototype)

const words = fc.constantFrom(
  'police',
  'said',
  'the',
  'ferry',
  'council',
  'residents',
  'were',
  'killed',
  'missing',
  'according',
  'to',
  'officials',
  'budget',
  'troops',
  'people',
  'injured',
  'on',
  'Thursday',
  'Port',
  'Calloway',
  'Meridian',
  ...prototypeNames,
)

const figure = fc.oneof(
  fc.integer({ min: 0, max: 999 }).map(String),
  fc.integer({ min: 1_000, max: 9_999_999 }).map((n) => n.toLocaleString('en-US')),
  fc.constantFrom('$15 million', '40%', '3.5', 'twelve', '9,000', 'US$1,000', 'in March'),
)

/** A sentence of 3 to 12 words and figures, capitalised, with a full stop. */
const sentence = fc
  .array(fc.oneof({ weight: 3, arbitrary: words }, { weight: 1, arbitrary: figure }), {
    minLength: 3,
    maxLength: 12,
  })
  .map((parts) => {
    const joined = parts.join(' ')
    return `${joined.charAt(0).toUpperCase()}${joined.slice(1)}.`
  })

// --- the shapes -----------------------------------------------------------------------------

/**
 * Prose wrapped at line breaks that fall before numbers: 'had risen to\n14. Police said' and
 * '...to\n3) ...'. Returns the text and the numbers that start a wrapped line.
 */
const wrappedNumbers = fc
  .array(
    fc.tuple(
      fc.array(words, { minLength: 2, maxLength: 8 }),
      fc.integer({ min: 1, max: 999 }),
      fc.constantFrom('.', ')', ''),
      fc.array(words, { minLength: 1, maxLength: 8 }),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((lines) => {
    let raw = 'The report said'
    const numbers: string[] = []
    let previous = -1
    for (const [before, drawn, after, rest] of lines) {
      // Numbers in sequence (992., 993.) at line starts are a numbered list, rightly read as one.
      const number = drawn === previous + 1 || drawn === 1 ? drawn + 2 : drawn
      previous = number
      raw += ` ${before.join(' ')}\n${number}${after} ${rest.join(' ')}`
      numbers.push(String(number))
    }
    return { raw: `${raw}.`, numbers }
  })

/** HTML with long attribute-laden tags, stray end tags and comments between the words. */
const taggedHtml = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.oneof(words, figure).map((w) => [text(`${w} `)]) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom('span', 'div', 'b', 'em', 'a'), fc.integer({ min: 0, max: 300 }))
          .map(([name, length]) => [markup(`<${name} class="${'x'.repeat(length)}">`)]),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom('span', 'div', 'b', 'section', 'p'), fc.integer({ min: 0, max: 300 }))
          .map(([name, length]) => [
            markup(`</${name}${length > 0 ? ` class="${'y'.repeat(length)}"` : ''}>`),
          ]),
      },
      { weight: 1, arbitrary: fc.constant([markup('</div class="article-body-wrapper-container">')]) },
      { weight: 1, arbitrary: fc.constant([markup('<!-- a comment with <b>tags</b> -->')]) },
      {
        // Character references after a decoded '&': '&amp;&amp;' once read its first '&' literally.
        weight: 1,
        arbitrary: fc
          .integer({ min: 1, max: 40 })
          .map((count) => [text(`&amp;&amp;${'&nbsp;'.repeat(count)} 14 `)]),
      },
      { weight: 1, arbitrary: fc.constant([text('. ')]) },
    ),
    { minLength: 1, maxLength: 40 },
  )
  .map((parts) => write([markup('<p>'), ...parts.flat(), text('.'), markup('</p>')]))

/** Markdown and HTML nested from 1 to 3,000 levels: quotes, lists, emphasis, images, divs, bold. */
const deepNesting = fc
  .tuple(
    fc.constantFrom('quote', 'list', 'emphasis', 'div', 'bold', 'mixed-markdown', 'image'),
    fc.integer({ min: 1, max: 3_000 }),
    sentence,
  )
  .map(([shape, depth, said]) => {
    switch (shape) {
      case 'quote':
        return { format: 'markdown' as const, raw: `${'> '.repeat(depth)}${said}` }
      case 'list':
        return {
          format: 'markdown' as const,
          raw: Array.from({ length: Math.min(depth, 200) }, (_, i) => `${'  '.repeat(i)}- ${said}`).join(
            '\n',
          ),
        }
      case 'emphasis':
        return { format: 'markdown' as const, raw: `${'*a '.repeat(depth)}${said}${' b*'.repeat(depth)}` }
      case 'div':
        return { format: 'html' as const, raw: `${'<div>'.repeat(depth)}${said}${'</div>'.repeat(depth)}` }
      case 'bold':
        return { format: 'html' as const, raw: `<p>${'<b>'.repeat(depth)}${said}` }
      case 'image':
        // Alt text is not read, so the sentence stands beside the nested images.
        return {
          format: 'markdown' as const,
          raw: `${said} ${'!['.repeat(depth)}photo${'](a.png)'.repeat(depth)}`,
        }
      default:
        return { format: 'markdown' as const, raw: `${'> - '.repeat(depth)}${said}` }
    }
  })

/** Each input of `manyContainers` is 3 to 15 KB of Markdown: a sixth of the runs keeps the smoke run short. */
const containerRuns = Math.ceil(shapeRuns / 6)

/**
 * Many short paragraphs, each behind a few quote and list markers: micromark's time grew with
 * the number of containers times the document's length (100 KB took two minutes) until the
 * Markdown reader parsed long documents in parts. `cuttable` says whether the document has a
 * top-level boundary to cut at: a blank line, or a bullet item in the first column. Lines all
 * behind '>' with no blank line between are one block quote, which is read whole.
 */
const manyContainers = fc
  .tuple(
    fc.integer({ min: 0, max: 6 }),
    fc.integer({ min: 0, max: 6 }),
    fc.array(sentence, { minLength: 50, maxLength: 120 }),
    fc.constantFrom('\n\n', '\n'),
  )
  .map(([quotes, lists, said, separator]) => ({
    written: write(
      said.flatMap((line) => [
        markup(`${'> '.repeat(quotes)}${'- '.repeat(lists === 0 && quotes === 0 ? 1 : lists)}`),
        text(line),
        markup(separator),
      ]),
    ),
    cuttable: separator === '\n\n' || quotes === 0,
  }))

/** Numbers of 1 to 400 digits, plain or grouped, in a sentence. */
const hugeNumber = fc
  .tuple(fc.integer({ min: 1, max: 400 }), fc.boolean(), fc.constantFrom('people', 'dollars', '%', 'km'))
  .map(([digits, grouped, unit]) => {
    const plain = `9${'8'.repeat(digits - 1)}`
    const number = grouped ? groupThousands(plain) : plain
    return `Officials said ${number} ${unit} were counted, and 12 more on Thursday.`
  })

function groupThousands(digits: string): string {
  let grouped = digits.slice(0, digits.length % 3 || 3)
  for (let at = grouped.length; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`
  return grouped
}

/** A batch of articles, some empty or blank. */
const batch = fc.array(
  fc.oneof(
    { weight: 2, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n\n', '\t \r\n', '\u00a0') },
  ),
  { minLength: 1, maxLength: 6 },
)

const controls = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u009b',
]

/**
 * A sentence of words that read the same as text, Markdown and HTML: no '__proto__' (emphasis
 * in Markdown), and no figure first ('3.5 ...' with a NUL after '3.' is a Markdown list item).
 */
const plainSentence = sentence.filter((said) => !/[_*<>&]/.test(said) && !/^\d/.test(said))

/**
 * A plain sentence with control characters between (or inside) its words, never before its
 * first character (four NULs there would be an indented code block once read as spaces).
 */
const withControls = fc
  .tuple(
    plainSentence,
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...controls)), { minLength: 1, maxLength: 5 }),
  )
  .map(([said, inserts]) => {
    let out = said
    for (const [at, control] of inserts) {
      const i = 1 + (at % out.length)
      out = out.slice(0, i) + control + out.slice(i)
    }
    return out
  })

const controlCharacter = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/

// --- the properties -------------------------------------------------------------------------

const markdownParser = (() => {
  const { unified, remarkParse } = markdownModules()
  return unified().use(remarkParse).use(remarkGfmSubset).freeze()
})()

describe('fault shapes of issue 13', () => {
  it(`keeps a number that starts a wrapped line (${shapeRuns} inputs)`, { timeout: fuzzTimeout }, () => {
    fc.assert(
      fc.property(wrappedNumbers, ({ raw, numbers }) => {
        const statements = segment(raw, { format: 'text' })
        checkStatements(raw, statements, statements[0]?.articleId ?? 'a1')
        expectNothingLost(write([text(raw)]), statements)
        const shown = statements.map((statement) => statement.text).join(' ')
        for (const number of numbers) expect(shown).toMatch(new RegExp(`(^|\\D)${number}(\\D|$)`))
        expectStable(statements, () => segment(raw, { format: 'text' }))
      }),
      { numRuns: shapeRuns },
    )
  })

  it(`keeps offsets exact after long and stray tags (${shapeRuns} inputs)`, { timeout: fuzzTimeout }, () => {
    fc.assert(
      fc.property(taggedHtml, (written) => {
        const article = analyze({ text: written.raw, format: 'html' })
        checkStatements(written.raw, article.statements, article.id)
        expectNothingLost(written, article.statements)
        for (const statement of article.statements) {
          for (const detail of statement.details) {
            // A detail points at its text, perhaps with the tags around it, never only into markup.
            expect(detail.text.replace(/<[^<>]*>/g, '')).toMatch(/[\p{L}\p{N}]/u)
          }
        }
        expectStable(article, () => analyze({ text: written.raw, format: 'html' }))
      }),
      { numRuns: shapeRuns },
    )
  })

  it(`reads deep nesting or refuses it with E_INPUT_TOO_DEEP (${shapeRuns} inputs)`, {
    timeout: fuzzTimeout,
  }, () => {
    fc.assert(
      fc.property(deepNesting, ({ raw, format }) => {
        const article = worksOrRefuses(() => analyze({ text: raw, format }))
        if (article === undefined) {
          expect(codeOf(() => analyze({ text: raw, format }))).toBe('E_INPUT_TOO_DEEP')
          return
        }
        checkStatements(raw, article.statements, article.id)
        expect(article.statements.length).toBeGreaterThan(0)
        expectStable(article, () => analyze({ text: raw, format }))
      }),
      { numRuns: shapeRuns },
    )
  })

  it(`reads many nested containers in parts, parsing each character a bounded number of times (${containerRuns} inputs)`, {
    timeout: fuzzTimeout,
  }, () => {
    fc.assert(
      fc.property(manyContainers, ({ written, cuttable }) => {
        // The work, counted instead of timed: every parse is at most a few parts long and all
        // of them together read the document a bounded number of times.
        const parsed: number[] = []
        const { parts } = parseInParts(written.raw, (part) => {
          parsed.push(part.length)
          return markdownParser.parse(part) as unknown as { children: PartNode[] }
        })
        const count = [...parts].length
        if (cuttable) {
          expect(count).toBeGreaterThan(written.raw.length > 2 * MARKDOWN_PART_SIZE ? 1 : 0)
          expect(Math.max(...parsed)).toBeLessThanOrEqual(2 * MARKDOWN_PART_SIZE + 200)
        }
        expect(parsed.reduce((sum, length) => sum + length, 0)).toBeLessThanOrEqual(3 * written.raw.length)
        const statements = segment(written.raw, { format: 'markdown' })
        checkStatements(written.raw, statements, statements[0]?.articleId ?? 'a1')
        expectNothingLost(written, statements)
      }),
      { numRuns: containerRuns },
    )
  })

  it(`never writes a huge number as Infinity or a rounded figure (${shapeRuns} inputs)`, {
    timeout: fuzzTimeout,
  }, () => {
    fc.assert(
      fc.property(hugeNumber, (raw) => {
        const details = extractDetails(raw)
        for (const detail of details) {
          checkDetail(raw, detail, 'extractDetails')
          for (const number of JSON.stringify(detail.value).match(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi) ?? []) {
            expect(Math.abs(Number(number))).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER)
          }
        }
        expectStable(details, () => extractDetails(raw))
        const report = compare([raw, 'Officials said 12 people were counted on Thursday.'])
        checkReport(report)
        expect(render(report, 'text')).not.toMatch(/Infinity|9007199254740991/)
      }),
      { numRuns: shapeRuns },
    )
  })

  it(`keeps empty articles of a batch and compares the rest (${shapeRuns} inputs)`, {
    timeout: fuzzTimeout,
  }, () => {
    fc.assert(
      fc.property(batch, (texts) => {
        const blank = texts.filter((t) => t.trim() === '').length
        const report = worksOrRefuses(() => compare(texts))
        if (blank === texts.length) {
          expect(codeOf(() => compare(texts))).toBe('E_INPUT_EMPTY')
          return
        }
        if (report === undefined) throw new Error('a batch with something to compare was refused')
        checkReport(report)
        expect(report.articles).toHaveLength(texts.length)
        expect(report.findings.filter((f) => f.rule === 'empty-article')).toHaveLength(blank)
        expectStable(report, () => compare(texts))
        const groups = groupByEvent(texts)
        expect(groups.flat()).toHaveLength(texts.length)
      }),
      { numRuns: shapeRuns },
    )
  })

  it(`reads control characters as spaces, the same in every format (${shapeRuns} inputs)`, {
    timeout: fuzzTimeout,
  }, () => {
    fc.assert(
      fc.property(withControls, (raw) => {
        const shown = (['text', 'markdown', 'html'] as const).map((format) => {
          const input = format === 'html' ? `<p>${raw}</p>` : raw
          const statements = segment(input, { format })
          checkStatements(input, statements, 'a1')
          for (const statement of statements) expect(statement.text).not.toMatch(controlCharacter)
          return statements.map((statement) => statement.text).join(' ')
        })
        expect(shown[1]).toBe(shown[0])
        expect(shown[2]).toBe(shown[0])
        expectNothingLost(
          write([text(raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, ' '))]),
          segment(raw, { format: 'text' }),
        )
      }),
      { numRuns: shapeRuns },
    )
  })

  it(`takes Object.prototype names for words in every public function (${shapeRuns} inputs)`, {
    timeout: fuzzTimeout,
  }, () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 2, maxLength: 4 }), (texts) => {
        for (const raw of texts) {
          worksOrRefuses(() => extractDetails(raw))
          worksOrRefuses(() => analyze(raw))
        }
        const report = worksOrRefuses(() => compare(texts))
        if (report !== undefined) {
          checkReport(report)
          for (const format of ['json', 'markdown', 'html', 'text', 'sarif', 'github'] as const)
            expect(typeof render(report, format)).toBe('string')
        }
        worksOrRefuses(() => groupByEvent(texts))
      }),
      { numRuns: shapeRuns },
    )
  })
})
