import { CorroborateError } from './errors.js'
import { closest } from './text/closest.js'
import type { Options, ResolvedOptions } from './types.js'

/**
 * Everything about one option: its default, what a valid value is, its README line, whether a
 * config file may set it and how `report.options` records it. `resolveOptions`, the CLI config
 * reader, the JSON Schema and the README table all follow this one declaration.
 */
export interface OptionSpec {
  /** The default as `report.options` records it (null: none); ignored when not `recorded`. */
  default: unknown
  /** The default as the README states it. */
  shown: string
  /** What the option does: its README line. */
  doc: string
  /** What a valid value is, for the 'E_OPTION' message ('a number from 0 to 1'). */
  expected: string
  /** Whether a given value (never undefined) is valid. */
  valid: (value: unknown) => boolean
  /** JSON Schema of the value in `report.options`; null: not recorded (it changes no result). */
  schema: Readonly<Record<string, unknown>> | null
  /** Whether a `--config` file may set it (a function cannot come from JSON). */
  config: boolean
  /** The recorded value of a given one (default: the value itself). */
  record?: (value: unknown) => unknown
}

const unitInterval = (value: unknown): boolean =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1
const positive = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value) && value > 0
const boolean = (value: unknown): boolean => typeof value === 'boolean'

const fraction = (doc: string, value: number, shown = String(value)): OptionSpec => ({
  default: value,
  shown,
  doc,
  expected: 'a number from 0 to 1',
  valid: unitInterval,
  schema: { type: 'number', minimum: 0, maximum: 1 },
  config: true,
})

const flag = (doc: string): OptionSpec => ({
  default: false,
  shown: 'false',
  doc,
  expected: 'true or false',
  valid: boolean,
  schema: { type: 'boolean' },
  config: true,
})

const formats = ['text', 'markdown', 'html']

/**
 * Every option, in the order `report.options` lists them. A key of `Options` without an entry
 * here does not compile.
 *
 * @example
 * optionSpecs.threshold.default //=> 0.7
 */
export const optionSpecs: { readonly [K in keyof Required<Options>]: OptionSpec } = {
  format: {
    default: null,
    shown: 'detected',
    doc: 'input format for articles that do not say',
    expected: "one of 'text', 'markdown', 'html'",
    valid: (value) => typeof value === 'string' && formats.includes(value),
    schema: { oneOf: [{ type: 'null' }, { $ref: '#/definitions/InputFormat' }] },
    config: true,
  },
  granularity: {
    default: 'sentence',
    shown: "`'sentence'`",
    doc: "`'clause'` splits long compound sentences at `;` and `, and/but ...`",
    expected: "'sentence' or 'clause'",
    valid: (value) => value === 'sentence' || value === 'clause',
    schema: { enum: ['sentence', 'clause'] },
    config: true,
  },
  maxInputLength: {
    default: 16 * 1024 * 1024,
    shown: '16 777 216',
    doc: 'largest article in UTF-16 code units (`E_INPUT_TOO_LARGE` above)',
    expected: 'a positive whole number of characters',
    valid: (value) => Number.isInteger(value) && (value as number) >= 1,
    schema: { type: 'integer', minimum: 1 },
    config: true,
  },
  outletMarkers: {
    default: [],
    shown: '`[]`',
    doc: "outlet names recognised as citation markers beyond the built-in list ('Harbour Herald3')",
    expected: 'a list of non-empty outlet names',
    valid: (value) =>
      Array.isArray(value) && value.every((marker) => typeof marker === 'string' && marker.trim() !== ''),
    schema: { type: 'array', items: { type: 'string' } },
    config: true,
    record: (value) => [...(value as string[])],
  },
  referenceDate: {
    default: null,
    shown: 'none',
    doc: 'anchors relative dates when an article has no `publishedAt`',
    expected: "an ISO 8601 date such as '2025-05-09'",
    valid: (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value)),
    schema: { type: ['string', 'null'] },
    config: true,
  },
  threshold: fraction(
    "smallest same-statement score (the mean of a statement's best and average probability against a claim's members) at which it joins the claim",
    0.7,
  ),
  manyToOne: flag("let one outlet's two statements join one claim"),
  similarity: {
    default: 'lexical',
    shown: 'the model',
    doc: '`(a, b) => number \\| Promise<number>`: your scorer or embedding similarity, instead of the same-statement model',
    expected: 'a function (a, b) => number',
    valid: (value) => typeof value === 'function',
    schema: { enum: ['lexical', 'custom'] },
    config: false,
    record: () => 'custom',
  },
  hedgeTolerance: fraction("'about 9,000' covers 9,000 ± 10 %", 0.1),
  roundingTolerance: fraction('the relative gap rounding can explain between two exact figures', 0.05),
  datesAreFigures: flag('`checkFigures` also flags bare years and dates'),
  minRoundingStep: {
    default: 100,
    shown: '100',
    doc: 'smallest rounding step between whole numbers: 9,000 / 9,040 are compatible, 40 / 41 dead are not',
    expected: 'a positive number',
    valid: positive,
    schema: { type: 'number', exclusiveMinimum: 0 },
    config: true,
  },
  nameSimilarity: fraction(
    'Jaro-Winkler similarity at which two spellings are one name (Zelensky / Zelenskyy), in alignment and in comparison',
    0.93,
  ),
  wildcardMaxRatio: {
    default: 10,
    shown: '10',
    doc: 'two figures without a subject are compared only within this factor of each other',
    expected: 'a positive number',
    valid: positive,
    schema: { type: 'number', exclusiveMinimum: 0 },
    config: true,
  },
  quoteOverlap: fraction('word overlap at which two quotes without a shared speaker are one quote', 0.5),
  sameSpeakerQuoteOverlap: fraction(
    'word overlap at which two quotes of one speaker are one quote (else two remarks)',
    0.2,
  ),
  minConflictConfidence: fraction(
    "smallest comparison `confidence` at which a divergence disputes its claim; below it a 'possible conflict' (a note that `--fail-on diverge` ignores)",
    0.5,
  ),
  similarityTimeout: {
    default: 30_000,
    shown: '30 000',
    doc: 'milliseconds an async `similarity` hook may take per batch of calls (`E_ASYNC_HOOK` past it; `Infinity`: no limit)',
    expected: 'a positive number of milliseconds (or Infinity)',
    valid: (value) => typeof value === 'number' && !Number.isNaN(value) && value > 0,
    schema: null,
    config: false,
  },
  eventThreshold: {
    default: 0.1,
    shown: '0.1',
    doc: '`groupByEvent`: document similarity at which articles are one event',
    expected: 'a number from 0 to 1',
    valid: unitInterval,
    schema: null,
    config: false,
  },
}

