import { CorroborateError } from '../errors.js'
import { closest } from '../text/closest.js'
import { isoDatePattern } from '../text/patterns.js'
import type { ArticleInput, InputFormat, ResolvedOptions } from '../types.js'
import { fieldWordSeparators, NOT_BLANK } from './patterns.js'

/** An input after validation: every field present, ids assigned. */
export interface NormalizedInput {
  id: string
  outlet: string
  title: string | null
  url: string | null
  publishedAt: string | null
  format: InputFormat | null
  text: string
}

/**
 * Validates one article input and fills its defaults (`id` 'a<position>', outlet = id).
 * Throws `CorroborateError` with 'E_INPUT_TYPE', 'E_INPUT_EMPTY' (unless `allowEmpty`: an
 * article of a batch may be empty) or 'E_INPUT_TOO_LARGE'.
 */
export function normalizeInput(
  input: ArticleInput,
  position: number,
  options: ResolvedOptions,
  allowEmpty = false,
): NormalizedInput {
  const where = `Article ${position + 1}`
  const record = typeof input === 'string' ? { text: input } : input
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    throw new CorroborateError(
      'E_INPUT_TYPE',
      `${where} must be a string or an object with a 'text' string; received ${describe(input)}.`,
      describe(input),
    )
  }
  const typo = misspeltField(record)
  if (typo !== undefined) {
    throw new CorroborateError(
      'E_INPUT_TYPE',
      `${where} has '${typo[0]}', which is no field of an article; did you mean '${typo[1]}'?`,
      typo[0],
    )
  }
  if (typeof record.text !== 'string') {
    throw new CorroborateError(
      'E_INPUT_TYPE',
      `${where} has no 'text' string; received ${describe(record.text)}. Pass { text: '...' }.`,
      describe(record.text),
    )
  }
  const text = record.text
  if (!allowEmpty && isBlank(text)) {
    throw new CorroborateError('E_INPUT_EMPTY', `${where} is empty; give it the article's text.`)
  }
  if (text.length > options.maxInputLength) {
    throw new CorroborateError(
      'E_INPUT_TOO_LARGE',
      `${where} has ${text.length} characters, more than the limit of ${options.maxInputLength}; ` +
        `split it or raise the 'maxInputLength' option.`,
      String(text.length),
    )
  }
  const id = optionalString(record, 'id', where) ?? `a${position + 1}`
  // Statement ids are '<article id>#<index>': an empty id or one with '#' makes them ambiguous.
  if (id === '' || id.includes('#')) {
    throw new CorroborateError(
      'E_INPUT_TYPE',
      `${where} has the id '${id}'; an id must be non-empty and without '#' (statement ids are 'id#index')`,
      id,
    )
  }
  const format = record.format ?? options.format
  if (format !== null && format !== 'text' && format !== 'markdown' && format !== 'html') {
    throw new CorroborateError(
      'E_FORMAT',
      `${where} has format '${String(format)}'; use 'text', 'markdown' or 'html'.`,
    )
  }
  const publishedAt = optionalString(record, 'publishedAt', where)
  if (publishedAt !== null && !isDate(publishedAt)) {
    throw new CorroborateError(
      'E_INPUT_TYPE',
      `${where} has publishedAt '${publishedAt}', which is not an ISO 8601 date such as '2025-05-09'.`,
    )
  }
  return {
    id,
    outlet: optionalString(record, 'outlet', where) ?? id,
    title: optionalString(record, 'title', where),
    url: optionalString(record, 'url', where),
    publishedAt,
    format,
    text,
  }
}

/**
 * Whether a string is a date `Date.parse` reads whose day exists: '2026-02-30' parses (as
 * 2 March) but names no day, and 'Monday' then resolved against the wrong week.
 */
function isDate(text: string): boolean {
  if (Number.isNaN(Date.parse(text))) return false
  const day = isoDatePattern.exec(text)
  if (day === null) return true
  const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])]
  const real = new Date(Date.UTC(year, month - 1, date))
  return real.getUTCMonth() === month - 1 && real.getUTCDate() === date
}

/** The fields of an article object that hold a string besides its text (`ArticleInput`). */
export const articleStringFields = ['id', 'outlet', 'title', 'url', 'publishedAt'] as const

/** The fields of an article object (`ArticleInput`). */
export const articleFields: readonly string[] = [...articleStringFields, 'format', 'text']

/**
 * The first key of `record` that misspells one of `fields`, as [key, field]: the same but for
 * case, '_' or '-' ('published_at', 'Outlet'), or a typo `closest` finds ('tittle'). Undefined
 * when every other key is far from them: an article may carry fields of its own ('author',
 * 'section', 'event'). A misspelt field was dropped without a word, its value lost.
 *
 * @example
 * misspeltField({ text: 'Ten boats sank.', published_at: '2025-05-09' }) //=> ['published_at', 'publishedAt']
 * misspeltField({ text: 'Ten boats sank.', author: 'Ana Ruiz' }) //=> undefined
 */
export function misspeltField(
  record: object,
  fields: readonly string[] = articleFields,
): [string, string] | undefined {
  const bare = (key: string) => key.toLowerCase().replace(fieldWordSeparators, '')
  for (const key of Object.keys(record)) {
    if (fields.includes(key)) continue
    const guess = fields.find((field) => bare(field) === bare(key)) ?? closest(key, fields)
    if (guess !== undefined) return [key, guess]
  }
  return undefined
}

/**
 * Validates a list of inputs and makes sure their ids are unique. Empty articles are kept (a
 * scraped batch has some); a batch of nothing but empty articles is 'E_INPUT_EMPTY'.
 */
export function normalizeInputs(
  inputs: readonly ArticleInput[],
  options: ResolvedOptions,
): NormalizedInput[] {
  if (!Array.isArray(inputs)) {
    throw new CorroborateError(
      'E_INPUT_TYPE',
      `Expected an array of articles; received ${describe(inputs)}. Wrap a single article in [ ].`,
    )
  }
  if (inputs.length === 0) {
    throw new CorroborateError('E_INPUT_EMPTY', 'No articles given; pass at least one article.')
  }
  const normalized = inputs.map((input, position) => normalizeInput(input, position, options, true))
  if (normalized.every((article) => isBlank(article.text))) {
    throw new CorroborateError(
      'E_INPUT_EMPTY',
      normalized.length === 1
        ? "Article 1 is empty; give it the article's text."
        : `All ${normalized.length} articles are empty; give at least one of them its text.`,
    )
  }
  const seen = new Set<string>()
  for (const article of normalized) {
    if (seen.has(article.id)) {
      throw new CorroborateError(
        'E_INPUT_TYPE',
        `Two articles share the id '${article.id}'; give each a unique id.`,
      )
    }
    seen.add(article.id)
  }
  return normalized
}

/**
 * True when an article has nothing to read: empty, or only white space and control characters
 * (which every reader sees as spaces). `compare` keeps such an article with no statements and an
 * 'empty-article' finding.
 */
export function isBlank(text: string): boolean {
  return !NOT_BLANK.test(text)
}

function optionalString(record: object, key: string, where: string): string | null {
  const value = (record as Record<string, unknown>)[key]
  if (value === undefined || value === null) return null
  if (typeof value !== 'string') {
    throw new CorroborateError(
      'E_INPUT_TYPE',
      `${where}: '${key}' must be a string; received ${describe(value)}.`,
    )
  }
  return value
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : typeof value
}
