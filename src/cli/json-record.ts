import { basename, dirname, extname, isAbsolute, join } from 'node:path'
import { CorroborateError, isCorroborateError } from '../errors.js'
import { articleFields, articleStringFields, misspeltField } from '../parse/input.js'
import type { LoadedArticle } from './article.js'
import { sanitizeId } from './ids.js'
import { isJsonPath } from './input-format.js'
import { plainArticle } from './plain-article.js'
import { readTextFile } from './read-text.js'

/**
 * One article from a JSON record (an array item, a manifest entry or a .jsonl line at
 * `position`): its `text`, or the `file` it names, with `id`, `outlet`, `title`, `url`,
 * `publishedAt` and `format`. A record without an id gets one from the JSON file's name and
 * its position. Throws 'E_FILE' naming the record for a field of the wrong type.
 */
export function toArticle(
  record: unknown,
  path: string,
  position: number,
  unit: 'article' | 'line',
  cwd: string,
): LoadedArticle {
  const where = unit === 'line' ? `${path}:${position}` : `${path} (article ${position})`
  if (!isObject(record)) {
    throw new CorroborateError('E_FILE', `${where} must be an object like {"outlet": "...", "text": "..."}`)
  }
  const fields = record
  const typo = misspeltField(fields, [...articleFields, 'file'])
  if (typo !== undefined) {
    throw new CorroborateError(
      'E_FILE',
      `${where} has "${typo[0]}", which is no field of an article; did you mean "${typo[1]}"?`,
    )
  }
  const hasText = fields.text !== undefined && fields.text !== null
  const hasFile = fields.file !== undefined && fields.file !== null
  if (hasText && hasFile) {
    throw new CorroborateError('E_FILE', `${where} has both "text" and "file"; give one of them`)
  }
  if (hasFile && typeof fields.file !== 'string') {
    throw new CorroborateError('E_FILE', `${where} has a "file" that is not a string`)
  }
  if (!hasFile && typeof fields.text !== 'string') {
    throw new CorroborateError('E_FILE', `${where} has no "text" string or "file" path`)
  }
  const loaded: LoadedArticle =
    typeof fields.file === 'string'
      ? referencedArticle(fields.file, path, where, cwd)
      : { label: path, input: { text: fields.text as string }, record: position }
  const { input } = loaded
  for (const key of articleStringFields) {
    const value = fields[key]
    if (value === undefined || value === null) continue
    if (typeof value !== 'string')
      throw new CorroborateError('E_FILE', `${where} has a "${key}" that is not a string`)
    input[key] = value
  }
  const format = fields.format
  if (format === 'text' || format === 'markdown' || format === 'html') input.format = format
  else if (format !== undefined && format !== null) {
    throw new CorroborateError(
      'E_FILE',
      `${where} has format '${String(format)}'; use text, markdown or html`,
    )
  }
  if (input.id === undefined) input.id = `${sanitizeId(basename(path, extname(path)))}-${position}`
  return loaded
}

/**
 * The article a JSON record names with `file`, read like a plain file (front matter, id from
 * the file name, format from the extension); the path is relative to the JSON file. It is
 * labelled with its own path, so findings and annotations point into it.
 */
function referencedArticle(file: string, jsonPath: string, where: string, cwd: string): LoadedArticle {
  const path = isAbsolute(file) ? file : join(dirname(jsonPath), file)
  if (isJsonPath(path)) {
    throw new CorroborateError(
      'E_FILE',
      `${where} names ${file}; a "file" must be an article (text, Markdown or HTML), not JSON`,
    )
  }
  try {
    return plainArticle(readTextFile(path, cwd), path)
  } catch (error) {
    if (isCorroborateError(error)) throw new CorroborateError(error.code, `${where}: ${error.message}`)
    throw error
  }
}

/** True for a JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
