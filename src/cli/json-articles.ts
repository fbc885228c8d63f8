import { CorroborateError } from '../errors.js'
import type { LoadedArticle } from './article.js'
import { isObject, toArticle } from './json-record.js'
import { readManifest } from './manifest.js'
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
    throw new CorroborateError('E_FILE', `${path} is not valid JSON: ${(error as Error).message}`)
  }
  if (isSavedReport(parsed)) throw savedReportError(path, path)
  if (isObject(parsed) && 'articles' in parsed) return readManifest(parsed, path, cwd)
  const records = Array.isArray(parsed) ? parsed : [parsed]
  if (records.length === 0)
    throw new CorroborateError('E_FILE', `${path} holds an empty array; add articles to it`)
  return records.map((record, index) => toArticle(record, path, index + 1, 'article', cwd))
}

/**
 * The articles of a .jsonl file, one JSON object a line (blank lines skipped). Throws 'E_FILE'
 * naming the file and line for a line that does not parse, and for a file with no articles.
 */
export function parseJsonLines(text: string, path: string, cwd: string): LoadedArticle[] {
  const loaded: LoadedArticle[] = []
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
    loaded.push(toArticle(parsed, path, index + 1, 'line', cwd))
  }
  if (loaded.length === 0)
    throw new CorroborateError('E_FILE', `${path} has no articles; write one JSON object a line`)
  return loaded
}
