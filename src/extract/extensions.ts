// User extractors and refiners (`options.extractors`, `options.refiners`) as the extract stage
// runs its own: each wrapped once per call, and everything they hand back checked before it
// can reach a report, so a wrong offset or value is an 'E_EXTRACTOR' error that names them.

import { detailKinds } from '../detail-kinds.js'
import { CorroborateError } from '../errors.js'
import { english } from '../language/english.js'
import type { Language } from '../language/language.js'
import type { DetailExtractor, DetailKind, DetailRefiner, Hedge, Interval, Options } from '../types.js'
// A cycle (index.ts runs pipelineOf), read only when pipelineOf runs, after both have loaded.
import { extractors as builtIn } from './built-ins.js'
import { type Candidate, completeCandidate, type Extractor, type Refiner } from './extractor.js'
import { englishSpeechPatterns, type SpeechPatterns, speechPatterns } from './patterns.js'

/** What one call's extract stage runs besides the built-ins, and over which words. */
export interface Pipeline {
  readonly language: Language
  /** The patterns of the language's speech verbs, compiled once for the call. */
  readonly speech: SpeechPatterns
  /** User extractors, wrapped; run after the built-in ones. */
  readonly extractors: readonly Extractor[]
  /** User refiners, wrapped; run after the built-in ones, in order. */
  readonly refiners: readonly Refiner[]
}

/** No user extractor or refiner, and English. */
export const defaultPipeline: Pipeline = {
  language: english,
  speech: englishSpeechPatterns,
  extractors: [],
  refiners: [],
}

/**
 * The pipeline that `options` (already checked by `resolveOptions`) ask for: their language
 * and their extractors and refiners wrapped, or `defaultPipeline` when they name none.
 */
export function pipelineOf(options: Options | undefined): Pipeline {
  const language = options?.language ?? english
  const extractors = options?.extractors ?? []
  const refiners = options?.refiners ?? []
  if (language === english && extractors.length === 0 && refiners.length === 0) return defaultPipeline
  // A refiner tells details apart by `source`, the extractor's name: a user extractor named
  // 'count' made its details and the built-in counts one source.
  const taken = extractors.find((extractor) => builtIn.some((own) => own.name === extractor.name))
  if (taken !== undefined) {
    throw new CorroborateError(
      'E_OPTION',
      `Option 'extractors' holds one named '${taken.name}', the name of a built-in extractor and the ` +
        `extractor of its details; give yours its own name (built-in: ${builtIn.map((own) => own.name).join(', ')}).`,
      taken.name,
    )
  }
  return {
    language,
    speech: language === english ? englishSpeechPatterns : speechPatterns(language),
    extractors: extractors.map(userExtractor),
    refiners: refiners.map(userRefiner),
  }
}

/** A user extractor as the extract stage runs it; its candidates win ties with the built-ins'. */
function userExtractor(extractor: DetailExtractor): Extractor {
  const name = extractor.name
  return {
    name,
    pattern: () => extractor.pattern,
    extract(text, match) {
      let result: unknown
      try {
        result = extractor.extract(match, text)
      } catch (error) {
        throw threw('Extractor', name, text, error)
      }
      if (result === null) return null
      const items = Array.isArray(result) ? result : [result]
      return items.map((item) => ({ ...read(item, text, 'Extractor', name), preferred: true as const }))
    },
  }
}

/** A user refiner as the extract stage runs it: it sees each candidate with its text. */
function userRefiner(refiner: DetailRefiner): Refiner {
  const name = refiner.name
  return (candidates, text) => {
    const given = candidates.map((candidate) => ({
      ...completeCandidate(candidate),
      text: text.slice(candidate.start, candidate.end),
    }))
    let result: unknown
    try {
      result = refiner.refine(given, text)
    } catch (error) {
      throw threw('Refiner', name, text, error)
    }
    if (!Array.isArray(result)) {
      throw extensionError('Refiner', name, text, `returned ${describe(result)}, not a list of details`)
    }
    return result
      .map((item) => read(item, text, 'Refiner', name))
      .sort((a, b) => a.start - b.start || a.end - b.end)
  }
}

