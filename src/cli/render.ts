import { CorroborateError } from '../errors.js'
import { isCorroborateError, render } from '../index.js'
import type { Report } from '../types.js'
import { choice, flagValue, type ParsedArgs, usage } from './args.js'
import { compareFormats } from './flags.js'
import { isJsonPath } from './input-format.js'
import type { CommandContext } from './io.js'
import { isObject } from './json-record.js'
import { parseOnly } from './only.js'
import { writeOutput } from './output.js'
import { readStdinText, readTextFile } from './read-text.js'
import { isBatchLine, isSavedReport } from './saved-report.js'

/**
 * `corroborate render <report.json|->`: writes a saved report (`compare --format json`, or one
 * line of `batch` output) in another format, without comparing again. A file that is not a
 * report, or a report that contradicts itself or comes from a schema this corroborate does not
 * read, is an error naming the file and the field (exit 2).
 *
 * @example
 * // corroborate compare wire.md gazette.md --format json > report.json
 * // corroborate render report.json --format html --out report.html
 * import { main } from './main.js'
 * const saved = fakeIo()
 * await main(['compare', 'examples/ferry-capsize/articles/*', '--format', 'json'], saved) //=> 0
 * const io = fakeIo()
 * io.stdin = [saved.out()]
 * await main(['render', '-', '--only', 'disputed'], io) //=> 0
 * io.out().startsWith('corroborate: 4 articles') //=> true
 */
export async function runRender(args: ParsedArgs, context: CommandContext): Promise<number> {
  const format = choice(flagValue(args, 'format') ?? 'text', compareFormats, 'format', 'render')
  const only = parseOnly(flagValue(args, 'only'), format, 'render')
  const title = flagValue(args, 'title')
  const [path, ...extra] = args.positionals
  if (path === undefined) {
    throw usage("render needs a saved report, e.g. 'corroborate render report.json --format html'", 'render')
  }
  if (extra.length > 0) throw usage(`render takes one report but got ${args.positionals.length}`, 'render')
  const label = path === '-' ? 'standard input' : path
  const text = path === '-' ? await readStdinText(context.io) : readTextFile(path, context.cwd)
  const report = savedReportIn(text, label, path)
  let rendered: string
  try {
    rendered = render(report as Report, format, {
      color: context.color,
      ...(title === undefined ? {} : { title }),
      ...(only === undefined ? {} : { only }),
    })
  } catch (error) {
    if (!isCorroborateError(error)) throw error
    throw new CorroborateError(error.code, `${label}: ${error.message}`, error.received)
  }
  writeOutput(rendered, flagValue(args, 'out'), context.io, path === '-' ? [] : [path])
  return 0
}

/**
 * The report a file holds: the parsed JSON when it is one, the report of a `batch` output
 * line. Anything else is 'E_FILE' saying what the file seems to be.
 */
function savedReportIn(text: string, label: string, path: string): unknown {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    if (path !== '-' && !isJsonPath(path)) {
      throw new CorroborateError(
        'E_FILE',
        `${label} is not a saved report: render reads the JSON that 'corroborate compare --format json' writes; to compare articles run 'corroborate compare ${path} ...'`,
      )
    }
    const lines = text.trim().split('\n').length
    const hint =
      lines > 1 && text.trimStart().startsWith('{"event"')
        ? `; it looks like 'corroborate batch' output (JSONL): pick one event's line, e.g. jq -c 'select(.event == "KEY")' ${path} | corroborate render -`
        : `; render reads the JSON that 'corroborate compare --format json' writes`
    throw new CorroborateError('E_FILE', `${label} is not valid JSON: ${(error as Error).message}${hint}`)
  }
  if (isBatchLine(parsed)) {
    if (parsed.report !== undefined) return parsed.report
    throw new CorroborateError(
      'E_FILE',
      `${label} is a line of 'corroborate batch' output for an event that failed (its "error"), so it holds no report`,
    )
  }
  if (isSavedReport(parsed)) return parsed
  const articles =
    Array.isArray(parsed) || (isObject(parsed) && (typeof parsed.text === 'string' || 'articles' in parsed))
  throw new CorroborateError(
    'E_FILE',
    articles
      ? `${label} holds articles, not a report; compare them with 'corroborate compare ${path}'`
      : `${label} is not a corroborate report (no "schemaVersion", "articles" and "claims"); render reads the JSON that 'corroborate compare --format json' writes`,
  )
}
