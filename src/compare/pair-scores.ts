/**
 * A memo of scores of ordered pairs of small ids (0, 1, 2, ... as they are numbered), in one
 * row of doubles per first id that grows with the second: `groupDetails` scores the distinct
 * details of one kind against each other, where a Map keyed by the pair held about 2.5 KB a
 * statement of promoted entries and boxed numbers on an event of 2,000 articles.
 */
export interface PairScores {
  /** The row of each first id; NaN in a row marks a pair not scored yet. */
  rows: (Float64Array | undefined)[]
}

/** A new, empty memo. */
export function pairScores(): PairScores {
  return { rows: [] }
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
  const scores = memo.rows[row]
  return scores === undefined || column >= scores.length ? Number.NaN : scores[column]!
}

/** Keeps `score` for the pair (`row`, `column`); a NaN score is as good as none. */
export function keepScore(memo: PairScores, row: number, column: number, score: number): void {
  let scores = memo.rows[row]
  if (scores === undefined || column >= scores.length) scores = grow(memo, row, column)
  scores[column] = score
}

// The row of `row`, long enough for `column`: at least twice its old length, the rest NaN. The
// old row goes back to the spare rows.
function grow(memo: PairScores, row: number, column: number): Float64Array {
  const old = memo.rows[row]
  let length = Math.max(8, old === undefined ? 0 : old.length * 2)
  while (length <= column) length *= 2
  const scores = spareRow(length)
  if (old !== undefined) {
    scores.set(old)
    keepSpare(old)
  }
  memo.rows[row] = scores
  return scores
}

/**
 * Gives the rows of `memo` back for later memos to reuse, and empties it. Only for a memo no
 * one reads again: `groupDetails` releases its memos once its first pass is done.
 */
export function releaseScores(memo: PairScores): void {
  for (const row of memo.rows) if (row !== undefined) keepSpare(row)
  memo.rows.length = 0
}

/**
 * Rows given back, by length (powers of two from 8), reused by later memos: one event of 2,000
 * articles made 118 MB of rows over its 2,569 memos, each dropped when its memo was, data that
 * lives outside V8's heap until a full collection finds it dead. At most `spareMost` bytes are
 * kept.
 */
const spares = new Map<number, Float64Array[]>()

/** Bytes of the rows in `spares`. */
let spareBytes = 0

/** The most bytes `spares` keeps (8 MB). */
const spareMost = 1 << 23

/** A row of `length` scores, all NaN: a spare one when there is one. */
function spareRow(length: number): Float64Array {
  const spare = spares.get(length)?.pop()
  if (spare === undefined) return new Float64Array(length).fill(Number.NaN)
  spareBytes -= spare.byteLength
  return spare.fill(Number.NaN)
}

function keepSpare(row: Float64Array): void {
  if (spareBytes + row.byteLength > spareMost) return
  let rows = spares.get(row.length)
  if (rows === undefined) {
    rows = []
    spares.set(row.length, rows)
  }
  rows.push(row)
  spareBytes += row.byteLength
}
