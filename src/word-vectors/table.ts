import { CorroborateError } from '../errors.js'

/**
 * Word vectors as corroborate keeps them in memory: each word's vector scaled to unit length
 * and quantised to one signed byte per dimension with one scale per word, so 50,000 words of
 * 100 dimensions take 5 MB instead of 40 MB of doubles, and a cosine is one integer dot
 * product times two scales. Lookups go through a `Map`, so a word like 'constructor' is just
 * a word.
 */
export interface WordVectors {
  /** Dimensions of every vector. */
  readonly dimensions: number
  /** Row of each word (lower case) in `values` and `scales`. */
  readonly rows: ReadonlyMap<string, number>
  /** `rows.size * dimensions` quantised components, row after row. */
  readonly values: Int8Array
  /** Per row: the factor that turns the quantised components back into a unit vector. */
  readonly scales: Float32Array
}

/**
 * Throws `CorroborateError` 'E_INPUT_TYPE' unless `table` is a `WordVectors` table and `texts`
 * are strings: what `wordCosine` and `vectorOverlap` check first, so that a call with a missing
 * argument says what to pass instead of failing inside.
 */
export function checkWordVectorArguments(
  fn: string,
  table: unknown,
  texts: readonly unknown[],
  what: string,
): void {
  const rows = (table as { rows?: unknown } | null | undefined)?.rows
  if (!(rows instanceof Map)) {
    throw new CorroborateError(
      'E_INPUT_TYPE',
      `${fn} expects a word-vector table first; pass the result of loadWordVectors() or quantiseVectors().`,
    )
  }
  if (texts.some((text) => typeof text !== 'string')) {
    throw new CorroborateError('E_INPUT_TYPE', `${fn} expects two ${what} after the table.`)
  }
}

/**
 * Quantises float vectors into a `WordVectors` table; a word listed twice keeps its first
 * vector, and an all-zero vector is left out (it has no direction). Throws `CorroborateError`
 * 'E_INPUT_TYPE' when `entries` is not iterable or a vector's length differs from the first's.
 *
 * @example
 * const table = quantiseVectors([['cat', [1, 0]], ['dog', [0.8, 0.6]]])
 * wordCosine(table, 'cat', 'dog') //=> 0.80
 */
export function quantiseVectors(entries: Iterable<readonly [string, ArrayLike<number>]>): WordVectors {
  const words: string[] = []
  const vectors: ArrayLike<number>[] = []
  const rows = new Map<string, number>()
  let dimensions = 0
  if (
    typeof (entries as { [Symbol.iterator]?: unknown } | null | undefined)?.[Symbol.iterator] !== 'function'
  ) {
    throw new CorroborateError(
      'E_INPUT_TYPE',
      "quantiseVectors expects [word, vector] pairs, such as [['cat', [1, 0]], ['dog', [0.8, 0.6]]].",
    )
  }
  for (const [word, vector] of entries) {
    if (rows.has(word)) continue
    if (dimensions === 0) dimensions = vector.length
    if (vector.length !== dimensions)
      throw new CorroborateError(
        'E_INPUT_TYPE',
        `word vector of '${word}' has ${vector.length} dimensions, not ${dimensions} as the first; give every word vectors of one length.`,
      )
    let norm = 0
    for (let i = 0; i < dimensions; i++) norm += (vector[i] as number) ** 2
    if (norm === 0) continue
    rows.set(word, words.length)
    words.push(word)
    vectors.push(vector)
  }
  const values = new Int8Array(words.length * dimensions)
  const scales = new Float32Array(words.length)
  for (let row = 0; row < words.length; row++) {
    const vector = vectors[row] as ArrayLike<number>
    let norm = 0
    let largest = 0
    for (let i = 0; i < dimensions; i++) {
      const x = vector[i] as number
      norm += x * x
      largest = Math.max(largest, Math.abs(x))
    }
    norm = Math.sqrt(norm)
    const step = largest / norm / 127
    for (let i = 0; i < dimensions; i++)
      values[row * dimensions + i] = Math.round((vector[i] as number) / norm / step)
    scales[row] = step
  }
  return { dimensions, rows, values, scales }
}

/**
 * Cosine of two words' vectors, -1..1, or `undefined` when either word has no vector.
 * `CorroborateError` 'E_INPUT_TYPE' without a table or two words.
 *
 * @example
 * import { loadWordVectors } from './load.js'
 * wordCosine(await loadWordVectors(), 'wreckage', 'debris') //=> 0.82
 */
export function wordCosine(table: WordVectors, left: string, right: string): number | undefined {
  checkWordVectorArguments('wordCosine', table, [left, right], 'words')
  const a = table.rows.get(left)
  const b = table.rows.get(right)
  if (a === undefined || b === undefined) return undefined
  return rowCosine(table, a, b)
}

/** Cosine of two rows of a table. */
export function rowCosine(table: WordVectors, a: number, b: number): number {
  const { dimensions, values, scales } = table
  let dot = 0
  const offsetA = a * dimensions
  const offsetB = b * dimensions
  for (let i = 0; i < dimensions; i++)
    dot += (values[offsetA + i] as number) * (values[offsetB + i] as number)
  return dot * (scales[a] as number) * (scales[b] as number)
}
