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

// The row of `row`, long enough for `column`: at least twice its old length, the rest NaN.
function grow(memo: PairScores, row: number, column: number): Float64Array {
  const old = memo.rows[row]
  let length = Math.max(8, old === undefined ? 0 : old.length * 2)
  while (length <= column) length *= 2
  const scores = new Float64Array(length).fill(Number.NaN)
  if (old !== undefined) scores.set(old)
  memo.rows[row] = scores
  return scores
}
