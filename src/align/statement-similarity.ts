import { CorroborateError } from '../errors.js'
import { extractDetails } from '../extract/index.js'
import { resolveOptions } from '../options.js'
import type { Detail, Options, Statement } from '../types.js'
import { interner, type PairFeatures, pairFeatures, profileOf } from './pair-features.js'
import { probability, statementModel } from './similarity-model.js'
import { eventWords, memoStemmer, splitWords, type WordsOf } from './tokens.js'

/**
 * How likely two statements of different outlets state the same fact, 0..1: the
 * same-statement model `align` uses, for a researcher's own pairs. A logistic regression
 * over rarity-weighted word overlap (rarity in general English, from SUBTLEX-US), shared
 * names, shared figures, dates and word pairs, and length (short statements need more
 * evidence), fitted on public labelled news pairs (ECB+, NAnCo, MRPC dev halves) by
 * `scripts/fit-similarity.mjs`; see src/align/similarity-model.ts. A figure both give is
 * evidence of one fact; a figure that differs is no evidence either way, so two outlets
 * disagreeing on a death toll still score high. Symmetric and deterministic. Throws
 * `CorroborateError` 'E_INPUT_TYPE' when either text is not a string, and 'E_OPTION' for bad
 * options. Empty texts score 0.
 *
 * @example
 * similarity('Rescuers pulled 40 survivors from the wreckage by midday.',
 *            'Rescue teams freed 40 people trapped in the wreckage by noon.') //=> 0.58
 * similarity('The bridge reopened on Monday.', 'Schools stayed shut across the city.') //=> 0.14
 */
export function similarity(a: string, b: string, options?: Options): number {
  resolveOptions(options)
  if (typeof a !== 'string' || typeof b !== 'string') {
    throw new CorroborateError('E_INPUT_TYPE', 'similarity expects two strings; pass the statements’ text.')
  }
  if (a.trim() === '' || b.trim() === '') return 0
  const left = textStatement(a, 'a', extractDetails(a, options))
  const right = textStatement(b, 'b', extractDetails(b, options))
  return probability(statementModel, statementPairFeatures(left, right))
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
