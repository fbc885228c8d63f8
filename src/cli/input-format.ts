import { extname } from 'node:path'
import type { InputFormat } from '../types.js'

/** The input format an extension implies, or undefined to let the library detect it. */
export function formatOf(extension: string): InputFormat | undefined {
  switch (extension.toLowerCase()) {
    case '.md':
    case '.markdown':
    case '.mdx':
      return 'markdown'
    case '.html':
    case '.htm':
    case '.xhtml':
      return 'html'
    case '.txt':
    case '.text':
      return 'text'
    default:
      return undefined
  }
}

/** True for the extensions read as JSON articles: .json, and .jsonl or .ndjson (one a line). */
export function isJsonPath(path: string): boolean {
  const extension = extname(path).toLowerCase()
  return extension === '.json' || extension === '.jsonl' || extension === '.ndjson'
}
