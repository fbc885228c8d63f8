/**
 * Every record corroborate produces and every option it takes.
 *
 * All records are plain JSON-serialisable objects. Offsets (`start`, `end`) are UTF-16
 * code-unit indices into the article's raw `text`, end exclusive, so that
 * `text.slice(start, end)` is the exact source span; `line` and `column` are 1-based.
 *
 * Absent values: every field of a record corroborate produces (`Detail`, `DetailCandidate`,
 * `Report` and all within it) is always present, so a consumer can rely on the shape. A field
 * without a value is `null`, also where it applies to some kinds only (a count's `source`, a
 * quote's `granularity`); a flag is `false` when not set. Only what a user writes (`ArticleInput`,
 * `Options`, `ExtractedDetail`) may leave fields out, which then take their default.
 *
 * Who said what, in the terms of attribution research: `source` is who says it (a quote's
 * speaker, an attribution's source, a citation's outlet or person), `cue` the words that
 * introduce it ('said', 'according to'), and the content is what is said (a quote's `value`).
 * The extractor that found a detail is its `extractor`.
 */

import type { detailKinds } from './detail-kinds.js'
import type { OptionSpec, optionSpecs } from './options.js'
import type { FindingRuleId } from './rules.js'

export type { Language } from './language/language.js'

/** Input formats corroborate reads. */
export type InputFormat = 'text' | 'markdown' | 'html'

/** One article as a user hands it in: bare text, or text with metadata. */
export type ArticleInput =
  | string
  | {
      /** Stable id; default `'a1'`, `'a2'`, ... in input order. */
      id?: string
      /** Outlet name as readers know it: `'BBC'`, `'AP News'`. */
      outlet?: string
      title?: string
      url?: string
      /** ISO 8601; anchors relative dates such as 'on Thursday'. */
      publishedAt?: string
      /** Default: detected from the text. */
      format?: InputFormat
      text: string
    }

/** A span of the raw input. */
export interface Span {
  start: number
  end: number
}

/** A span with its 1-based line and column, for people and editors. */
export interface Located extends Span {
  line: number
  column: number
}

/** One place in an article's raw text: 1-based line and column, and the offset they stand for. */
export interface Point {
  line: number
  /** Counted in UTF-16 code units, as `offset` is. */
  column: number
  offset: number
}

/** Where a span starts and ends, as a unist/vfile `Position`: `end` is the point just after it. */
export interface Place {
  start: Point
  end: Point
}

/** What a statement unit is, structurally. `fragment` is page junk, left out of alignment. */
export type StatementKind = 'sentence' | 'heading' | 'list-item' | 'quote' | 'caption' | 'fragment'

/** How a statement is sourced. */
export type CitationKind = 'marker' | 'footnote' | 'link' | 'according-to' | 'said' | 'quote'

/** A source a statement names or points at: an outlet marker, a footnote, a link, a speaker. */
export interface Citation extends Span {
  kind: CitationKind
  /** Who says it: the outlet, person, footnote label or URL. */
  source: string
}

/** Kinds of detail a statement can carry: the keys of `detailKinds` in src/detail-kinds.ts. */
export type DetailKind = keyof typeof detailKinds

/** How a figure is hedged. `range` is an explicit 'between 5 and 7' or '9,000-10,000'. */
export type Hedge = 'about' | 'more-than' | 'less-than' | 'at-least' | 'up-to' | 'range'

/** A closed interval of numbers; `min === max` for an exact figure. */
export interface Interval {
  min: number
  max: number
}

/**
 * The normalised value of a detail:
 * - count, percent, quantity, duration, ordinal: a number, or an interval when hedged or ranged
 *   (percent in percent points: 90% -> 90; duration in seconds; quantity in the unit's base);
 * - money: `{ amount, currency }` where amount is a number or an interval;
 * - date: an ISO date or date-time string ('2025-05-08', '2025-05-08T10:00');
 * - person, organization, place: the canonical name;
 * - quote: the quoted words (the content); attribution: the source's name (as in `source`).
 */
export type DetailValue = number | Interval | string | MoneyValue

/** A money amount in a currency (ISO 4217 code where known). */
export interface MoneyValue {
  amount: number | Interval
  currency: string
}

/**
 * One checkable detail of a statement: a union tagged by `kind`, so `value`'s type follows
 * from the kind (`detail.kind === 'money'` narrows `detail.value` to a `MoneyValue`; see
 * `DetailValue` for what each holds). The other fields are `DetailFields`, the same for every
 * kind.
 */
