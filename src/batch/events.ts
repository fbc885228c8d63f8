import { groupByEvent } from '../align/group-by-event.js'
import { CorroborateError } from '../errors.js'
import { articleFields, articleStringFields, misspeltField } from '../parse/input.js'
import type { ArticleInput, Options } from '../types.js'

/** One event for `compareEvents`: a key that names it in the output, and its articles. */
export interface BatchEvent {
  event: string
  articles: ArticleInput[]
}

/** Options of `eventsFromLines`. */
export interface EventLinesOptions {
  /** The article field that names its event (default: `'event'`). */
  eventKey?: string
  /** Options for `groupByEvent`, used for the articles with no event key. */
  options?: Options
  /**
   * Called for a line that cannot be read as an article, or whose event was already passed
   * (its articles are not together); the line is skipped. Default: throw `E_INPUT_TYPE`.
   */
  onInvalid?: (lineNumber: number, message: string) => void
}

/** What names an event `eventsFromLines` grouped itself, lines with no event key: 'group:<first article id>'. */
export const groupedEventPrefix = 'group:'

/**
 * Events from JSONL lines of articles (`{ "event": "quake-1", "outlet": "AP", "text": "..." }`),
 * streamed: an event is passed on as soon as a line of another event follows it, so memory
 * holds one event at a time. The articles of one event must therefore be on consecutive lines
 * (`sort` or `jq` them first). Articles with no event key are held to the end and grouped
 * with `groupByEvent`; each such event is named after its first article
 * (`group:<article id>`). Blank lines are skipped.
 *
 * @example
 * for await (const event of eventsFromLines(['{"event":"a","text":"One."}', '{"event":"a","text":"Two."}'])) {
 *   event //=> { event: 'a', articles: [{ text: 'One.' }, { text: 'Two.' }] }
 * }
 */
export async function* eventsFromLines(
  lines: AsyncIterable<string> | Iterable<string>,
  options: EventLinesOptions = {},
): AsyncGenerator<BatchEvent> {
  const eventKey = options.eventKey ?? 'event'
  const invalid =
    options.onInvalid ??
    ((lineNumber: number, message: string) => {
      throw new CorroborateError('E_INPUT_TYPE', `line ${lineNumber}: ${message}`)
    })
  const passed = new Set<string>()
  const ungrouped: ArticleInput[] = []
  let current: BatchEvent | undefined
  let lineNumber = 0
  for await (const raw of lines) {
    lineNumber++
    const line = raw.trim()
    if (line === '') continue
    let record: unknown
    try {
      record = JSON.parse(line)
    } catch (error) {
      invalid(lineNumber, `not JSON (${(error as Error).message})`)
      continue
    }
    const article = articleOf(record, eventKey)
    if (typeof article === 'string') {
      invalid(lineNumber, article)
      continue
    }
    const key = (record as Record<string, unknown>)[eventKey]
    if (key === undefined || key === null || key === '') {
      if (article.id === undefined) article.id = `line-${lineNumber}`
      ungrouped.push(article)
      continue
    }
    if (typeof key !== 'string' && !(typeof key === 'number' && Number.isFinite(key))) {
      invalid(lineNumber, `has an "${eventKey}" that is not a string or a number`)
      continue
    }
    const event = String(key)
    if (current !== undefined && current.event === event) {
      current.articles.push(article)
      continue
    }
    if (passed.has(event)) {
      invalid(
        lineNumber,
        `event '${event}' was already passed: put each event's articles on consecutive lines (sort by event first)`,
      )
      continue
    }
    if (current !== undefined) yield current
    passed.add(event)
    current = { event, articles: [article] }
  }
  if (current !== undefined) yield current
  if (ungrouped.length === 0) return
  for (const group of groupByEvent(ungrouped, options.options)) {
    const first = group[0] as Exclude<ArticleInput, string>
    yield { event: `${groupedEventPrefix}${first.id}`, articles: group }
  }
}

/**
 * The article a JSONL record gives, or why it gives none: a misspelt field ('published_at')
 * is named, as `compare` and the CLI's JSON input name it, rather than dropped with its value.
 */
function articleOf(record: unknown, eventKey: string): Exclude<ArticleInput, string> | string {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return 'must be an object like {"event": "...", "outlet": "...", "text": "..."}'
  }
  const fields = record as Record<string, unknown>
  const typo = misspeltField(fields, [...articleFields, eventKey])
  if (typo !== undefined)
    return `has "${typo[0]}", which is no field of an article; did you mean "${typo[1]}"?`
  if (typeof fields.text !== 'string') return 'has no "text" string'
  const article: Exclude<ArticleInput, string> = { text: fields.text }
  for (const key of articleStringFields) {
    const value = fields[key]
    if (value === undefined || value === null) continue
    if (typeof value !== 'string') return `has a "${key}" that is not a string`
    article[key] = value
  }
  const format = fields.format
  if (format === 'text' || format === 'markdown' || format === 'html') article.format = format
  else if (format !== undefined && format !== null)
    return `has format '${String(format)}'; use text, markdown or html`
  return article
}
