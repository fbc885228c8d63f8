/**
 * Names of the ordered-overlap features of two texts (see `orderedOverlap`): what the order of
 * their words shares, which the bag-of-words features of text-features.ts do not see.
 */
export const orderedOverlapNames = [
  'bigramsMin',
  'bigramsMax',
  'bleu',
  'commonRun',
  'firstRareShared',
] as const

/** One content word of a text as `orderedOverlap` reads it: its stem and whether it is rare. */
export interface OrderedWord {
  readonly stem: string
  readonly rare: boolean
}

/** The distinct n-grams (stems joined by a space) of a sequence, with their counts. */
function ngrams(stems: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>()
  for (let i = 0; i + n <= stems.length; i++) {
    const gram = stems.slice(i, i + n).join(' ')
    counts.set(gram, (counts.get(gram) ?? 0) + 1)
  }
  return counts
}

/** The share of `x`'s n-grams (clipped counts) that `y` has; null when `x` has none. */
function precision(x: Map<string, number>, y: Map<string, number>): number | null {
  let total = 0
  let matched = 0
  for (const [gram, count] of x) {
    total += count
    matched += Math.min(count, y.get(gram) ?? 0)
  }
  return total === 0 ? null : matched / total
}

/**
 * A BLEU-like score of `x` against `y`: the geometric mean of the 1- to 4-gram precisions,
 * each add-one smoothed (a short sentence without a shared 4-gram is not 0), over the orders
 * `x` is long enough for.
 */
function bleu(x: readonly string[], y: readonly string[]): number {
  let logs = 0
  let orders = 0
  for (let n = 1; n <= 4; n++) {
    const grams = ngrams(x, n)
    const other = ngrams(y, n)
    let total = 0
    let matched = 0
    for (const [gram, count] of grams) {
      total += count
      matched += Math.min(count, other.get(gram) ?? 0)
    }
    if (total === 0) break
    logs += Math.log((matched + 1) / (total + 1))
    orders++
  }
  return orders === 0 ? 0 : Math.exp(logs / orders)
}

/** The length of the longest run of stems both sequences have in the same order, unbroken. */
function longestRun(x: readonly string[], y: readonly string[]): number {
  let best = 0
  let previous = new Array<number>(y.length + 1).fill(0)
  for (let i = 1; i <= x.length; i++) {
    const row = new Array<number>(y.length + 1).fill(0)
    for (let j = 1; j <= y.length; j++) {
      if (x[i - 1] === y[j - 1]) {
        row[j] = previous[j - 1]! + 1
        if (row[j]! > best) best = row[j]!
      }
    }
    previous = row
  }
  return best
}

/**
 * The ordered-overlap features of two texts' content words (`x`, `y`), in the order of
 * `orderedOverlapNames`, and of all their word stems (`xAll`, `yAll`) for the BLEU-like score:
 * - bigramsMin, bigramsMax: the share of each text's content-stem bigrams the other has, the
 *   lower and the higher of the two (0 when a text has no bigram);
 * - bleu: the mean over both directions of a BLEU-like geometric mean of 1- to 4-gram
 *   precisions of all word stems;
 * - commonRun: the longest unbroken run of content stems both have, over the shorter text's
 *   content words;
 * - firstRareShared: where the first rare content word both share stands, as a share of each
 *   text's content words (the later of the two), 1 when they share none: two reports of one
 *   event tend to name its specific word early.
 *
 * @example
 * const crews = { stem: 'crew', rare: false }
 * const freed = { stem: 'freed', rare: false }
 * const wreckage = { stem: 'wreckag', rare: true }
 * // commonRun, the fourth feature: 'crew freed' of three words
 * orderedOverlap([crews, freed, wreckage], [crews, freed, { stem: 'debri', rare: true }, wreckage], [], [])[3] //=> 0.6666666666666666
 */
export function orderedOverlap(
  x: readonly OrderedWord[],
  y: readonly OrderedWord[],
  xAll: readonly string[],
  yAll: readonly string[],
): number[] {
  const xs = x.map((word) => word.stem)
  const ys = y.map((word) => word.stem)
  const xBigrams = ngrams(xs, 2)
  const yBigrams = ngrams(ys, 2)
  const left = precision(xBigrams, yBigrams) ?? 0
  const right = precision(yBigrams, xBigrams) ?? 0
  const shorter = Math.min(xs.length, ys.length)
  return [
    Math.min(left, right),
    Math.max(left, right),
    (bleu(xAll, yAll) + bleu(yAll, xAll)) / 2,
    shorter === 0 ? 0 : longestRun(xs, ys) / shorter,
    Math.min(firstRareShared(x, y), firstRareShared(y, x)),
  ]
}

/**
 * Where the first rare word of `x` (in its order) that `y` also has stands in the two texts,
 * as a share of each one's words, the later of the two; 1 when they share no rare word.
 */
function firstRareShared(x: readonly OrderedWord[], y: readonly OrderedWord[]): number {
  for (let i = 0; i < x.length; i++) {
    const word = x[i]!
    if (!word.rare) continue
    const j = y.findIndex((other) => other.stem === word.stem)
    if (j >= 0) return Math.max(i / x.length, j / y.length)
  }
  return 1
}
