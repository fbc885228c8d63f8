import { CorroborateError } from './errors.js'
import { english } from './language/english.js'
import { typoHint } from './text/closest.js'
import type {
  DetailExtractor,
  DetailRefiner,
  InputFormat,
  Language,
  Options,
  ResolvedOptions,
  SimilarityFunction,
} from './types.js'

/**
 * Everything about one option: its default, what a valid value is, its README line, whether a
 * config file may set it and how `report.options` records it. `resolveOptions`, the CLI config
 * reader, the JSON Schema and the README table all follow this one declaration, and so do the
 * `Options` and `ResolvedOptions` types: `T` is the type a user gives, `R` the type
 * `report.options` records (`never`: not recorded).
 */
export interface OptionSpec<T = unknown, R = T> {
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
  /** What is wrong with an invalid value, when `expected` alone would not say ('item 0 has no name'). */
  problem?: (value: unknown) => string
  /** JSON Schema of the value in `report.options`; null: not recorded (it changes no result). */
  schema: Readonly<Record<string, unknown>> | null
  /**
   * Whether a `--config` file may set it: true; 'code' for a value JSON cannot hold (a
   * function, a pattern, a Set); 'unread' for a plain value no command reads (only the
   * library's `groupByEvent` or async hooks do).
   */
  config: true | 'code' | 'unread'
  /** The recorded value of a given one (default: the value itself). */
  record?(value: T): R
  /**
   * The report schema's minor version that added it to `report.options`: listed in the schema
   * but not required until the next major version (a stored report of the minor before still
   * validates). Absent: there since the major version.
   */
  addedIn?: string
}

/** One option's declaration, its value types named: `option<number>({ ... })`. */
const option = <T, R = T>(spec: OptionSpec<T, R>): OptionSpec<T, R> => spec

const unitInterval = (value: unknown): boolean =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1
const positive = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value) && value > 0
const boolean = (value: unknown): boolean => typeof value === 'boolean'

const fraction = (doc: string, value: number, shown = String(value)): OptionSpec<number> => ({
  default: value,
  shown,
  doc,
  expected: 'a number from 0 to 1',
  valid: unitInterval,
  schema: { type: 'number', minimum: 0, maximum: 1 },
  config: true,
})