const hedges: ReadonlySet<string> = new Set<Hedge>([
  'about',
  'more-than',
  'less-than',
  'at-least',
  'up-to',
  'range',
])

const granularities: ReadonlySet<string> = new Set(['decade', 'year', 'month', 'week', 'day', 'time'])
const impliedParts: ReadonlySet<unknown> = new Set(['year', 'month', 'day'])

/**
 * `checked`, with a getter or Proxy trap of the user's object that throws as 'E_EXTRACTOR' too:
 * reading the detail is still running their code.
 */
function read(item: unknown, text: string, role: Role, name: string): Candidate {
  try {
    return checked(item, text, role, name)
  } catch (error) {
    if (error instanceof CorroborateError) throw error
    throw threw(role, name, text, error)
  }
}

/**
 * One detail a user extractor or refiner returned, as a candidate, or 'E_EXTRACTOR' saying what
 * is wrong with it: a kind that is none of `DetailKind`, a span outside the statement or whose
 * text is not `text`, a value not of its kind's type, a unit, hedge or subject of the wrong type.
 */
function checked(item: unknown, text: string, role: Role, name: string): Candidate {
  const fail = (problem: string) => extensionError(role, name, text, problem)
  if (
    typeof item !== 'object' ||
    item === null ||
    Array.isArray(item) ||
    typeof (item as { then?: unknown }).then === 'function'
  ) {
    throw fail(`returned ${describe(item)} where a detail { kind, text, start, end, value } belongs`)
  }
  const detail = item as Readonly<Record<string, unknown>>
  const kind = detail.kind
  if (typeof kind !== 'string' || !Object.hasOwn(detailKinds, kind)) {
    throw fail(
      `returned a detail of kind ${describe(kind)}; the kinds are ${Object.keys(detailKinds).join(', ')} ` +
        `(a new kind of figure is one of them with a subject, such as a count of 'votes for')`,
    )
  }
  const { start, end } = detail
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw fail(
      `returned a ${kind} whose start and end (${describe(start)}, ${describe(end)}) are not whole numbers`,
    )
  }
  const from = start as number
  const to = end as number
  if (from < 0 || to > text.length || from >= to) {
    throw fail(
      `returned a ${kind} at ${from}..${to}, outside the statement's ${text.length} characters or empty; ` +
        'offsets index the text the extractor is given (match.index is where the match starts)',
    )
  }
  if (detail.text !== text.slice(from, to)) {
    throw fail(
      `returned a ${kind} whose text ${describe(detail.text)} is not the statement's text at ${from}..${to} ` +
        `(${describe(text.slice(from, to))}); set start and end to where the text is`,
    )
  }
  const valueProblem = valueError(kind as DetailKind, detail.value)
  if (valueProblem !== null) throw fail(`returned a ${kind} '${detail.text}' whose value ${valueProblem}`)
  for (const field of ['unit', 'subject'] as const) {
    const value = detail[field]
    if (value !== undefined && value !== null && (typeof value !== 'string' || value.trim() === '')) {
      throw fail(
        `returned a ${kind} '${detail.text}' whose ${field} is ${describe(value)}, not a non-empty string or null`,
      )
    }
  }
  const hedge = detail.hedge
  if (hedge !== undefined && hedge !== null && !(typeof hedge === 'string' && hedges.has(hedge))) {
    throw fail(
      `returned a ${kind} '${detail.text}' whose hedge is ${describe(hedge)}, not one of ${[...hedges].join(', ')} or null`,
    )
  }
  if (detail.speaker !== undefined) {
    throw fail(
      `returned a ${kind} '${detail.text}' with a speaker; who says a quote or an attribution is its source (renamed in schema 2.0.0)`,
    )
  }
  for (const field of ['source', 'cue', 'extractor'] as const) {
    const value = detail[field]
    const nullable = field !== 'extractor'
    if (value === undefined || (nullable && value === null)) continue
    if (typeof value !== 'string' || value === '') {
      throw fail(
        `returned a ${kind} '${detail.text}' whose ${field} is ${describe(value)}, not a non-empty string${nullable ? ' or null' : ''}`,
      )
    }
    if (nullable && kind !== 'quote' && kind !== 'attribution') {
      throw fail(
        `returned a ${kind} '${detail.text}' with a ${field} (${describe(value)}); only a quote or an attribution has one ` +
          `(who says it, and the words that introduce it). The extractor's name is its 'extractor'`,
      )
    }
  }
  const candidate: Candidate = {
    kind: kind as Candidate['kind'],
    start: from,
    end: to,
    value: detail.value as Candidate['value'],
    unit: (detail.unit as string | null | undefined) ?? null,
    hedge: (hedge as Hedge | null | undefined) ?? null,
    subject: (detail.subject as string | null | undefined) ?? null,
    source: (detail.source as string | null | undefined) ?? null,
    cue: (detail.cue as string | null | undefined) ?? null,
    extractor: (detail.extractor as string | undefined) ?? name,
  }
  // A refiner hands back the built-in dates it keeps: their granularity and implied parts stay.
  const { granularity, implied } = detail
  if (granularity !== undefined && granularity !== null) {
    if (kind !== 'date' || typeof granularity !== 'string' || !granularities.has(granularity)) {
      throw fail(
        `returned a ${kind} '${detail.text}' whose granularity is ${describe(granularity)}; ` +
          (kind === 'date'
            ? `a date's is one of ${[...granularities].join(', ')} or null`
            : 'only a date has one (leave it out or null)'),
      )
    }
    candidate.granularity = granularity as NonNullable<Candidate['granularity']>
  }
  if (implied !== undefined && implied !== null) {
    if (kind !== 'date' || !Array.isArray(implied) || !implied.every((part) => impliedParts.has(part))) {
      throw fail(
        `returned a ${kind} '${detail.text}' whose implied parts are ${describe(implied)}; ` +
          (kind === 'date'
            ? `a date's are a list of ${[...impliedParts].join(', ')}, or null`
            : 'only a date has them (leave them out or null)'),
      )
    }
    candidate.implied = [...implied] as NonNullable<Candidate['implied']>
  }
  return candidate
}

