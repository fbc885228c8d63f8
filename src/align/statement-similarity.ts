import { CorroborateError } from '../errors.js'
import { extractDetails } from '../extract/index.js'
import { resolveOptions } from '../options.js'
import type { Detail, Options, Statement } from '../types.js'
import {
  interner,
  type PairFeatures,
  pairFeatures,
  profileOf,
  profileStore,
  type StatementProfile,
} from './pair-features.js'
import { probability, similarityModel } from './similarity-model.js'
import { similarityFeatures } from './text-features.js'
import {
  type EventWords,
  eventLookups,
  eventWords,
  memoStemmer,
  splitWords,
  statementTokens,
  type WordsOf,
  wordsMemo,
} from './tokens.js'

/**
 * How likely two statements of different outlets state the same fact, 0..1, for a
 * researcher's own pairs. A logistic regression over rarity-weighted word overlap (rarity in
 * general English, from SUBTLEX-US), shared names, shared figures, dates and word pairs, and
 * length (short statements need more evidence), the pair features `align` uses, plus features
 * of the two texts (src/align/text-features.ts: words only one side has, a negation only one
 * has, letter 4-gram overlap, names only each has, numbers only one gives, the rarest word and
 * the rarity both share, rare words only one has, weekdays that differ or match, the
 * difference in length, words only one side writes whose WordNet synonym the other has:
 * 'noon' / 'midday') and their products with the letter overlap and the shorter text's
 * length. It reads its own fitted model, `similarityModel`, not the statement model `align` averages into its link scores: the text features rank pairs better
 * (dev pair AUC, cross-validated, in the README) but `align`'s claims are tuned on the
 * statement model. Fitted on public labelled news pairs (ECB+, NAnCo, MRPC dev halves) by
 * `scripts/fit-similarity.mjs`; see src/align/similarity-model.ts. A figure both give is
 * evidence of one fact; a figure only one text gives, or that differs, is no evidence against
 * it by itself (its features are sign-bounded: they may only count for a link), so two outlets
 * disagreeing on a death toll in otherwise the same words still score high. Symmetric and deterministic. Throws
 * `CorroborateError` 'E_INPUT_TYPE' when either text is not a string, and 'E_OPTION' for bad
 * options. Empty texts score 0.
 *
 * @example
 * similarity('Rescuers pulled 40 survivors from the wreckage by midday.',
 *            'Rescue teams freed 40 people trapped in the wreckage by noon.') //=> 0.79
 * similarity('The bridge reopened on Monday.', 'Schools stayed shut across the city.') //=> 0.11
 */
export function similarity(a: string, b: string, options?: Options): number {
  resolveOptions(options)
  if (typeof a !== 'string' || typeof b !== 'string') {
    throw new CorroborateError('E_INPUT_TYPE', 'similarity expects two strings; pass the statements’ text.')
  }
  if (a.trim() === '' || b.trim() === '') return 0
  const left = textStatement(a, 'a', extractDetails(a, options))
  const right = textStatement(b, 'b', extractDetails(b, options))
  return statementSimilarity(left, right)
}

/**
 * The score of `similarity` for two statements scored on their own (names read from the two
 * alone): `similarityModel` over their pair features and the features of their texts
 * (src/align/text-features.ts). The word-vector scorer combines it with its vectors.
 */
export function statementSimilarity(first: Statement, second: Statement): number {
  // One order for either argument order: sums over one side's words add up in that side's
  // order, and floating-point addition is not associative.
  const [left, right] = first.text <= second.text ? [first, second] : [second, first]
  return probability(
    similarityModel,
    similarityFeatures(statementPairFeatures(left, right), left.text, right.text),
  )
}

/**
 * The pair features of two statements scored on their own, as `similarity` scores them:
 * names read from the two statements alone. `scripts/fit-similarity.mjs` fits on these.
 * `wordsOf` lets a caller scoring many pairs of the same statements split each text once
 * (`wordsMemo`).
 */