const optionNames = Object.keys(optionSpecs) as (keyof Options)[]

/** The options `report.options` records, in order. */
const recordedNames = optionNames.filter(
  (name) => optionSpecs[name].schema !== null,
) as (keyof ResolvedOptions)[]

/** Defaults of every option `report.options` records, as documented in the README. */
export const defaultOptions: Readonly<ResolvedOptions> = Object.freeze(
  Object.fromEntries(
    recordedNames.map((name) => [name, optionSpecs[name].default]),
  ) as unknown as ResolvedOptions,
)

/**
 * Applies defaults to user options once, at the top of a call, and rejects what would silently
 * do the wrong thing with a `CorroborateError` ('E_OPTION'): a bad value, or a name that is no
 * option (a typo such as `treshold` would otherwise be ignored), with the closest option named.
 *
 * @example
 * resolveOptions({ threshold: 0.5 }).threshold //=> 0.5
 * resolveOptions({ treshold: 0.5 }) //=> throws E_OPTION "Unknown option 'treshold'. Did you mean 'threshold'?"
 */
export function resolveOptions(options: Options | undefined): ResolvedOptions {
  if (options === undefined || options === null) return { ...defaultOptions, outletMarkers: [] }
  if (typeof options !== 'object') {
    throw new CorroborateError('E_OPTION', `Options must be an object; received ${typeof options}.`)
  }
  for (const name of Object.keys(options)) {
    if (!Object.hasOwn(optionSpecs, name)) throw unknownOption(name)
  }
  const given = options as Readonly<Record<string, unknown>>
  const resolved: Record<string, unknown> = {}
  for (const name of optionNames) {
    const spec = optionSpecs[name]
    const value = given[name]
    // null stands for 'not given' for every option but the similarity hook, which must be a function.
    const absent = value === undefined || (value === null && name !== 'similarity')
    if (!absent && !spec.valid(value)) throw optionError(name, value, spec.expected)
    if (spec.schema === null) continue
    resolved[name] = absent ? copy(spec.default) : spec.record === undefined ? value : spec.record(value)
  }
  return resolved as unknown as ResolvedOptions
}

/**
 * One option's value, checked, or its default: for the options a function reads on its own
 * (`similarityTimeout`, `eventThreshold`), which `report.options` does not record.
 *
 * @example
 * optionValue({}, 'similarityTimeout') //=> 30000
 */
export function optionValue<K extends keyof Options>(
  options: Options | undefined,
  name: K,
): NonNullable<Options[K]> {
  const spec = optionSpecs[name]
  const value: unknown = options?.[name]
  if (value === undefined || value === null) return spec.default as NonNullable<Options[K]>
  if (!spec.valid(value)) throw optionError(name, value, spec.expected)
  return value as NonNullable<Options[K]>
}

/** The option names a `--config` file may set, in order. */
export const configKeys: readonly (keyof Options)[] = optionNames.filter((name) => optionSpecs[name].config)

function copy(value: unknown): unknown {
  return Array.isArray(value) ? [...value] : value
}

function unknownOption(name: string): CorroborateError {
  const guess = closest(name, optionNames)
  const hint = guess === undefined ? ` Options are ${optionNames.join(', ')}.` : ` Did you mean '${guess}'?`
  return new CorroborateError('E_OPTION', `Unknown option '${name}'.${hint}`, name)
}

function optionError(name: string, value: unknown, expected: string): CorroborateError {
  const shown = typeof value === 'string' ? `'${value}'` : String(value)
  return new CorroborateError('E_OPTION', `Option '${name}' must be ${expected}; received ${shown}.`, shown)
}