export type Detail = {
  [K in DetailKind]: DetailFields & { kind: K; value: DetailValueOf[(typeof detailKinds)[K]['value']] }
}[DetailKind]

/** The type of a detail's `value` for each value class a kind has in src/detail-kinds.ts. */
interface DetailValueOf {
  amount: number | Interval
  money: MoneyValue
  text: string
}

/**
 * The fields every `Detail` has whatever its kind: its span, text, unit, hedge and subject, and
 * the fields of quotes, attributions and dates, null on the other kinds.
 */
export interface DetailFields extends Span {
  /**
   * The detail as a reader sees it: the exact source `input.slice(start, end)` when that holds
   * no markup, otherwise its visible characters (`85` for `<b>85</b>`, `about 85 people` for
   * `about **85** people`). `start` and `end` point at its first and last visible character,
   * never at markup around it.
   */
  text: string
  /** 'troops', 'USD', '%', 'km'; null when the detail has no unit. */
  unit: string | null
  hedge: Hedge | null
  /** What the figure counts or measures ('troops', 'people killed'); null when not known. */
  subject: string | null
  /**
   * For quotes and attributions: who says it, the quote's speaker or the attribution's source
   * ('Mayor Ana Ortiz', 'police'; an attribution's `value` is the same name). Null when the text
   * does not name one, and on other kinds.
   */
  source: string | null
  /**
   * For quotes and attributions: the words that introduce it ('said', 'told reporters',
   * 'according to'). Null when there are none, and on other kinds.
   */
  cue: string | null
  /**
   * For dates: the finest unit the text gives: 'decade' ('the 1990s'), 'year' ('2025', 'last
   * year'), 'month' ('February', 'next month'), 'week' ('last week'), 'day' ('Dec. 12',
   * 'Thursday'), 'time' ('Thursday at 10am'). Null on other kinds, and on a date read without
   * it (a span of seasons, '2012-13'; a date of your own extractor that gives none).
   */
  granularity: 'decade' | 'year' | 'month' | 'week' | 'day' | 'time' | null
  /**
   * For dates: the parts of `value` the text leaves out and corroborate chose from the
   * publication date: 'Dec. 12' -> ['year'], 'Thursday' -> ['year', 'month', 'day']. Empty when
   * the text states every part or fixes it exactly ('May 9, 2025', 'last year', 'yesterday').
   * Null on other kinds, and on a date read without it (as `granularity`).
   */
  implied: ('year' | 'month' | 'day')[] | null
}

/**
 * A detail an extractor or refiner proposes for one statement, before corroborate maps its span
 * to the raw input and it becomes a `Detail`. `start` and `end` are UTF-16 code-unit offsets
 * into the statement's display text (the `text` an extractor or refiner is given: markup,
 * citation markers and extra white space removed), end exclusive.
 */
export interface DetailCandidate extends Omit<DetailFields, 'text'> {
  kind: DetailKind
  value: DetailValue
  /** Which extractor made it: a built-in one's name ('count', 'money-prefix') or yours. */
  extractor: string
}

/**
 * What a user extractor or refiner hands back for one detail. `text` must be exactly
 * `statementText.slice(start, end)` (offsets as in `DetailCandidate`), `kind` one of the
 * built-in `DetailKind`s (the set is closed: a vote tally is two `count`s with a `subject`), and
 * `value` of the kind's type (see `DetailValue`): a finite number or an `Interval` for count,
 * percent, quantity, duration and ordinal; a `MoneyValue` for money; a non-empty string for the
 * others. A field left out is null (`unit`, `hedge`, `subject`; `source` and `cue`, which only a
 * quote or an attribution may have; `granularity` and `implied`, which only a date may have),
 * and the refiners fill a null hedge or subject as for built-in details. Anything else is a
 * `CorroborateError` 'E_EXTRACTOR' naming the extractor.
 */
export interface ExtractedDetail
  extends Pick<DetailFields, 'text' | 'start' | 'end'>,
    Partial<Pick<DetailFields, 'unit' | 'hedge' | 'subject' | 'source' | 'cue' | 'granularity' | 'implied'>> {
  kind: DetailKind
  value: DetailValue
  /** Default: the name of the extractor or refiner that returns it. */
  extractor?: string
}

