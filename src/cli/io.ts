import { existsSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path'
import { CorroborateError, isCorroborateError } from '../errors.js'
import { closest } from '../text/closest.js'
import type { ArticleInput, InputFormat, Options } from '../types.js'
import { reason } from './config.js'
import { frontMatter } from './front-matter.js'
import { expandGlob, isGlob } from './glob.js'
import { maxInputBytes, readRegularFile, refuseUnreadPipe, tooLarge } from './read.js'

/** Somewhere to write text: `process.stdout`, or a fake in tests. */
export interface Writer {
  write(chunk: string): unknown
  isTTY?: boolean
}

/**
 * Everything the CLI touches outside itself, so tests run `main` in-process with fakes.
 * `process` satisfies it: `{ stdin: process.stdin, stdout: process.stdout, ... }`.
 */
export interface CliIo {
  /** Standard input, read only when an argument is `-`. */
  stdin: (AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>) & { isTTY?: boolean }
  stdout: Writer
  stderr: Writer
  env: Readonly<Record<string, string | undefined>>
  /** Directory relative paths resolve against (default: `process.cwd()`). */
  cwd?: string
}

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
 * The event the articles report, as the first manifest among them names it (undefined when
 * none does): the title of the HTML, Markdown and SVG reports.
 *
 * @example
 * eventOf(await loadArticles(['examples/ferry-capsize/sources.json'], fakeIo()))
 * //=> 'Passenger ferry Marisol capsizes on the River Aske, Port Calloway'
 */
export function eventOf(loaded: readonly LoadedArticle[]): string | undefined {
  return loaded.find((article) => article.event !== undefined && article.event.trim() !== '')?.event
}

const sniffBytes = 8 * 1024

/**
 * Reads the articles named on the command line, in order: plain files, glob patterns
 * (expanded and sorted), `-` for standard input, and .json (an array of articles, one
 * article, or a manifest `{ event, outletMarkers, articles }`) or .jsonl (one article per
 * line) files. Plain files get their id from the file name and their format from the
 * extension; a JSON article may name its `file` (relative to the JSON file) instead of giving
 * its `text`. An empty article is kept: `compare` reports it and compares the rest. Throws
 * `CorroborateError` ('E_FILE', 'E_USAGE') with a one-line message naming the file at fault.
 *
 * @example
 * await loadArticles(['examples/ferry-capsize/articles/*.md', 'examples/ferry-capsize/articles/*.txt'], fakeIo())
 * //=> [{ label: 'examples/ferry-capsize/articles/channel-9-news.md', input: { id: 'channel-9-news', format: 'markdown', ... }, ... }, ...]
 */
export async function loadArticles(specs: readonly string[], io: CliIo): Promise<LoadedArticle[]> {
  const cwd = io.cwd ?? process.cwd()
  const loaded: LoadedArticle[] = []
  if (specs.filter((spec) => spec === '-').length > 1) {
    throw new CorroborateError('E_USAGE', "standard input ('-') can be read only once")
  }
  for (const spec of specs) {
    if (spec === '-') {
      const text = await readStdinText(io)
      loaded.push({
        label: '-',
        input: { id: 'stdin', outlet: 'stdin', text },
      })
      continue
    }
    for (const path of expand(spec, cwd))
      for (const article of readArticleFile(path, cwd)) loaded.push(article)
  }
  return withUniqueIds(loaded)
}

function expand(spec: string, cwd: string): string[] {
  if (!isGlob(spec) || existsSync(resolve(cwd, spec))) return [spec]
  const paths = expandGlob(spec, cwd)
  if (paths.length === 0) throw new CorroborateError('E_FILE', `no files match '${spec}'`)
  return paths
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

/** `read()`, its `CorroborateError` message prefixed with the file it is about. */
function inFile<T>(path: string, read: () => T): T {
  try {
    return read()
  } catch (error) {
    if (!isCorroborateError(error)) throw error
    throw new CorroborateError(error.code, `${path}: ${error.message}`, error.received)
  }
}

function isJsonPath(path: string): boolean {
  const extension = extname(path).toLowerCase()
  return extension === '.json' || extension === '.jsonl' || extension === '.ndjson'
}

/** One article from a plain file's text: id from the file name, metadata from front matter. */
function plainArticle(text: string, path: string): LoadedArticle {
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

/**
 * A glob of the Markdown files in a directory, as the user would type it: `examples/` and
 * `examples` both give `examples/*.md`, never `examples//*.md`.
 *
 * @example
 * globIn('examples/') //=> 'examples/*.md'
 */
export function globIn(directory: string): string {
  let end = directory.length
  while (end > 1 && (directory[end - 1] === '/' || directory[end - 1] === '\\')) end--
  return `${directory.slice(0, end).replace(/^\/$/, '')}/*.md`
}

/**
 * Reads a file as UTF-8 text, refusing directories, missing files, devices and pipes, files
 * past `maxInputBytes`, and binary files (a NUL byte in the first 8 KB, or bytes that are not
 * UTF-8). A byte-order mark is dropped.
 */
export function readTextFile(path: string, cwd: string): string {
  const absolute = resolve(cwd, path)
  let bytes: Uint8Array
  try {
    const stat = statSync(absolute)
    if (stat.isDirectory()) {
      throw new CorroborateError(
        'E_FILE',
        `${path} is a directory; pass its files, or a glob such as '${globIn(path)}'`,
      )
    }
    if (stat.size > maxInputBytes) {
      throw new CorroborateError(
        'E_FILE',
        `${path} is ${stat.size} bytes, more than the ${maxInputBytes} the CLI reads`,
      )
    }
    bytes = readRegularFile(absolute, path)
  } catch (error) {
    if (error instanceof CorroborateError) throw error
    throw new CorroborateError('E_FILE', `cannot read ${path}: ${reason(error)}`)
  }
  return decodeText(bytes, path)
}

/**
 * Decodes bytes as UTF-8, refusing binary data with a one-line message.
 *
 * @example
 * decodeText(new TextEncoder().encode('Hi'), 'a.txt') //=> 'Hi'
 * decodeText(Uint8Array.of(0x50, 0x4b, 0, 0), 'a.zip') // throws E_FILE 'a.zip looks like a binary file'
 */
export function decodeText(bytes: Uint8Array, label: string): string {
  const head = bytes.subarray(0, sniffBytes)
  if (head.includes(0)) {
    throw new CorroborateError(
      'E_FILE',
      `${label} looks like a binary file (it has NUL bytes); give it an article as text`,
    )
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new CorroborateError('E_FILE', `${label} is not UTF-8 text; convert it to UTF-8 first`)
  }
}

async function readStdinText(io: CliIo): Promise<string> {
  if (io.stdin.isTTY === true) {
    io.stderr.write('corroborate: reading an article from standard input; end it with Ctrl-D\n')
  }
  const chunks: Uint8Array[] = []
  const encoder = new TextEncoder()
  let size = 0
  // Counted while read: `cat /dev/zero | corroborate compare -` must stop, not fill memory.
  for await (const chunk of io.stdin) {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk
    size += bytes.length
    if (size > maxInputBytes) throw tooLarge('standard input')
    chunks.push(bytes)
  }
  const bytes = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.length
  }
  return decodeText(bytes, 'standard input')
}

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

/**
 * An article id from a file name: letters, digits, `.`, `_` and `-` kept, every other run
 * of characters turned into one `-`.
 *
 * @example
 * sanitizeId('Harbor Gazette (print)') //=> 'Harbor-Gazette-print'
 */
export function sanitizeId(name: string): string {
  let id = ''
  for (const char of name) {
    if (/[\p{L}\p{N}._-]/u.test(char)) id += char
    else if (!id.endsWith('-')) id += '-'
  }
  // Trailing dashes by hand: /-+$/ retries every run of dashes that is not at the end.
  let end = id.length
  while (end > 0 && id.charCodeAt(end - 1) === 45) end--
  const trimmed = id.slice(0, end).replace(/^-+/, '')
  return trimmed === '' ? 'article' : trimmed
}

function parseJsonArticles(text: string, path: string, cwd: string): LoadedArticle[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new CorroborateError('E_FILE', `${path} is not valid JSON: ${(error as Error).message}`)
  }
  if (isObject(parsed) && 'articles' in parsed) return readManifest(parsed, path, cwd)
  const records = Array.isArray(parsed) ? parsed : [parsed]
  if (records.length === 0)
    throw new CorroborateError('E_FILE', `${path} holds an empty array; add articles to it`)
  return records.map((record, index) => toArticle(record, path, index + 1, 'article', cwd))
}

const manifestKeys = ['event', 'outletMarkers', 'articles'] as const

/**
 * A manifest: `{ "event"?: string, "outletMarkers"?: string[], "articles": [...] }`. Its
 * outlet markers travel with each of its articles, for `withManifestMarkers`.
 */
function readManifest(manifest: Record<string, unknown>, path: string, cwd: string): LoadedArticle[] {
  for (const key of Object.keys(manifest)) {
    if ((manifestKeys as readonly string[]).includes(key) || key === '$schema' || key.startsWith('//'))
      continue
    const guess = closest(key, manifestKeys)
    const hint =
      guess === undefined ? ` It may have ${manifestKeys.join(', ')}.` : ` Did you mean '${guess}'?`
    throw new CorroborateError('E_FILE', `${path} has an unknown key '${key}'.${hint}`)
  }
  const { event, outletMarkers, articles } = manifest
  if (event !== undefined && typeof event !== 'string')
    throw new CorroborateError('E_FILE', `${path} has an "event" that is not a string`)
  if (
    outletMarkers !== undefined &&
    !(
      Array.isArray(outletMarkers) &&
      outletMarkers.every((name) => typeof name === 'string' && name.trim() !== '')
    )
  ) {
    throw new CorroborateError(
      'E_FILE',
      `${path} has "outletMarkers" that is not a list of outlet names such as ["Meridian Wire"]`,
    )
  }
  if (!Array.isArray(articles)) {
    throw new CorroborateError(
      'E_FILE',
      `${path} has "articles" that is not a list; make it [{ "file": ... }]`,
    )
  }
  if (articles.length === 0)
    throw new CorroborateError('E_FILE', `${path} has an empty "articles" list; add articles to it`)
  const markers: readonly string[] = outletMarkers ?? []
  return articles.map((record, index) => {
    const loaded = toArticle(record, path, index + 1, 'article', cwd)
    const named = event === undefined ? loaded : { ...loaded, event }
    return markers.length === 0 ? named : { ...named, outletMarkers: markers }
  })
}

/**
 * The options with the outlet markers of every manifest read added to
 * `options.outletMarkers`, each name once, the options' own first.
 *
 * @example
 * // sources.json: { "outletMarkers": ["Meridian Wire", "River Gazette", ...], "articles": [...] }
 * withManifestMarkers({ outletMarkers: ['Bay Radio'] }, await loadArticles(['examples/ferry-capsize/sources.json'], fakeIo()))
 * //=> { outletMarkers: ['Bay Radio', 'Meridian Wire', 'River Gazette', 'Channel 9 News', 'Channel 9'] }
 */
export function withManifestMarkers(options: Options, loaded: readonly LoadedArticle[]): Options {
  const extra = loaded.flatMap((article) => article.outletMarkers ?? [])
  if (extra.length === 0) return options
  return { ...options, outletMarkers: [...new Set([...(options.outletMarkers ?? []), ...extra])] }
}

function parseJsonLines(text: string, path: string, cwd: string): LoadedArticle[] {
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
    loaded.push(toArticle(parsed, path, index + 1, 'line', cwd))
  }
  if (loaded.length === 0)
    throw new CorroborateError('E_FILE', `${path} has no articles; write one JSON object a line`)
  return loaded
}

