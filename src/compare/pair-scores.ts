/**
 * A memo of scores of ordered pairs of small ids (0, 1, 2, ... as they are numbered), in one
 * row of bytes per first id that grows with the second: `groupDetails` scores the distinct
 * details of one kind against each other. A byte is the number of the score in the memo's list
 * of the distinct scores it holds (a kind's scores take a handful of values: 0, 3, 3.5, 5.5 ...),
 * not the score as a double: on an event of 2,000 articles the rows of doubles came to 125 MB
 * over the event (1.5 KB a statement of typed arrays' data, freed only by full collections, and
 * there when the run's memory peaked), a Map keyed by the pair before them to 2.5 KB a statement
 * of promoted entries and boxed numbers.
 */
export interface PairScores {
  /** The row of each first id: 0 for a pair not scored yet, else the number of its score in `values` plus 1. */
  rows: (Uint8Array | undefined)[]
  /** The distinct scores kept, in the order first kept (at most `MAX_CODES`). */
  values: number[]
  /** The number of each score in `values`. */
  codes: Map<number, number>
  /** Scores kept once `values` is full, by first id then second: not met on news text. */
  overflow: Map<number, Map<number, number>> | null
}

// The most distinct scores a row's byte can name; the byte 255 sends the pair to `overflow`.
const MAX_CODES = 254
const OVERFLOW = 255

/** A new, empty memo. */
export function pairScores(): PairScores {
  return { rows: [], values: [], codes: new Map(), overflow: null }
}

/**
 * The kept score of the pair (`row`, `column`), NaN when it has none.
 *
 * @example
 * const memo = pairScores()
 * knownScore(memo, 2, 7) //=> NaN
 * keepScore(memo, 2, 7, 3.5)
 * knownScore(memo, 2, 7) //=> 3.5
 */
export function knownScore(memo: PairScores, row: number, column: number): number {
  const codes = memo.rows[row]
  if (codes === undefined || column >= codes.length) return Number.NaN
  const code = codes[column]!
  if (code === 0) return Number.NaN
  if (code === OVERFLOW) return memo.overflow!.get(row)!.get(column)!
  return memo.values[code - 1]!
}

/** Keeps `score` for the pair (`row`, `column`); a NaN score is as good as none. */
export function keepScore(memo: PairScores, row: number, column: number, score: number): void {
  if (Number.isNaN(score)) return
  let codes = memo.rows[row]
  if (codes === undefined || column >= codes.length) codes = grow(memo, row, column)
  codes[column] = codeOf(memo, row, column, score)
}

// The byte that names `score` in `memo`, numbering it when it is new; OVERFLOW (with the score
// kept in `overflow`) once `MAX_CODES` scores are numbered.
function codeOf(memo: PairScores, row: number, column: number, score: number): number {
  let code = memo.codes.get(score)
  if (code === undefined && memo.values.length < MAX_CODES) {
    memo.values.push(score)
    code = memo.values.length
    memo.codes.set(score, code)
  }
  if (code !== undefined) return code
  memo.overflow ??= new Map()
  let kept = memo.overflow.get(row)
  if (kept === undefined) {
    kept = new Map()
    memo.overflow.set(row, kept)
  }
  kept.set(column, score)
  return OVERFLOW
}

// The row of `row`, long enough for `column`: at least twice its old length, the rest 0 (not scored).
function grow(memo: PairScores, row: number, column: number): Uint8Array {
  const old = memo.rows[row]
  let length = Math.max(16, old === undefined ? 0 : old.length * 2)
  while (length <= column) length *= 2
  const codes = new Uint8Array(length)
  if (old !== undefined) codes.set(old)
  memo.rows[row] = codes
  return codes
}
