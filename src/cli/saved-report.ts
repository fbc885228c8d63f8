import { CorroborateError } from '../errors.js'
import { isObject } from './json-record.js'

/**
 * Whether a parsed JSON value is a corroborate report (what `compare --format json` writes):
 * an object with a `schemaVersion` string and `claims` and `articles` lists.
 *
 * @example
 * isSavedReport({ schemaVersion: '2.1.0', articles: [], claims: [], findings: [], stats: {} }) //=> true
 * isSavedReport({ articles: [{ file: 'wire.md' }] }) //=> false
 */
export function isSavedReport(value: unknown): value is Record<string, unknown> {
  return (
    isObject(value) &&
    typeof value.schemaVersion === 'string' &&
    Array.isArray(value.claims) &&
    Array.isArray(value.articles)
  )
}

/**
 * Whether a parsed JSON value is one line of `corroborate batch` or `collect` output:
 * `{ "event": KEY, "report": {...} }` or `{ "event": KEY, "error": {...} }`.
 *
 * @example
 * isBatchLine({ event: 'e1', report: { schemaVersion: '2.1.0', articles: [], claims: [] } }) //=> true
 */
export function isBatchLine(value: unknown): value is { event: unknown; report?: unknown } {
  return (
    isObject(value) &&
    Object.hasOwn(value, 'event') &&
    (isSavedReport(value.report) || (isObject(value.error) && Object.keys(value).length === 2))
  )
}

/**
 * The error for a saved report given where articles belong (`compare report.json`): it says
 * what the file is and how to write it in another format, instead of rejecting its first key.
 * `where` names the file (`path`), or the file and line of a batch output line (`event` set).
 *
 * @example
 * savedReportError('report.json', 'report.json').message
 * //=> "report.json is a corroborate report, not articles; to write it in another format run 'corroborate render report.json --format html', or to compare again give the articles it was made from"
 */
export function savedReportError(where: string, path: string, event?: unknown): CorroborateError {
  if (event === undefined) {
    return new CorroborateError(
      'E_FILE',
      `${where} is a corroborate report, not articles; to write it in another format run ` +
        `'corroborate render ${path} --format html', or to compare again give the articles it was made from`,
    )
  }
  const key = JSON.stringify(event)
  return new CorroborateError(
    'E_FILE',
    `${where} is a line of 'corroborate batch' output (event ${key}), not an article; to write its ` +
      `report in another format run: jq -c 'select(.event == ${key})' ${path} | corroborate render - --format html`,
  )
}