const flag = (doc: string): OptionSpec<boolean> => ({
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
 * What is wrong with a list of user extractors or refiners, or '' when nothing: each an object
 * with a unique non-empty `name` and the function `fn` (and, for extractors, a global `pattern`).
 */
function extensionProblem(value: unknown, fn: 'extract' | 'refine'): string {
  if (!Array.isArray(value)) return `received ${shownValue(value)}, not a list`
  const names = new Set<string>()
  for (const [index, item] of value.entries()) {
    if (typeof item !== 'object' || item === null)
      return `item ${index} is ${shownValue(item)}, not an object`
    const { name, pattern } = item as { name?: unknown; pattern?: unknown }
    const call = (item as Record<string, unknown>)[fn]
    if (typeof name !== 'string' || name.trim() === '')
      return `item ${index} has no name (a non-empty string)`
    if (names.has(name)) return `two items are named '${name}'; give each its own name`
    names.add(name)
    if (fn === 'extract' && !(pattern instanceof RegExp)) return `'${name}' has no pattern (a RegExp)`
    if (fn === 'extract' && !(pattern as RegExp).global) {
      return `the pattern of '${name}' has no g flag; write /.../g`
    }
    // A sticky pattern matches only where the last match ended: from the statement's start it
    // found nothing past the first gap, silently.
    if (fn === 'extract' && (pattern as RegExp).sticky) {
      return `the pattern of '${name}' has the y (sticky) flag, which finds nothing past the first non-match; drop the y`
    }
    if (typeof call !== 'function') return `'${name}' has no ${fn} function`
  }
  return ''
}

const languageSets = [
  'titles',
  'contextAbbreviations',
  'numberAbbreviations',
  'monthAbbreviations',
  'timeAbbreviations',
  'roleTitles',
  'neverFinal',
  'sentenceOpeners',
  'clauseSubjects',
  'irregularSpeechVerbs',
  'notSpeechVerbs',
] as const

/** The fields of abbreviations, written without their last dot ('a.m', 'cmdt'). */
const abbreviationSets: ReadonlySet<string> = new Set([
  'titles',
  'contextAbbreviations',
  'numberAbbreviations',
  'monthAbbreviations',
  'timeAbbreviations',
  'neverFinal',
])

/** What is wrong with a `Language` record, or '' when nothing. */
function languageProblem(value: unknown): string {
  if (typeof value !== 'object' || value === null) return `received ${shownValue(value)}`
  const record = value as Readonly<Record<string, unknown>>
  if (typeof record.code !== 'string' || record.code === '')
    return "its code (a BCP 47 tag such as 'en') is missing"
  const lowerCase = (words: Iterable<unknown>, field: string): string => {
    for (const word of words) {
      if (typeof word !== 'string' || word.trim() === '')
        return `'${field}' holds ${shownValue(word)}, not a word`
      if (word !== word.toLowerCase()) return `'${field}' holds '${word}'; entries are lower-case`
      // Entries are compared with words cut from the text, so ' cmdt' or 'cmdt.' never matched.
      if (word !== word.trim()) return `'${field}' holds '${word}'; write it without the spaces around it`
      if (abbreviationSets.has(field) && word.endsWith('.')) {
        return `'${field}' holds '${word}'; write abbreviations without their last dot ('${word.slice(0, -1)}')`
      }
    }
    return ''
  }
  for (const field of languageSets) {
    const words = record[field]
    if (!(words instanceof Set)) return `'${field}' is ${shownValue(words)}, not a Set of words`
    const problem = lowerCase(words, field)
    if (problem !== '') return problem
  }
  if (!Array.isArray(record.speechVerbs))
    return `'speechVerbs' is ${shownValue(record.speechVerbs)}, not a list`
  return lowerCase(record.speechVerbs, 'speechVerbs')
}

const extensionList = <T>(
  doc: string,
  fn: 'extract' | 'refine',
  expected: string,
): OptionSpec<T[], never> => ({
  default: [],
  shown: '`[]`',
  doc,
  expected,
  valid: (value) => extensionProblem(value, fn) === '',
  problem: (value) => extensionProblem(value, fn),
  schema: null,
  config: 'code',
})

/**
 * Every option, in the order `report.options` lists them. The `Options` type is made from its
 * entries (each entry's doc comment is the option's) and `ResolvedOptions` from those it records;
 * the JSON Schema and the README table are generated from it: adding an option is one entry.
 *
 * @example
 * optionSpecs.threshold.default //=> 0.59
 */
export const optionSpecs = {
  /** Input format when an input does not say. Default: detected per input. */
  format: option<InputFormat, InputFormat | null>({
    default: null,
    shown: 'detected',
    doc: 'input format for articles that do not say',
    expected: "one of 'text', 'markdown', 'html'",
    valid: (value) => typeof value === 'string' && formats.includes(value),
    schema: { oneOf: [{ type: 'null' }, { $ref: '#/definitions/InputFormat' }] },
    config: true,
  }),
  /** Statement units: whole sentences, or clauses of long compound sentences. Default `'sentence'`. */
  granularity: option<'sentence' | 'clause'>({
    default: 'sentence',
    shown: "`'sentence'`",
    doc: "`'clause'` splits long compound sentences at `;` and `, and/but ...`",
    expected: "'sentence' or 'clause'",
    valid: (value) => value === 'sentence' || value === 'clause',
    schema: { enum: ['sentence', 'clause'] },
    config: true,
  }),
  /** Largest accepted input, in UTF-16 code units. Default 16 777 216 (16 Mi). */
  maxInputLength: option<number>({
    default: 16 * 1024 * 1024,
    shown: '16 777 216',
    doc: 'largest article in UTF-16 code units (`E_INPUT_TOO_LARGE` above)',
    expected: 'a positive whole number of characters',
    valid: (value) => Number.isInteger(value) && (value as number) >= 1,
    schema: { type: 'integer', minimum: 1 },
    config: true,
  }),
  /** Extra outlet names recognised as citation markers ('AP News2'). Default: none beyond the built-in list. */
  outletMarkers: option<string[]>({
    default: [],
    shown: '`[]`',
    doc: "outlet names recognised as citation markers beyond the built-in list ('Harbour Herald3')",
    expected: 'a list of non-empty outlet names',
    valid: (value) =>
      Array.isArray(value) && value.every((marker) => typeof marker === 'string' && marker.trim() !== ''),
    schema: { type: 'array', items: { type: 'string' } },
    config: true,
    record: (value) => [...(value as string[])],
  }),
  /** Reference date (ISO 8601) for relative dates when an article has no `publishedAt`. Default: none. */
  referenceDate: option<string, string | null>({
    default: null,
    shown: 'none',
    doc: 'anchors relative dates when an article has no `publishedAt`',
    expected: "an ISO 8601 date such as '2025-05-09'",
    valid: (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value)),
    schema: { type: ['string', 'null'] },
    config: true,
  }),
  /**
   * Smallest link score at which a statement joins a claim (see `align`). Default 0.59: ECB+
   * dev claim links (`node scripts/eval/ecb-align.mjs --threshold T`, 2026-12-01) give
   * precision / recall 0.787 / 0.268 at 0.58, 0.807 / 0.265 at 0.585, 0.809 / 0.268 at 0.59,
   * 0.813 / 0.268 at 0.5925, 0.812 / 0.262 at 0.595, 0.814 / 0.249 at 0.6 and 0.782 / 0.252 at
   * 0.605: 0.6 stood at the edge of a drop, 0.59 inside a plateau. Readers' judged claims
   * (`judged-claims.mjs`) kept at precision 0.710 (0.703 at 0.6), `corroborated` one fact 0.920
   * (0.907); the same 8 disputed claims in `judge-sample.mjs OUT 51`.
   */
  threshold: fraction(
    "smallest link score (the mean of a statement's best and average link score against a claim's members) at which it joins the claim",
    0.59,
  ),
  /**
   * Smallest weakest link (`Claim.weakestLink`) at which a claim of several articles that is
   * not disputed is 'corroborated'; below it the claim is 'related', unless every outlet gives
   * one figure that agrees or is compatible, confidently (`agreesEverywhere`). Default:
   * `threshold` + 0.15, at most 1 (0.74 with the model), recorded as null. 0 calls every such
   * claim corroborated.
   */
  corroborationThreshold: option<number, number | null>({
    default: null,
    shown: '`threshold` + 0.15 (at most 1)',
    doc: "smallest link score between every two of a claim's outlets at which it is 'corroborated' (below: 'related', unless every outlet gives one figure that agrees)",
    expected: 'a number from 0 to 1',
    valid: unitInterval,
    schema: { type: ['number', 'null'], minimum: 0, maximum: 1 },
    config: true,
    addedIn: '2.1.0',
  }),
  /** Let one article put several statements into one claim. Default false. */
  manyToOne: flag("let one outlet's two statements join one claim"),
  /** Replace the lexical similarity with your own scorer (sync for `compare`). */
  similarity: option<SimilarityFunction, 'lexical' | 'custom'>({
    default: 'lexical',
    shown: 'the model',
    doc: '`(a, b) => number \\| Promise<number>`: your scorer or embedding similarity, instead of the same-statement model',
    expected: 'a function (a, b) => number',
    valid: (value) => typeof value === 'function',
    schema: { enum: ['lexical', 'custom'] },
    config: 'code',
    record: () => 'custom',
  }),
  /** Relative width of an 'about' hedge: 'about 9,000' is 9,000 ± this share. Default 0.1. */
  hedgeTolerance: fraction("'about 9,000' covers 9,000 ± 10 %", 0.1),
  /** Relative gap that rounding explains between an exact and a round figure. Default 0.05. */
  roundingTolerance: fraction('the relative gap rounding can explain between two exact figures', 0.05),
  /** Count bare years and dates as figures in `checkFigures`. Default false. */
  datesAreFigures: flag('`checkFigures` also flags bare years and dates'),
  /**
   * Smallest rounding step (power of ten) at which rounding may explain a gap between two whole
   * numbers. Default 100: '9,000' and '9,040' are a rounding, '40' and '41' dead diverge. Lower
   * it to forgive small counts, raise it to forgive fewer.
   */
  minRoundingStep: option<number>({
    default: 100,
    shown: '100',
    doc: 'smallest rounding step between whole numbers: 9,000 / 9,040 are compatible, 40 / 41 dead are not',
    expected: 'a positive number',
    valid: positive,
    schema: { type: 'number', exclusiveMinimum: 0 },
    config: true,
  }),
  /**
   * Jaro-Winkler similarity, 0..1, at which two spellings are one name (whole name and last
   * word). Default 0.93: 'Zelensky' and 'Zelenskyy' are one person. Alignment folds spelling
   * variants of the event's names with the same threshold. Higher keeps more spellings apart.
   */
  nameSimilarity: fraction(
    'Jaro-Winkler similarity at which two spellings are one name (Zelensky / Zelenskyy), in alignment and in comparison',
    0.93,
  ),
  /**
   * Largest ratio between two figures matched without a known subject (each the one figure of its
   * kind in its statement). Default 10: '12' and '14' dead are compared, 'about 400,000' residents
   * and 'at least nine' missing are not. Lower it to compare fewer subjectless figures.
   */
  wildcardMaxRatio: option<number>({
    default: 10,
    shown: '10',
    doc: 'two figures without a subject are compared only within this factor of each other',
    expected: 'a positive number',
    valid: positive,
    schema: { type: 'number', exclusiveMinimum: 0 },
    config: true,
  }),
  /**
   * Word overlap, 0..1 (Jaccard of content-word stems), at which two quotes with an unknown
   * speaker are one quote, perhaps reworded. Default 0.5. Higher compares fewer quotes.
   */
  quoteOverlap: fraction('word overlap at which two quotes without a shared speaker are one quote', 0.5),
  /**
   * Word overlap, 0..1, at which two quotes by the same speaker are one quote, reworded.
   * Default 0.2 (lower than `quoteOverlap`: the speaker already ties them). Higher compares fewer.
   */
  sameSpeakerQuoteOverlap: fraction(
    'word overlap at which two quotes of one speaker are one quote (else two remarks)',
    0.2,
  ),
  /**
   * Smallest `confidence`, 0..1, at which a diverging comparison is a conflict: it makes the claim
   * `disputed` and its finding an error (counts, money, percentages, quantities) or warning.
   * Below it the conflict is possible: a note that `--fail-on diverge` ignores. Default 0.5.
   */
  minConflictConfidence: fraction(
    "smallest comparison `confidence` at which a divergence disputes its claim; below it a 'possible conflict' (a note that `--fail-on diverge` ignores)",
    0.5,
  ),
  /**
   * Milliseconds one call of an async `similarity` hook may take in `compareAsync` and
   * `alignAsync` before they fail with 'E_ASYNC_HOOK' (Infinity: no limit). Default 30,000.
   * Not in `ResolvedOptions`: it changes no result.
   */
  similarityTimeout: option<number, never>({
    default: 30_000,
    shown: '30 000',
    doc: 'milliseconds an async `similarity` hook may take per batch of calls (`E_ASYNC_HOOK` past it; `Infinity`: no limit)',
    expected: 'a positive number of milliseconds (or Infinity)',
    valid: (value) => typeof value === 'number' && !Number.isNaN(value) && value > 0,
    schema: null,
    config: 'unread',
  }),
  /**
   * Smallest similarity (mean TF-IDF cosine of their texts) at which `groupByEvent` puts
   * articles in one event. Default 0.1. Not used by `compare`, so not in `ResolvedOptions`.
   */
  eventThreshold: option<number, never>({
    default: 0.1,
    shown: '0.1',
    doc: '`groupByEvent`: document similarity at which articles are one event',
    expected: 'a number from 0 to 1',
    valid: unitInterval,
    schema: null,
    config: 'unread',
  }),
  /**
   * Detail extractors of your own, run beside the built-in ones (see `DetailExtractor` and
   * docs/extending.md). Default: none. Not in `ResolvedOptions`.
   */
  extractors: extensionList<DetailExtractor>(
    'your own detail extractors `{ name, pattern, extract(match, text) }`, run beside the built-in ones (docs/extending.md)',
    'extract',
    'a list of extractors { name, pattern: a RegExp with the g flag, extract(match, text) }',
  ),
  /** Clean-up passes of your own, run after the built-in refiners in order. Default: none. */
  refiners: extensionList<DetailRefiner>(
    'your own clean-up passes `{ name, refine(candidates, text) }`, run after the built-in ones (docs/extending.md)',
    'refine',
    'a list of refiners { name, refine(candidates, text) }',
  ),
  /**
   * The words segmentation and speaker cues read: abbreviations, titles, sentence openers,
   * clause subjects, speech verbs (see `Language`). Default: `english`. Extend it with a spread,
   * `{ ...english, titles: new Set([...english.titles, 'supt']) }`. Not in `ResolvedOptions`.
   */
  language: option<Language, never>({
    default: english,
    shown: '`english`',
    doc: 'the words segmentation and speaker cues read: abbreviations, titles, sentence openers, speech verbs (`Language`)',
    expected: 'a Language record like english (a code and lower-case word Sets)',
    valid: (value) => languageProblem(value) === '',
    problem: languageProblem,
    schema: null,
    config: 'code',
  }),
} satisfies Readonly<Record<string, OptionSpec<never, unknown>>>

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
    const spec: OptionSpec = optionSpecs[name]
    const value = given[name]
    // null stands for 'not given' for every option but the similarity hook, which must be a function.
    const absent = value === undefined || (value === null && name !== 'similarity')
    if (!absent && !spec.valid(value)) throw optionError(name, value, spec)
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
  if (!spec.valid(value)) throw optionError(name, value, spec)
  return value as NonNullable<Options[K]>
}