export function statementPairFeatures(
  left: Statement,
  right: Statement,
  wordsOf: WordsOf = splitWords,
): PairFeatures {
  const event = eventWords([left, right], wordsOf)
  const stemOf = memoStemmer()
  const intern = interner()
  return pairFeatures(
    profileOf(left, event, intern, stemOf, wordsOf),
    profileOf(right, event, intern, stemOf, wordsOf),
  )
}

/**
 * Most profiles `pairFeaturesMemo` keeps of one statement: a statement of a big claim is
 * compared with hundreds of others, and a reading that depends on its first word's case in
 * the other statement can differ for each; kept without bound, they raised the peak memory
 * of one event of 500 articles by about a tenth.
 */
const maxReadings = 4

/** What `pairFeaturesMemo` keeps of one statement. */
interface Profiled {
  /** The names and lower-case words of the statement alone (`eventWords` of it). */
  event: EventWords
  /** The words its tokens depend on (`eventLookups`). */
  lookups: string[]
  /** Its profile for each way a pair's names can read its `lookups` (`readingOf`). */
  profiles: Map<string, StatementProfile>
}

/**
 * `statementPairFeatures` for many pairs drawn from one set of statements (`compare` scores
 * every pair of a claim whose values it weighs): each statement's words are split once and its
 * profile computed once for each distinct way its pairs' names read it (the first
 * `maxReadings` kept), instead of once per pair. The names of a pair are those of the two statements alone, as in
 * `statementPairFeatures`; all profiles share one interner, so sums over shared words may run in
 * another order (a difference in the last bits of a feature at most).
 *
 * @example
 * const [a, b, c] = analyze('Crews freed 40 people. Then 40 people were freed. Crews left.').statements
 * const featuresOf = pairFeaturesMemo()
 * featuresOf(a, b).length //=> 15
 */
export function pairFeaturesMemo(): (left: Statement, right: Statement) => PairFeatures {
  const wordsOf = wordsMemo()
  const stemOf = memoStemmer()
  const intern = interner()
  const store = profileStore()
  const known = new Map<Statement, Profiled>()
  const profiledOf = (statement: Statement): Profiled => {
    let found = known.get(statement)
    if (found === undefined) {
      found = {
        event: eventWords([statement], wordsOf),
        lookups: eventLookups(statement, wordsOf),
        profiles: new Map(),
      }
      known.set(statement, found)
    }
    return found
  }
  return (left, right) => {
    const sides = [profiledOf(left), profiledOf(right)] as const
    let event: EventWords | undefined
    const profile = (statement: Statement, own: Profiled): StatementProfile => {
      const reading = readingOf(own.lookups, sides[0].event, sides[1].event)
      let found = own.profiles.get(reading)
      if (found === undefined) {
        event ??= eventWords([left, right], wordsOf)
        const tokens = statementTokens(statement, event, stemOf, wordsOf)
        // Kept profiles go into the memo's shared store; one that is not kept gets arrays of its own, which die with it.
        const kept = own.profiles.size < maxReadings
        found = profileOf(statement, event, intern, stemOf, wordsOf, tokens, kept ? store : undefined)
        if (kept) own.profiles.set(reading, found)
      }
      return found
    }
    return pairFeatures(profile(left, sides[0]), profile(right, sides[1]))
  }
}

/**
 * How the names of a pair (`eventWords` of its two statements: the names of either that
 * neither writes in lower case) read each word of `lookups`: one character per word, whether
 * it is a name and whether one of the two writes it in lower case.
 */
function readingOf(lookups: readonly string[], a: EventWords, b: EventWords): string {
  let reading = ''
  for (const word of lookups) {
    const common = a.common.has(word) || b.common.has(word)
    const name = !common && (a.names.has(word) || b.names.has(word))
    reading += common ? 'c' : name ? 'n' : '-'
  }
  return reading
}

/** A text as a one-statement article's only statement, with its details. */
export function textStatement(text: string, articleId: string, details: Detail[]): Statement {
  return {
    id: `${articleId}#0`,
    articleId,
    index: 0,
    text,
    kind: 'sentence',
    details,
    citations: [],
    start: 0,
    end: text.length,
    line: 1,
    column: 1,
  }
}