/**
 * A detail extractor of your own, given in `options.extractors` and run beside the built-in
 * ones, chrono-style: every match of `pattern` in a statement's display text is handed to
 * `extract`, which reads it into zero, one or several details. Its details then pass the same
 * refiners as the built-in ones: where two readings of the same words compete (figures with
 * dates, names with names), the longer wins, and on equal spans yours wins over a built-in one.
 *
 * @example
 * // The yes side of a vote tally ('52-48'); docs/extending.md reads both sides.
 * const yes: DetailExtractor = {
 *   name: 'yes-votes',
 *   pattern: /\b(\d{1,3})-\d{1,3}\b/g,
 *   extract: (match) => ({ kind: 'count', text: match[1], start: match.index,
 *     end: match.index + match[1].length, value: Number(match[1]), subject: 'yes vote' }),
 * }
 * extractDetails('The bill passed 52-48.', { extractors: [yes] })[0]
 * //=> { kind: 'count', text: '52', start: 16, end: 18, value: 52, subject: 'yes vote', ... }
 */
export interface DetailExtractor {
  /** Names it in errors and as the `extractor` of its candidates; unique, and no built-in's name. */
  name: string
  /** A global regular expression (flag `g`); its `lastIndex` is reset before and after each statement. */
  pattern: RegExp
  /**
   * Reads one match of `pattern` in `text` (the statement's display text; `match.index` indexes
   * it): details, or null for none. A throw is a `CorroborateError` 'E_EXTRACTOR'.
   */
  extract(match: RegExpExecArray, text: string): ExtractedDetail | ExtractedDetail[] | null
}

/**
 * A clean-up pass of your own, given in `options.refiners`: it runs after the built-in refiners
 * over all candidates of one statement (sorted by `start`, each with its `text`) and returns the
 * ones to keep, changed or new, checked like an extractor's (`ExtractedDetail`).
 */
export interface DetailRefiner {
  /** Names it in errors and as the `extractor` of details it makes without one. */
  name: string
  refine(candidates: (DetailCandidate & { text: string })[], text: string): ExtractedDetail[]
}

/** One statement unit of an article. */
export interface Statement extends Located {
  /** `'<articleId>#<index>'`, for example `'bbc#12'`. */
  id: string
  articleId: string
  /** 0-based position among the article's statements. */
  index: number
  /** Normalised display text: markup, citation markers and extra white space removed. */
  text: string
  kind: StatementKind
  details: Detail[]
  citations: Citation[]
}

/** Counts that describe one article's analysis. */
export interface ArticleStats {
  characters: number
  statements: number
  fragments: number
  details: number
}

/** One analysed article. */
export interface Article {
  id: string
  outlet: string
  title: string | null
  url: string | null
  publishedAt: string | null
  format: InputFormat
  /** The raw input, which every offset indexes. */
  text: string
  statements: Statement[]
  stats: ArticleStats
}

/** Verdict on one detail across the statements of a claim. */
export type ComparisonStatus = 'agree' | 'compatible' | 'diverge' | 'unique'

/**
 * Verdict on a claim as a whole: 'disputed' (outlets conflict on a detail), 'corroborated'
 * (outlets state one fact: every two of its statements from different articles link strongly,
 * see `Claim.weakestLink`), 'related' (outlets' statements linked, but too weakly to call them
 * one fact: often the same person or moment, a different fact), 'single-source' (one article).
 */
export type ClaimStatus = 'corroborated' | 'related' | 'disputed' | 'single-source'

/** One article's value in a detail comparison. */
export interface ComparedValue {
  articleId: string
  statementId: string
  detail: Detail
}

/** A word-level diff part, as jsdiff produces it: words both sides have, or one side's only. */
export interface DiffPart {
  value: string
  /** True when only the second value has these words. */
  added: boolean
  /** True when only the first value has these words. */
  removed: boolean
}

/** The comparison of one detail (a figure, a date, a quote) across a claim's statements. */
export interface DetailComparison {
  kind: DetailKind
  subject: string | null
  status: ComparisonStatus
  values: ComparedValue[]
  /** Word diff of differing quotes, when the values are quotes that differ. */
  diff: DiffPart[] | null
  /** One plain sentence explaining the verdict. */
  reason: string
  /**
   * How sure corroborate is, 0..1, that the compared values are about the same thing (same
   * subject, event verb and time window), so that the verdict holds. A `diverge` below
   * `minConflictConfidence` is a possible conflict: shown, but the claim is not `disputed` for it.
   * 1 for `unique` and names. See docs/comparison-rules.md, section 10.
   */
  confidence: number
  /**
   * True on a diverging quote comparison whose outlets reword one saying without changing a
   * number, a negation or a name, or the source: a misquote, but not a conflict of fact, so it
   * does not dispute its claim and reports show it as a possible conflict. False otherwise.
   */
  reworded: boolean
}

