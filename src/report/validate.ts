import { CorroborateError } from '../errors.js'
import { schemaVersion } from '../schema-version.js'
import type { Report } from '../types.js'

/**
 * The shape of a field: a type name ('present': any value but none), a shape or null, a shape
 * or no value, a list of one shape, one of some strings, or an object of field shapes.
 */
type Shape =
  | 'string'
  | 'number'
  | 'object'
  | 'array'
  | 'present'
  | { readonly nullable: Shape }
  | { readonly optional: Shape }
  | { readonly list: Shape }
  | { readonly oneOf: readonly string[] }
  | { readonly fields: { readonly [field: string]: Shape } }

const list = (shape: Shape): Shape => ({ list: shape })
const nullable = (shape: Shape): Shape => ({ nullable: shape })
const optional = (shape: Shape): Shape => ({ optional: shape })
const oneOf = (...names: string[]): Shape => ({ oneOf: names })
const fields = (shapes: { readonly [field: string]: Shape }): Shape => ({ fields: shapes })

const located = { start: 'number', end: 'number', line: 'number', column: 'number' } as const

const point = { line: 'number', column: 'number', offset: 'number' } as const

const detail = fields({ kind: 'string', text: 'string', start: 'number', end: 'number', value: 'present' })

const statement = fields({
  id: 'string',
  articleId: 'string',
  index: 'number',
  text: 'string',
  ...located,
  kind: 'string',
  details: list(detail),
  citations: list(fields({ kind: 'string', start: 'number', end: 'number' })),
})

/** What every renderer reads of a report: `compare`'s output always has it (and more). */
const reportShape: Shape = fields({
  schemaVersion: 'string',
  articles: list(
    fields({
      id: 'string',
      outlet: 'string',
      title: nullable('string'),
      url: nullable('string'),
      publishedAt: nullable('string'),
      format: 'string',
      text: 'string',
      statements: list(statement),
      coverage: fields({ statements: 'number', shared: 'number', unique: 'number', disputed: 'number' }),
    }),
  ),
  claims: list(
    fields({
      id: 'string',
      statementIds: list('string'),
      articleIds: list('string'),
      score: 'number',
      weakestLink: optional(nullable('number')),
      status: oneOf('corroborated', 'related', 'disputed', 'single-source'),
      comparisons: list(
        fields({
          kind: 'string',
          subject: nullable('string'),
          status: oneOf('agree', 'compatible', 'diverge', 'unique'),
          values: list(fields({ articleId: 'string', statementId: 'string', detail })),
          diff: nullable(list(fields({ value: 'string' }))),
          reason: 'string',
          confidence: optional('number'),
        }),
      ),
      why: fields({ terms: 'array', names: 'array', subjects: 'array', summary: 'string' }),
    }),
  ),
  findings: list(
    fields({
      rule: 'string',
      severity: oneOf('error', 'warning', 'note'),
      articleId: 'string',
      statementId: 'string',
      ...located,
      place: optional(fields({ start: fields(point), end: fields(point) })),
      message: 'string',
    }),
  ),
  stats: fields({
    articles: 'number',
    statements: 'number',
    claims: 'number',
    corroborated: 'number',
    related: optional('number'),
    disputed: 'number',
    singleSource: 'number',
    findings: 'number',
  }),
  // The options a renderer reads: the cutoff of a possible conflict, and the link threshold a
  // related claim missed (null: `threshold` + 0.15).
  options: fields({
    minConflictConfidence: optional('number'),
    threshold: optional('number'),
    corroborationThreshold: optional(nullable('number')),
  }),
})

/**
 * Checks that `value` has the fields every renderer reads, with their types, before `render`
 * touches it (a report may come from a file someone edited). Throws `CorroborateError`
 * 'E_REPORT' naming the first bad field, or a `schemaVersion` it cannot read (a later major
 * version, written by a newer corroborate; one older than 1.x; or not a version at all). A
 * hand-written check of the fields used, not the whole JSON Schema: render needs no schema
 * validator at run time.
 *
 * @example
 * checkReport({ ...report, claims: [{ ...report.claims[0], score: '0.9' }] })
 * // throws E_REPORT 'report.claims[0].score must be a finite number'
 * checkReport({ ...report, schemaVersion: '0.9.0' })
 * // throws E_REPORT "report.schemaVersion is '0.9.0', older than any schema this corroborate reads"
 */
