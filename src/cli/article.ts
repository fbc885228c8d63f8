import { articleNamedPattern } from '../compare/patterns.js'
import { CorroborateError } from '../errors.js'
import type { ArticleInput } from '../types.js'

/** An article read by the CLI, with where it came from for messages and annotations. */
export interface LoadedArticle {
  input: Exclude<ArticleInput, string>
  /** The path as the user wrote it (or as a glob expanded it), `-` for standard input. */
  label: string
  /** For articles from a .json/.jsonl file: the 1-based record or line number. */
  record?: number
  /** The `outletMarkers` of the manifest the article came from (see `withManifestMarkers`). */
  outletMarkers?: readonly string[]
  /** The .json/.jsonl file the article was listed in, when it was (its `label` may be another file). */
  container?: string
  /** The `event` of the manifest the article came from: the name its report is titled by. */
  event?: string
}

/**
 * Names the file at fault in a library error about 'Article 3': the CLI's user knows files,
 * not positions.
 *
 * @example
 * const loaded = [{ label: 'desk/bbc.md', input: { text: '' } }, { label: 'desk/ap.md', input: { text: '' } }]
 * relabel(new CorroborateError('E_INPUT_TOO_LARGE', 'Article 2 has 9 characters...'), loaded).message
 * //=> 'desk/ap.md has 9 characters...'
 */
export function relabel(error: CorroborateError, loaded: readonly LoadedArticle[]): CorroborateError {
  const match = articleNamedPattern.exec(error.message)
  const article = match === null ? undefined : loaded[Number(match[1]) - 1]
  if (match === null || article === undefined) return error
  const label = article.label === '-' ? 'standard input' : article.label
  const where = article.record === undefined ? label : `${label} (article ${article.record})`
  return new CorroborateError(error.code, where + error.message.slice(match[0].length), error.received)
}