/** Why statements were aligned: the evidence a person can check in a glance. */
export interface Why {
  /** Shared informative terms (stems shown as a readable surface form), heaviest first. */
  terms: string[]
  /** Shared names (people, organisations, places). */
  names: string[]
  /** Shared figure subjects ('troops', 'trade'). */
  subjects: string[]
  /** Human-readable summary, e.g. `shared: parade, troops, Red Square (0.62)`. */
  summary: string
}

/** Statements of different articles that say the same thing. */
export interface Claim {
  id: string
  statementIds: string[]
  articleIds: string[]
  /** Cohesion of the claim, 0..1 (mean pairwise similarity of its statements). */
  score: number
  /**
   * The lowest link score, 0..1, between two of its statements from different articles (every
   * pair in a claim of up to 8 statements; in a larger one, each statement against the 8
   * evenly spread members `score` reads), floored to 4 decimals; 1 for a claim of one article.
   * Below `options.corroborationThreshold` a claim that is not disputed is 'related', not
   * 'corroborated', unless every outlet gives one figure that agrees (`agreesEverywhere`). Null in a report of schema 2.0.0 or older read from a file.
   */
  weakestLink: number | null
  status: ClaimStatus
  comparisons: DetailComparison[]
  why: Why
}

/** Finding rules corroborate reports: the ids of `findingRules` in src/rules.ts. */
export type FindingRule = FindingRuleId

/** Severity of a finding. */
export type Severity = 'error' | 'warning' | 'note'

/** Something a journalist should look at, pointing at an exact span. */
export interface Finding extends Located {
  /** The span's start and end, line and column included (as a vfile message's `place`). */
  place: Place
  rule: FindingRule
  severity: Severity
  articleId: string
  statementId: string
  /** One plain sentence a journalist understands. */
  message: string
}

/** How much of each article the claims cover. */
export interface Coverage {
  /** Statements (not fragments) in the article. */
  statements: number
  /** Statements in a claim with at least one other article. */
  shared: number
  /** Statements only this article has. */
  unique: number
  /** Statements in a disputed claim. */
  disputed: number
}

/** An article as it appears in a report: the analysed `Article`, its coverage in place of its stats. */
export interface ReportArticle extends Omit<Article, 'stats'> {
  coverage: Coverage
}

/** Totals for a whole report. */
export interface ReportStats {
  articles: number
  statements: number
  claims: number
  corroborated: number
  /** Claims of several articles linked too weakly to call one fact (schema 2.1.0; 0 in older reports). */
  related: number
  disputed: number
  singleSource: number
  findings: number
}

/** The whole result of `compare`. */
export interface Report {
  schemaVersion: string
  articles: ReportArticle[]
  claims: Claim[]
  findings: Finding[]
  stats: ReportStats
  /** The effective options, so that a run is reproducible. */
  options: ResolvedOptions
}

/** Output formats of `render`. */
export type RenderFormat = 'json' | 'markdown' | 'html' | 'text' | 'sarif' | 'github' | 'svg'

/**
 * A similarity hook: a score in 0..1 for two statements. May be async (for embeddings), in
 * which case only `compareAsync` and `alignAsync` can use it.
 */
export type SimilarityFunction = (a: Statement, b: Statement) => number | Promise<number>

/**
 * Options of every stage, in one object. Each has a default that serves a newsroom. Made from
 * the option registry, `optionSpecs` in src/options.ts, whose entries document each option.
 */
export type Options = { [K in keyof OptionTable]?: OptionValue<OptionTable[K]> }

/** Options after defaults are applied (the similarity hook is not serialised). */
export type ResolvedOptions = { [K in RecordedOption]: RecordedValue<OptionTable[K]> }

type OptionTable = typeof optionSpecs
type OptionValue<S> = S extends OptionSpec<infer T, unknown> ? T : never
type RecordedValue<S> = S extends OptionSpec<never, infer R> ? R : never
type RecordedOption = {
  [K in keyof OptionTable]: [RecordedValue<OptionTable[K]>] extends [never] ? never : K
}[keyof OptionTable]
