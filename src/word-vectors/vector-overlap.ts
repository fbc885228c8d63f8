import { rarity } from '../text/rarity.js'
import { checkWordVectorArguments, rowCosine, type WordVectors } from './table.js'

// Letters and digits, with inner apostrophes and hyphens kept ("didn't", "well-known").
const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

/** The distinct lower-case words of a text, with their rarity in general English as weight. */
function weightedWords(text: string): Map<string, number> {
  const words = new Map<string, number>()
  for (const [word] of text.toLowerCase().replaceAll('’', "'").matchAll(wordPattern)) {
    if (words.has(word)) continue
    const weight = rarity(word)
    if (weight > 0) words.set(word, weight)
  }
  return words
}

/** Rarity-weighted share of `from`'s words that have a close word in `to`. */
function coverage(table: WordVectors, from: Map<string, number>, to: Map<string, number>): number {
  let total = 0
  let matched = 0
  const targets = [...to.keys()].map((word) => [word, table.rows.get(word)] as const)
  for (const [word, weight] of from) {
    total += weight
    if (to.has(word)) {
      matched += weight
      continue
    }
    const row = table.rows.get(word)
    if (row === undefined) continue
    let best = 0
    for (const [, other] of targets)
      if (other !== undefined) best = Math.max(best, rowCosine(table, row, other))
    matched += weight * best
  }
  return total === 0 ? 0 : matched / total
}

/**
 * How closely two texts' words match in meaning, 0..1: each word of one text is matched to
 * the closest word of the other (cosine of their vectors, 1 for the same word, 0 for a word
 * with no vector), weighted by its rarity in general English (`rarity`, so 'the' counts
 * nothing and 'wreckage' three), and the two directions are combined as their harmonic
 * mean. Symmetric and deterministic; 0 when either text has no weighted word.
 * `CorroborateError` 'E_INPUT_TYPE' without a table or two texts.
 *
 * @example
 * import { loadWordVectors } from './load.js'
 * const table = await loadWordVectors()
 * vectorOverlap(table, 'Crews pulled 40 survivors from the wreckage.',
 *               'Rescue teams freed 40 people trapped under debris.') //=> 0.74
 */
export function vectorOverlap(table: WordVectors, a: string, b: string): number {
  checkWordVectorArguments('vectorOverlap', table, [a, b], 'texts')
  const left = weightedWords(a)
  const right = weightedWords(b)
  const forward = coverage(table, left, right)
  const backward = coverage(table, right, left)
  return forward + backward === 0 ? 0 : (2 * forward * backward) / (forward + backward)
}