const stringFields = ['id', 'outlet', 'title', 'url', 'publishedAt'] as const

function toArticle(
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
  for (const key of stringFields) {
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

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** Makes ids unique across files (`ap`, `ap-2`, ...), so two `ap.md` in different folders both load. */
export function withUniqueIds(loaded: LoadedArticle[]): LoadedArticle[] {
  const seen = new Set<string>()
  for (const article of loaded) {
    const base = article.input.id ?? 'article'
    let id = base
    for (let n = 2; seen.has(id); n++) id = `${base}-${n}`
    seen.add(id)
    article.input.id = id
  }
  return loaded
}

/**
 * Writes a rendered report to `--out FILE`, or to standard output when there is none. An
 * `--out` that is one of `inputs` (see `inputPaths`), by any path or link, is refused
 * ('E_USAGE') and the file left as it was.
 * A missing newline at the end is added so that shells show the prompt on its own line.
 */
export function writeOutput(
  text: string,
  out: string | undefined,
  io: CliIo,
  inputs: readonly string[] = [],
): void {
  const ended = text === '' || text.endsWith('\n') ? text : `${text}\n`
  if (out === undefined || out === '-') {
    io.stdout.write(ended)
    return
  }
  const cwd = io.cwd ?? process.cwd()
  const clobbered = inputs.find((input) => sameFile(resolve(cwd, out), resolve(cwd, input)))
  if (clobbered !== undefined) {
    throw new CorroborateError(
      'E_USAGE',
      `--out ${out} is ${clobbered === out ? 'an input' : `the input ${clobbered}`}; write the report to another file`,
    )
  }
  refuseUnreadPipe(resolve(cwd, out), out)
  try {
    writeFileSync(resolve(cwd, out), ended)
  } catch (error) {
    throw new CorroborateError('E_FILE', `cannot write ${out}: ${reason(error)}`)
  }
}

/**
 * Every file a run read: the articles, the .json/.jsonl files that listed them, and the
 * `--config` file, for `writeOutput` to refuse to overwrite.
 */
export function inputPaths(loaded: readonly LoadedArticle[], config: string | undefined): string[] {
  const paths = loaded.flatMap((article) => [
    ...(article.label === '-' ? [] : [article.label]),
    ...(article.container === undefined ? [] : [article.container]),
  ])
  return config === undefined ? paths : [...paths, config]
}

/** True when both paths name one existing file (through links too: same device and inode). */
export function sameFile(a: string, b: string): boolean {
  try {
    const first = statSync(a)
    const second = statSync(b)
    return first.dev === second.dev && first.ino === second.ino
  } catch {
    return false
  }
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
  const match = /^Article (\d+)\b/.exec(error.message)
  const article = match === null ? undefined : loaded[Number(match[1]) - 1]
  if (match === null || article === undefined) return error
  const label = article.label === '-' ? 'standard input' : article.label
  const where = article.record === undefined ? label : `${label} (article ${article.record})`
  return new CorroborateError(error.code, where + error.message.slice(match[0].length), error.received)
}

/** What every command gets: the outside world and the decisions made once in `main`. */
export interface CommandContext {
  io: CliIo
  cwd: string
  /** Whether to colour standard output (see `useColor`). */
  color: boolean
}
