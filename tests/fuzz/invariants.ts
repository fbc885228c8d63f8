import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { isCorroborateError } from '../../src/index.js'
import type { Article, Citation, Detail, Report, Statement } from '../../src/types.js'

const codes = new Set([
  'E_INPUT_TYPE',
  'E_INPUT_EMPTY',
  'E_INPUT_TOO_LARGE',
  'E_INPUT_TOO_DEEP',
  'E_FORMAT',
  'E_OPTION',
  'E_ASYNC_HOOK',
  'E_REPORT',
])

/**
 * Runs `call`; returns its result, or `undefined` when it threw a CorroborateError with a
 * stable code and a message. Anything else thrown is an escape: the property fails on it.
 */
export function worksOrRefuses<T>(call: () => T): T | undefined {
  try {
    return call()
  } catch (error) {
    if (!isCorroborateError(error)) throw error
    if (!codes.has(error.code) || error.message.trim() === '') {
      throw new Error(`CorroborateError without a usable code or message: ${error.code} '${error.message}'`)
    }
    return undefined
  }
}

function fail(message: string): never {
  throw new Error(message)
}

function checkSpan(raw: string, span: { start: number; end: number }, what: string): void {
  const { start, end } = span
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > raw.length) {
    fail(`${what}: span ${start}..${end} is outside 0..${raw.length}`)
  }
}

/** 1-based line and column of a raw offset, counting '\n', '\r\n' and a lone '\r' as line breaks. */
export function lineAndColumn(raw: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    const code = raw.charCodeAt(i)
    if (code === 10 || (code === 13 && raw.charCodeAt(i + 1) !== 10)) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

/** The ASCII letters and digits of a string: markup removal and white-space folding keep them, in order. */
function asciiWordCharacters(text: string): string {
  return text.replace(/[^A-Za-z0-9]/g, '')
}

function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0
  for (const char of haystack) {
    if (at < needle.length && char === needle[at]) at++
  }
  return at === needle.length
}

/**
 * A detail's text is its raw slice, or, when markup lies inside that slice, the visible
 * characters drawn from it: no tag or Markdown marker of its own, its letters and digits in
 * order in the slice, and a slice that starts and ends on visible characters (no markup around).
 */
export function checkDetail(raw: string, detail: Detail, where: string): void {
  checkSpan(raw, detail, `${where} detail '${detail.text}'`)
  const slice = raw.slice(detail.start, detail.end)
  if (slice === detail.text) return
  if (!isSubsequence(asciiWordCharacters(detail.text), asciiWordCharacters(slice))) {
    fail(`${where}: detail text '${detail.text}' is not drawn from its raw slice '${slice}'`)
  }
  if (MARKUP_EDGE.test(slice) && !MARKUP_EDGE.test(detail.text)) {
    fail(`${where}: detail '${detail.text}' has a raw slice '${slice}' that starts or ends on markup`)
  }
}

/** A tag or an emphasis or link marker at either end of a span. */
const MARKUP_EDGE = /^(?:<[a-z/!]|\*\*|__|\[)|(?:>|\*\*|__|\]\([^)]*\))$/i

function checkCitation(raw: string, citation: Citation, where: string): void {
  checkSpan(raw, citation, `${where} citation '${citation.source}'`)
}

/**
 * The span rules of one article's statements: ids and indices in order, spans inside the
 * text and in reading order, line/column matching the start, every detail and citation
 * inside the text with its exact slice, and the statement's ASCII letters and digits found
 * in order in its raw span (display text only drops markup, markers and white space).
 */
export function checkStatements(raw: string, statements: readonly Statement[], articleId: string): void {
  let previousStart = -1
  const entities = raw.includes('&') // HTML entities may decode to letters that are not in the raw span
  statements.forEach((statement, index) => {
    const where = `statement ${statement.id}`
    if (statement.index !== index) fail(`${where}: index ${statement.index}, expected ${index}`)
    if (statement.articleId !== articleId)
      fail(`${where}: articleId ${statement.articleId}, expected ${articleId}`)
    if (statement.id !== `${articleId}#${index}`) fail(`${where}: id should be ${articleId}#${index}`)
    checkSpan(raw, statement, where)
    if (statement.start < previousStart) fail(`${where}: starts before the statement before it`)
    previousStart = statement.start
    const expected = lineAndColumn(raw, statement.start)
    if (statement.line !== expected.line || statement.column !== expected.column) {
      fail(`${where}: at ${statement.line}:${statement.column}, expected ${expected.line}:${expected.column}`)
    }
    const source = raw.slice(statement.start, statement.end)
    if (!entities && !isSubsequence(asciiWordCharacters(statement.text), asciiWordCharacters(source))) {
      fail(`${where}: text '${statement.text}' is not drawn from its raw span '${source}'`)
    }
    for (const detail of statement.details) {
      checkDetail(raw, detail, where)
      if (detail.start < statement.start || detail.end > statement.end) {
        fail(`${where}: detail '${detail.text}' at ${detail.start}..${detail.end} lies outside the statement`)
      }
    }
    for (const citation of statement.citations) checkCitation(raw, citation, where)
  })
}

/** The span rules for every article of an analysed article. */
export function checkArticle(article: Article): void {
  checkStatements(article.text, article.statements, article.id)
  if (article.stats.statements + article.stats.fragments !== article.statements.length) {
    fail(
      `article ${article.id}: stats count ${article.stats.statements}+${article.stats.fragments} statements, has ${article.statements.length}`,
    )
  }
}

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/report/schema.json'), 'utf8'))
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema)

/**
 * A report's own rules: valid against src/report/schema.json, statement spans as above,
 * every claim's statements and articles known, findings pointing into their article.
 */
export function checkReport(report: Report): void {
  const plain = JSON.parse(JSON.stringify(report))
  if (!validate(plain)) fail(`report fails schema.json: ${JSON.stringify(validate.errors?.slice(0, 3))}`)
  const statements = new Map<string, Statement>()
  for (const article of report.articles) {
    checkStatements(article.text, article.statements, article.id)
    for (const statement of article.statements) statements.set(statement.id, statement)
  }
  const texts = new Map(report.articles.map((article) => [article.id, article.text]))
  for (const claim of report.claims) {
    for (const id of claim.statementIds)
      if (!statements.has(id)) fail(`claim ${claim.id}: unknown statement ${id}`)
    for (const comparison of claim.comparisons) {
      for (const value of comparison.values) {
        const text =
          texts.get(value.articleId) ?? fail(`claim ${claim.id}: unknown article ${value.articleId}`)
        checkDetail(text, value.detail, `claim ${claim.id}`)
      }
    }
  }
  for (const article of report.articles)
    if (
      article.statements.length === 0 &&
      !report.findings.some((finding) => finding.rule === 'empty-article' && finding.articleId === article.id)
    )
      fail(`article ${article.id} has no statement and no empty-article finding`)
  for (const finding of report.findings) {
    const text = texts.get(finding.articleId) ?? fail(`finding: unknown article ${finding.articleId}`)
    checkSpan(text, finding, `finding ${finding.rule}`)
    if (finding.rule === 'empty-article') {
      // An article with nothing to read (blank, control characters, markup of no text) has no
      // statement to name: the finding spans its whole text.
      const article = report.articles.find((candidate) => candidate.id === finding.articleId)
      if (finding.statementId !== '' || (article?.statements.length ?? 0) > 0)
        fail(`finding empty-article on ${finding.articleId}, which has statements`)
    } else if (!statements.has(finding.statementId))
      fail(`finding ${finding.rule}: unknown statement ${finding.statementId}`)
  }
}
