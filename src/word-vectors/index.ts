// The optional word-vector signal, `corroborate/word-vectors`: re-exports only. Kept out of
// the main entry so the core stays small and browser-friendly; see docs/word-vectors.md.

export { type LoadOptions, loadWordVectors } from './load.js'
export { type WordVectorOptions, type WordVectorScorer, wordVectorSimilarity } from './similarity.js'
export { quantiseVectors, type WordVectors, wordCosine } from './table.js'
export { vectorOverlap } from './vector-overlap.js'
