import type { Report } from '../types.js'

/** Version of the report's JSON shape (src/schema-version.ts), re-exported beside the writer. */
export { schemaVersion } from '../schema-version.js'

/**
 * The report as stable, pretty-printed JSON (two-space indent, trailing newline), valid
 * against the schema. JSON has no Infinity: an open end of an interval ('more than 9,000')
 * is written as ±`Number.MAX_SAFE_INTEGER`, and NaN as null.
 *
 * @example
 * JSON.parse(renderJson(report)).schemaVersion //=> '2.1.0'
 */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, finiteNumbers, 2)}\n`
}

/** JSON.stringify replacer: open interval ends as ±`Number.MAX_SAFE_INTEGER`, NaN as null. */
export function finiteNumbers(_key: string, value: unknown): unknown {
  if (typeof value !== 'number' || Number.isFinite(value)) return value
  if (Number.isNaN(value)) return null
  return value > 0 ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER
}
