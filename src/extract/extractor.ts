import { english } from '../language/english.js'
import type { Language } from '../language/language.js'
import type { DetailCandidate, DetailKind, DetailValue } from '../types.js'
import { englishSpeechPatterns, type SpeechPatterns, speechPatterns } from './patterns.js'

/** Where relative dates are anchored: the article's publication date, or none. */
export interface ExtractContext {
  /** ISO 8601 date or date-time; null when unknown (relative dates then stay readable words). */
  referenceDate: string | null
  /** The words the extractors read: the speech verbs that cue quotes (default: `english`). */
  language?: Language
  /** The patterns of `language`'s speech verbs, compiled once per call (default: compiled here). */
  speech?: SpeechPatterns
  /** Extractors run after the built-in ones (`options.extractors`, wrapped). Default: none. */
  extractors?: readonly Extractor[]
  /** Refiners run after the built-in ones (`options.refiners`, wrapped). Default: none. */
  refiners?: readonly Refiner[]
}

/**
 * What the extractors of one statement share while they read it: the `ExtractContext` and a
 * memo that lives exactly as long as that one statement (which lines of its text are in Title
 * Case). Made fresh by `statementContext` for every statement, so no state outlives a call.
 */
export interface StatementContext extends ExtractContext {
  readonly language: Language
  /** The patterns of the language's speech verbs. */
  readonly speech: SpeechPatterns
  /** Line start -> whether that line is a Title Case heading; filled as lines are measured. */
  readonly titleCaseLines: Map<number, boolean>
}

/** A fresh `StatementContext` for one statement. */
export function statementContext(context: ExtractContext): StatementContext {
  const language = context.language ?? english
  const speech = context.speech ?? (language === english ? englishSpeechPatterns : speechPatterns(language))
  return { referenceDate: context.referenceDate, language, speech, titleCaseLines: new Map() }
}

/**
 * A detail while the extract stage works on it (the public `DetailCandidate`): offsets index the
 * statement's display text (not yet the raw input). The fields of quotes, attributions and dates
 * (`KindFields`) may be left out here for null, so an extractor of counts need not spell four
 * nulls; `completeCandidate` fills them where a candidate leaves the stage (to a user's refiner,
 * or as a `Detail`). `preferred` marks a user extractor's candidate, which wins a tie with a
 * built-in one over the same words.
 */
export interface Candidate
  extends Omit<DetailCandidate, KindFields>,
    Partial<Pick<DetailCandidate, KindFields>> {
  preferred?: true
}

/** The fields of `DetailFields` that only some kinds of detail have. */
type KindFields = 'source' | 'cue' | 'granularity' | 'implied'

/**
 * A candidate with no unit, hedge or subject yet (the refiners may attach a hedge or a subject
 * later), and the fields of its kind: a quote's or an attribution's `source` and `cue`, a
 * date's `granularity` and `implied`. The one shape the name, date, ordinal, quote and
 * attribution extractors make.
 *
 * @example
 * bareCandidate('attribution', 20, 31, 'police', 'attribution', { source: 'police', cue: 'said' })
 * //=> { kind: 'attribution', start: 20, end: 31, value: 'police', unit: null, hedge: null,
 * //     subject: null, source: 'police', cue: 'said', extractor: 'attribution' }
 */
export function bareCandidate(
  kind: DetailKind,
  start: number,
  end: number,
  value: DetailValue,
  extractor: string,
  fields: Partial<Pick<DetailCandidate, KindFields>> = {},
): Candidate {
  return { kind, start, end, value, unit: null, hedge: null, subject: null, ...fields, extractor }
}

/**
 * `candidate` as the public `DetailCandidate`: every field present, null where it has no value
 * (the `preferred` mark is dropped).
 */
export function completeCandidate(candidate: Candidate): DetailCandidate {
  const { preferred: _preferred, ...rest } = candidate
  return {
    ...rest,
    source: candidate.source ?? null,
    cue: candidate.cue ?? null,
    granularity: candidate.granularity ?? null,
    implied: candidate.implied ?? null,
  }
}

/** Candidates that overlap each other are resolved within their layer only. */
export type Layer = 'figure' | 'name' | 'speech'

/** The layer of a detail kind. */
export function layerOf(kind: DetailKind): Layer {
  if (kind === 'person' || kind === 'organization' || kind === 'place') return 'name'
  if (kind === 'quote' || kind === 'attribution') return 'speech'
  return 'figure'
}

/**
 * One extractor, chrono-style: `pattern()` finds where a detail may be, `extract()` reads it
 * from the match (or says no with null). Extractors never see each other's results; refiners
 * resolve overlaps and attach hedges and subjects afterwards.
 */
export interface Extractor {
  name: string
  /** A global regular expression from patterns.ts (one of the statement's language, for words). */
  pattern(context: StatementContext): RegExp
  extract(text: string, match: RegExpExecArray, context: StatementContext): Candidate | Candidate[] | null
  /**
   * A pattern (not global) that finds something in every text `pattern()` matches in: a word
   * every match holds ('old' for '34 years old'). Where it finds nothing the runner skips the
   * scan. Optional; for patterns whose matches all need one of a few literal words.
   */
  cue?: RegExp
}

/** A clean-up pass over all candidates of one statement. */
export type Refiner = (candidates: Candidate[], text: string, context: ExtractContext) => Candidate[]

/**
 * Runs one extractor over `text` and collects its candidates in source order. The extractor's
 * pattern is global; its `lastIndex` is reset before and after the scan, so nothing carries
 * over from one call to the next (and no pattern is compiled per statement). A text without
 * the extractor's `cue` is not scanned.
 */
export function runExtractor(extractor: Extractor, text: string, context: StatementContext): Candidate[] {
  const pattern = extractor.pattern(context)
  if (!pattern.global) throw new TypeError(`The pattern of extractor '${extractor.name}' must be global.`)
  if (extractor.cue !== undefined && !extractor.cue.test(text)) return []
  const found: Candidate[] = []
  pattern.lastIndex = 0
  try {
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      if (match[0] === '') {
        // Past the empty match by one character: a whole surrogate pair under the u or v flag,
        // whose patterns step a lastIndex inside a pair back to its start (one unit looped).
        pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'))
        continue
      }
      // The scan resumes where the match ended even if extract() moved lastIndex (a user's
      // extract that reset it to 0 rescanned the statement for ever).
      const next = pattern.lastIndex
      const result = extractor.extract(text, match, context)
      pattern.lastIndex = next
      if (result === null) continue
      // One by one: spreading an array of a few hundred thousand dates (chrono reads a long
      // statement in one call) into push's arguments overflowed the stack.
      if (Array.isArray(result)) for (const candidate of result) found.push(candidate)
      else found.push(result)
    }
  } finally {
    pattern.lastIndex = 0
  }
  return found
}

/** The index after the character at `index`: two code units for an astral one read by a u or v pattern. */
function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1
  const code = text.charCodeAt(index)
  return code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1
}