/**
 * The first of `extractors`, `refiners` and `language` that `options` give: code and Sets, which
 * neither a worker thread nor a queue can carry. Undefined when none is given.
 */
export function extensionOption(options: Options): 'extractors' | 'refiners' | 'language' | undefined {
  return (['extractors', 'refiners', 'language'] as const).find((name) => options[name] != null)
}

/** The option names a `--config` file may set, in order. */
export const configKeys: readonly (keyof Options)[] = optionNames.filter(
  (name) => optionSpecs[name].config === true,
)

function copy(value: unknown): unknown {
  return Array.isArray(value) ? [...value] : value
}

function unknownOption(name: string): CorroborateError {
  const hint = typoHint(name, optionNames, ` Options are ${optionNames.join(', ')}.`)
  return new CorroborateError('E_OPTION', `Unknown option '${name}'.${hint}`, name)
}

function optionError(name: string, value: unknown, spec: OptionSpec): CorroborateError {
  const shown = typeof value === 'string' ? `'${value}'` : String(value)
  const problem = spec.problem === undefined ? `received ${shown}` : spec.problem(value)
  return new CorroborateError('E_OPTION', `Option '${name}' must be ${spec.expected}; ${problem}.`, shown)
}

function shownValue(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object' && value !== null) return 'an object'
  return String(value)
}

export { corroborationMargin, corroborationThresholdOf } from './corroboration-threshold.js'
