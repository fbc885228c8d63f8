import { basename, extname } from 'node:path'
import { CorroborateError, isCorroborateError } from '../errors.js'
import type { LoadedArticle } from './article.js'
import { frontMatter } from './front-matter.js'
import { sanitizeId } from './ids.js'
import { formatOf } from './input-format.js'

/** One article from a plain file's text: id from the file name, metadata from front matter. */
export function plainArticle(text: string, path: string): LoadedArticle {
  const extension = extname(path).toLowerCase()
  const name = basename(path, extname(path))
  const matter = inFile(path, () => frontMatter(text))
  const input: LoadedArticle['input'] = {
    id: sanitizeId(name),
    outlet: matter.fields.outlet ?? name,
    text: matter.text,
  }
  const format = formatOf(extension)
  if (format !== undefined) input.format = format
  for (const key of ['title', 'url', 'publishedAt'] as const) {
    const value = matter.fields[key]
    if (value !== undefined) input[key] = value
  }
  return { label: path, input }
}

/** `read()`, its `CorroborateError` message prefixed with the file it is about. */
function inFile<T>(path: string, read: () => T): T {
  try {
    return read()
  } catch (error) {
    if (!isCorroborateError(error)) throw error
    throw new CorroborateError(error.code, `${path}: ${error.message}`, error.received)
  }
}