export function checkReport(value: unknown): asserts value is Report {
  const field = firstProblem(value, reportShape, 'report')
  if (field !== null) {
    throw new CorroborateError(
      'E_REPORT',
      `${field}. render() needs a report as compare() returns it; regenerate it, or fix that field.`,
      field,
    )
  }
  const version = versionProblem((value as Report).schemaVersion)
  if (version !== null) throw new CorroborateError('E_REPORT', `${version}.`, version)
}

/** The majors `render` reads: 1.x (upgraded, `upgradeReport`) and the current one. */
const readableMajors = new Set(['1', schemaVersion.split('.')[0]])

/**
 * Why `version` is not a schema `render` reads, or null. A report of a later major version
 * (written by a newer corroborate) may have renamed or retyped any field, so rendering it
 * anyway could print wrong values without an error; one of an earlier major than 1 predates
 * every schema this corroborate knows.
 */
function versionProblem(version: string): string | null {
  const major = /^(\d+)\.\d+\.\d+$/.exec(version)?.[1]
  if (major !== undefined && readableMajors.has(major)) return null
  const current = schemaVersion.split('.')[0]!
  const readable = `1.x and ${current}.x; it writes ${schemaVersion}`
  const known = `this corroborate reads (${readable})`
  if (major === undefined) {
    return `report.schemaVersion is ${describe(version)}, not a version such as '${schemaVersion}' (corroborate reads ${readable})`
  }
  if (Number(major) > Number(current)) {
    return (
      `report.schemaVersion is ${describe(version)}, a later major version than ${known}: ` +
      'a newer corroborate wrote it; render it with that version, or upgrade corroborate'
    )
  }
  return (
    `report.schemaVersion is ${describe(version)}, older than any schema ${known}: ` +
    'compare the articles again to get a current report'
  )
}

/** The first field of `value` that does not have `shape`, as a sentence, or null. */
function firstProblem(value: unknown, shape: Shape, path: string): string | null {
  if (typeof shape === 'string') return typeProblem(value, shape, path)
  if ('nullable' in shape) return value === null ? null : firstProblem(value, shape.nullable, path)
  if ('optional' in shape) return value === undefined ? null : firstProblem(value, shape.optional, path)
  if ('list' in shape) {
    if (!Array.isArray(value)) return `${path} must be an array; received ${describe(value)}`
    for (let i = 0; i < value.length; i++) {
      const problem = firstProblem(value[i], shape.list, `${path}[${i}]`)
      if (problem !== null) return problem
    }
    return null
  }
  if ('oneOf' in shape) {
    return typeof value === 'string' && shape.oneOf.includes(value)
      ? null
      : `${path} must be one of ${shape.oneOf.map((name) => `'${name}'`).join(', ')}; received ${describe(value)}`
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `${path} must be an object; received ${describe(value)}`
  }
  for (const [field, inner] of Object.entries(shape.fields)) {
    // Own fields only: a report from JSON.parse may carry a '__proto__' key.
    const own = Object.hasOwn(value, field) ? (value as Record<string, unknown>)[field] : undefined
    const problem = firstProblem(own, inner, `${path}.${field}`)
    if (problem !== null) return problem
  }
  return null
}

function typeProblem(value: unknown, type: string, path: string): string | null {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? null : `${path} must be a string; received ${describe(value)}`
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? null
        : `${path} must be a finite number; received ${describe(value)}`
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? null
        : `${path} must be an object; received ${describe(value)}`
    case 'array':
      return Array.isArray(value) ? null : `${path} must be an array; received ${describe(value)}`
    default:
      return value === undefined ? `${path} is missing` : null
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return value.length > 40 ? `'${value.slice(0, 40)}...'` : `'${value}'`
  return typeof value
}
