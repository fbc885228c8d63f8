import { realpathSync } from 'node:fs'
import { extname, resolve } from 'node:path'
import { CorroborateError } from '../errors.js'
import { plainText } from '../report/escape.js'
import type { LoadedArticle } from './article.js'
import { expandArgument } from './glob.js'
import { withUniqueIds } from './ids.js'
import { isJsonPath } from './input-format.js'
import type { CliIo } from './io.js'
import { parseJsonArticles, parseJsonLines } from './json-articles.js'
import { plainArticle } from './plain-article.js'
import { readStdinText, readTextFile } from './read-text.js'
import { isSavedReport, savedReportError } from './saved-report.js'

/**
 * Reads the articles named on the command line, in order: plain files, glob patterns
 * (expanded and sorted), `-` for standard input, and .json (an array of articles, one
 * article, or a manifest `{ event, outletMarkers, articles }`) or .jsonl (one article per
 * line) files. Plain files get their id from the file name and their format from the
 * extension; a JSON article may name its `file` (relative to the JSON file) instead of giving
 * its `text`. An empty article is kept: `compare` reports it and compares the rest. A file named
 * twice (by two globs, or a glob and its own name) is read once, with a warning on stderr. Throws
 * `CorroborateError` ('E_FILE', 'E_USAGE') with a one-line message naming the file at fault.
 *
 * @example
 * await loadArticles(['examples/ferry-capsize/articles/*.md', 'examples/ferry-capsize/articles/*.txt'], fakeIo())
 * //=> [{ label: 'examples/ferry-capsize/articles/channel-9-news.md', input: { id: 'channel-9-news', format: 'markdown', ... }, ... }, ...]
 */
export async function loadArticles(specs: readonly string[], io: CliIo): Promise<LoadedArticle[]> {
  const cwd = io.cwd ?? process.cwd()
  const loaded: LoadedArticle[] = []
  // Each file read, by its real path, with the path it was first given as.
  const read = new Map<string, string>()
  if (specs.filter((spec) => spec === '-').length > 1) {
    throw new CorroborateError('E_USAGE', "standard input ('-') can be read only once")
  }
  for (const spec of specs) {
    if (spec === '-') {
      const text = await readStdinText(io)
      if (looksLikeSavedReport(text)) throw savedReportError('standard input', '-')
      // Front matter read as from a file's: a Markdown draft piped in keeps its outlet and date.
      loaded.push({ ...plainArticle(text, 'stdin'), label: '-' })
      continue
    }
    for (const path of expandArgument(spec, cwd)) {
      // A file named twice ('a.md' and '*.md') would be compared with itself, every statement
      // of it corroborated by its own copy: read it once.
      const absolute = realPath(resolve(cwd, path))
      const first = read.get(absolute)
      if (first !== undefined) {
        const again = first === path ? 'is given more than once' : `is the same file as ${plainText(first)}`
        io.stderr.write(`corroborate: warning: ${plainText(path)} ${again}; reading it once\n`)
        continue
      }
      read.set(absolute, path)
      for (const article of readArticleFile(path, cwd)) loaded.push(article)
    }
  }
  return withUniqueIds(loaded)
}

/** Reads one file into one or more articles (several for .json and .jsonl files). */
export function readArticleFile(path: string, cwd: string): LoadedArticle[] {
  const text = readTextFile(path, cwd)
  if (isJsonPath(path)) {
    const extension = extname(path).toLowerCase()
    const articles =
      extension === '.json' ? parseJsonArticles(text, path, cwd) : parseJsonLines(text, path, cwd)
    return articles.map((article) => ({ ...article, container: path }))
  }
  return [plainArticle(text, path)]
}

/** Whether text piped in is a saved report (`compare --format json | corroborate compare -`). */
function looksLikeSavedReport(text: string): boolean {
  if (!text.trimStart().startsWith('{')) return false
  try {
    return isSavedReport(JSON.parse(text))
  } catch {
    return false
  }
}

/** The file a path names, links followed ('latest.md' -> 'desk/ap.md'), or the path itself when it cannot be followed. */
function realPath(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}
