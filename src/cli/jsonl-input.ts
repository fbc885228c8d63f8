// The JSONL articles `batch` and `enqueue` read: one JSON object a line. A JSON document given
// instead (a pretty-printed report or array) would make every one of its lines 'unreadable'.

import { closeSync, openSync, readSync } from 'node:fs'
import { resolve } from 'node:path'
import { CorroborateError } from '../errors.js'
import type { CliIo } from './io.js'
import { isObject } from './json-record.js'
import { readTextFile } from './read-text.js'
import { isSavedReport, savedReportError } from './saved-report.js'

/** How many unreadable lines a run names before it only counts them. */
export const namedInvalidLines = 20

/**
 * Refuses, before a run starts, a file that is one JSON document rather than JSONL: its first
 * line opens an object or array it does not close (pretty-printed JSON), or is an array. A
 * saved report is named as one (`savedReportError`); articles point at `compare` or at `jq -c`
 * to write them one a line. Reads the first 4 KB, and the whole file only when it looks like a
 * document. Throws `CorroborateError` 'E_FILE'.
 *
 * @example
 * // corroborate batch report.json
 * refuseJsonDocument('package.json', '.', 'batch') // throws E_FILE 'package.json is one JSON document, not JSONL'
 */
export function refuseJsonDocument(path: string, cwd: string, command: string): void {
  const first = firstLine(resolve(cwd, path)).trim()
  if (!(first === '{' || first.startsWith('['))) return
  let parsed: unknown
  try {
    parsed = JSON.parse(readTextFile(path, cwd))
  } catch (error) {
    if (error instanceof CorroborateError) throw error
    throw new CorroborateError(
      'E_FILE',
      `${path}:1 '${first.slice(0, 20)}' is not a JSON object on one line; ${command} reads JSONL, one article a line such as {"event": "...", "outlet": "...", "text": "..."}`,
    )
  }
  if (isSavedReport(parsed)) throw savedReportError(path, path)
  const articles = Array.isArray(parsed) || (isObject(parsed) && 'articles' in parsed)
  throw new CorroborateError(
    'E_FILE',
    `${path} is one JSON document, not JSONL (one article a line)` +
      (articles
        ? `; compare its articles as one event with 'corroborate compare ${path}', or write them one a line: jq -c '.[]' ${path} > articles.jsonl`
        : `; ${command} reads lines such as {"event": "...", "outlet": "...", "text": "..."}`),
  )
}

/**
 * The `onInvalid` of a JSONL run: names the first `namedInvalidLines` unreadable lines on
 * stderr, then says once that it stops naming them (the run's summary still counts them all).
 */
export function invalidLineReporter(io: CliIo, input: string, before: () => void = () => {}) {
  let count = 0
  return (line: number, message: string): void => {
    count++
    if (count > namedInvalidLines + 1) return
    before()
    io.stderr.write(
      count <= namedInvalidLines
        ? `corroborate: ${input}:${line} skipped: ${message}\n`
        : `corroborate: ${input}: more unreadable lines skipped; naming no more of them\n`,
    )
  }
}

/** The first line of a file, from its first 4 KB ('' when it cannot be read: the run says why). */
function firstLine(absolute: string): string {
  let fd: number
  try {
    fd = openSync(absolute, 'r')
  } catch {
    return ''
  }
  try {
    const buffer = Buffer.alloc(4096)
    const read = readSync(fd, buffer, 0, buffer.length, 0)
    const text = buffer
      .subarray(0, read)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
    return text.trimStart().split('\n', 1)[0] ?? ''
  } finally {
    closeSync(fd)
  }
}
