import { CorroborateError } from '../errors.js'
import { misspeltField } from '../parse/input.js'
import type { LoadedArticle } from './article.js'
import { isObject, toArticle } from './json-record.js'
import { manifestKeys, readManifest } from './manifest.js'
import { isBatchLine, isSavedReport, savedReportError } from './saved-report.js'

/**
 * The articles of a .json file: an array of articles, one article, or a manifest (an object
 * with `articles`, see `readManifest`). Throws 'E_FILE' naming the file for JSON that does not
 * parse and for an empty array.
 */
export function parseJsonArticles(text: string, path: string, cwd: string): LoadedArticle[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    const hint = looksLikeJsonLines(text)
      ? '; it looks like JSONL (one JSON object a line): name it .jsonl'
      : ''
    throw new CorroborateError('E_FILE', `${path} is not valid JSON: ${(error as Error).message}${hint}`)
  }
  if (isSavedReport(parsed)) throw savedReportError(path, path)
  if (isObject(parsed) && looksLikeManifest(parsed)) return readManifest(parsed, path, cwd)
  const records = Array.isArray(parsed) ? parsed : [parsed]
  if (records.length === 0)
    throw new CorroborateError('E_FILE', `${path} holds an empty array; add articles to it`)
  const explicit = new Map<string, number>()
  return records.map((record, index) => {
    refuseRepeatedId(record, explicit, index + 1, `${path} (article ${index + 1})`, 'article')
    return toArticle(record, path, index + 1, 'article', cwd)
  })
}

/**
 * 'E_FILE' when a record gives an `id` an earlier record of the same file gave: the library
 * refuses two articles with one id, and renaming one silently ('a-2') would hide the mistake.
 * Ids made from the file's name are made unique instead (`withUniqueIds`).
 */
function refuseRepeatedId(
  record: unknown,
  explicit: Map<string, number>,
  position: number,
  where: string,
  unit: 'article' | 'line',
): void {
  if (!isObject(record) || typeof record.id !== 'string') return
  const first = explicit.get(record.id)
  if (first !== undefined) {
    // Lines of several events (a `batch` input) repeat their outlets' ids from event to event.
    const advice =
      record.event !== undefined
        ? "; a file of several events is read by 'corroborate batch', one report an event"
        : '; give each article its own id'
    throw new CorroborateError(
      'E_FILE',
      `${where} has the id '${record.id}', as ${unit} ${first} has${advice}`,
    )
  }
  explicit.set(record.id, position)
}

/** Whether text that is no JSON document is JSON lines: its first two non-blank lines parse as objects. */
function looksLikeJsonLines(text: string): boolean {
  const lines = text
    .split('\n', 50)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, 2)
  if (lines.length < 2) return false
  return lines.every((line) => {
    try {
      return isObject(JSON.parse(line))
    } catch {
      return false
    }
  })
}

/**
 * Whether a JSON object is meant as a manifest: it has `articles`, or, with no `text` or `file`
 * of an article, a manifest key or a misspelling of one ('articels'), which `readManifest` then
 * names instead of the object being read as an article with no text.
 */
function looksLikeManifest(object: Record<string, unknown>): boolean {
  if ('articles' in object) return true
  if ('text' in object || 'file' in object) return false
  return (
    Object.keys(object).some((key) => manifestKeys.includes(key)) ||
    misspeltField(object, manifestKeys) !== undefined
  )
}

/**
 * The articles of a .jsonl file, one JSON object a line (blank lines skipped). Throws 'E_FILE'
 * naming the file and line for a line that does not parse, and for a file with no articles.
 */
export function parseJsonLines(text: string, path: string, cwd: string): LoadedArticle[] {
  const loaded: LoadedArticle[] = []
  const explicit = new Map<string, number>()
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim()
    if (line === '') continue
    let parsed: unknown
    try {
      parsed = JSON.parse(line)
    } catch (error) {
      throw new CorroborateError(
        'E_FILE',
        `${path}:${index + 1} is not valid JSON: ${(error as Error).message}`,
      )
    }
    if (isBatchLine(parsed)) throw savedReportError(`${path}:${index + 1}`, path, parsed.event)
    if (isSavedReport(parsed)) throw savedReportError(`${path}:${index + 1}`, path)
    refuseRepeatedId(parsed, explicit, index + 1, `${path}:${index + 1}`, 'line')
    loaded.push(toArticle(parsed, path, index + 1, 'line', cwd))
  }
  if (loaded.length === 0)
    throw new CorroborateError('E_FILE', `${path} has no articles; write one JSON object a line`)
  return loaded
}