/** What is wrong with `value` for a detail of `kind`, or null when it is of the kind's type. */
function valueError(kind: DetailKind, value: unknown): string | null {
  const valueClass = detailKinds[kind].value
  if (valueClass === 'amount') {
    return isAmount(value) ? null : `${describe(value)} is not a finite number or an interval { min, max }`
  }
  if (valueClass === 'money') {
    if (typeof value !== 'object' || value === null) return `${describe(value)} is not { amount, currency }`
    const money = value as Readonly<Record<string, unknown>>
    if (!isAmount(money.amount))
      return 'has an amount that is not a finite number or an interval { min, max }'
    return typeof money.currency === 'string' && money.currency !== '' ? null : 'has no currency'
  }
  return typeof value === 'string' && value.trim() !== ''
    ? null
    : `${describe(value)} is not a non-empty string`
}

function isAmount(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value)
  if (typeof value !== 'object' || value === null) return false
  const { min, max } = value as Partial<Interval>
  return (
    typeof min === 'number' &&
    typeof max === 'number' &&
    Number.isFinite(min) &&
    Number.isFinite(max) &&
    min <= max
  )
}

type Role = 'Extractor' | 'Refiner'

function threw(role: Role, name: string, text: string, error: unknown): CorroborateError {
  const message = error instanceof Error ? error.message : String(error)
  return extensionError(role, name, text, `threw: ${message}`)
}

function extensionError(role: Role, name: string, text: string, problem: string): CorroborateError {
  const excerpt = text.length > 60 ? `${text.slice(0, 57)}...` : text
  return new CorroborateError(
    'E_EXTRACTOR',
    `${role} '${name}' ${problem}. Statement: '${excerpt}'. Fix the ${role.toLowerCase()} or leave it out of options.${role === 'Extractor' ? 'extractors' : 'refiners'}.`,
    name,
  )
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 37)}...` : value}'`
  if (value === null || value === undefined || typeof value !== 'object') return String(value)
  if (Array.isArray(value)) return 'a list'
  if (typeof (value as { then?: unknown }).then === 'function') {
    return 'a Promise (is it async? extract and refine must return their result, not a Promise)'
  }
  try {
    return JSON.stringify(value) ?? 'an object'
  } catch {
    return 'an object'
  }
}
