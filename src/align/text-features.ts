import { foldApostrophes, stopwords } from '../text/natural.js'
import { rarity } from '../text/rarity.js'
import { featureNames, type Interner, interner } from './pair-features.js'
import { memoStemmer, type Stemmer } from './tokens.js'

/**
 * Names of the features the exported `similarity` reads from the two texts themselves, after
 * the pair features of pair-features.ts (see `textPairFeatures`).
 */
export const textFeatureNames = [
  'unmatchedLonger',
  'unmatchedShorter',
  'unmatchedLongerMass',
  'numbersShared',
  'negationDiffers',
  'charGrams',
  'lengthGap',
  'uniqueNames',
] as const

/**
 * The features the interaction terms of `similarityFeatureNames` multiply by: how much of the
 * two texts' letters they share, and how long the shorter one is. Two outlets' sentences that
 * share most of their letters are near-paraphrases, where a clause only one of them has sets
 * them apart; sentences that share few are two tellings of an event, where a shared name
 * counts and an extra clause does not. One set of weights cannot serve both; products with
 * these two let the model weigh each feature by the regime.
 */
const interactionBases = ['charGrams', 'shorterWords'] as const

const plainFeatureNames: readonly string[] = [...featureNames, ...textFeatureNames]

/** The columns of `interactionBases` among the plain features. */
const baseColumns = interactionBases.map((base) => plainFeatureNames.indexOf(base))

/**
 * Every feature of the exported `similarity`'s model, in order: the pair features
 * (`featureNames`), the text features (`textFeatureNames`), then each of those times each of
 * `interactionBases` ('cosine*charGrams'), itself and the bases before it excluded (one
 * product of the two bases).
 */
export const similarityFeatureNames: readonly string[] = [
  ...plainFeatureNames,
  ...interactionBases.flatMap((base, k) =>
    plainFeatureNames
      .filter((name) => !interactionBases.slice(0, k + 1).includes(name as never))
      .map((name) => `${name}*${base}`),
  ),
]

/**
 * The sign a fitted weight of a text feature must have (see `featureSigns`): what two texts
 * share counts for one fact, what only one of them has counts against; the interaction terms
 * and the length gap are free.
 */
export const textFeatureSigns: Readonly<Record<string, 1 | -1>> = {
  unmatchedLonger: -1,
  unmatchedShorter: -1,
  unmatchedLongerMass: -1,
  numbersShared: 1,
  negationDiffers: -1,
  charGrams: 1,
  uniqueNames: -1,
}

/** Words that negate a clause ('nt' is "n't" split off: "didn't" reads 'did', 'nt'). */
const negations: ReadonlySet<string> = new Set([
  'not',
  'no',
  'never',
  'nt',
  'without',
  'nor',
  'neither',
  'none',
  'nobody',
  'nothing',
])

// Runs of letters and digits; a number keeps its decimal point and thousands separators.
const wordPattern = /[\p{L}\p{N}]+(?:[.,][0-9]+)*/gu
const casedPattern = /[\p{L}\p{N}]+/gu
const contraction = /n't\b/g
const hasDigit = /[0-9]/
const thousands = /,/g
const capitalised = /^\p{Lu}/u

/**
 * What `viewPairFeatures` reads of one text, computed once per text (`textView`) so that a
 * text met in many pairs is read once. Words, stems, letter 4-grams and numbers are ids of
 * one `Interner` shared by the views compared; a sorted list is ascending and distinct.
 */
export interface TextView {
  /** How many words and numbers it has. */
  wordCount: number
  /** Its distinct content words (not stop words, negations or numbers) by stem, in order of first use. */
  stems: Int32Array
  /** The rarity weight of each of `stems`' first word (rarity in general English, at least 0.25). */
  weights: Float64Array
  /** The id of the first five letters of each of `stems`' first word when it has five or more, else -1. */
  prefixes: Int32Array
  /** `stems`, sorted. */
  sortedStems: Int32Array
  /** The first five letters of its content words of five or more letters, sorted. */
  sortedPrefixes: Int32Array
  /** Its numbers, without thousands separators, sorted. */
  numbers: Int32Array
  /** Whether a negation occurs. */
  negated: boolean
  /** The letter 4-grams of its lower-case words joined by single spaces, sorted. */
  grams: Int32Array
  /** Capitalised words past the first, lower case: names. In a title-case headline only rare ones. Distinct. */
  names: Int32Array
  /** Its lower-case words and numbers, sorted. */
  words: Int32Array
}

/** The distinct values of `values`, ascending. */
function sortedIds(values: readonly number[]): Int32Array {
  const sorted = Int32Array.from(values).sort()
  let kept = 0
  for (let i = 0; i < sorted.length; i++)
    if (kept === 0 || sorted[i] !== sorted[kept - 1]) sorted[kept++] = sorted[i]!
  return sorted.slice(0, kept)
}

/**
 * The id of the letter 4-gram of `text` at `at`: its four character codes packed when all
 * are ASCII (0 to 2^28 - 1), else below 0 from `intern`. Exact, so two texts share an id
 * when they share the 4-gram.
 */
function gramId(text: string, at: number, intern: Interner): number {
  const a = text.charCodeAt(at)
  const b = text.charCodeAt(at + 1)
  const c = text.charCodeAt(at + 2)
  const d = text.charCodeAt(at + 3)
  if ((a | b | c | d) < 128) return (a << 21) | (b << 14) | (c << 7) | d
  return -1 - intern(text.slice(at, at + 4))
}

/** Whether the ascending `sorted` holds `id`. */
function holds(sorted: Int32Array, id: number): boolean {
  let low = 0
  let high = sorted.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const value = sorted[middle]!
    if (value === id) return true
    if (value < id) low = middle + 1
    else high = middle - 1
  }
  return false
}

/** How many ids two ascending lists of distinct ids share. */
function sharedCount(a: Int32Array, b: Int32Array): number {
  let shared = 0
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i]!
    const y = b[j]!
    if (x === y) {
      shared++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return shared
}

/**
 * What the text features (`viewPairFeatures`) read of `text`, its strings numbered by
 * `intern`: views compared with each other must share it.
 */
export function textView(text: string, stemOf: Stemmer, intern: Interner = interner()): TextView {
  const folded = foldApostrophes(text.normalize('NFKC'))
  const plain = folded.toLowerCase().replace(contraction, ' nt').match(wordPattern) ?? []
  const stems: number[] = []
  const weights: number[] = []
  const prefixes: number[] = []
  const contentPrefixes: number[] = []
  const numbers: number[] = []
  let negated = false
  for (const token of plain) {
    if (hasDigit.test(token)) {
      numbers.push(intern(token.replace(thousands, '')))
      continue
    }
    if (negations.has(token)) {
      negated = true
      continue
    }
    if (token.length < 2 || stopwords.has(token)) continue
    const prefix = token.length >= 5 ? intern(token.slice(0, 5)) : -1
    if (prefix >= 0) contentPrefixes.push(prefix)
    const stem = intern(stemOf(token))
    if (stems.includes(stem)) continue
    stems.push(stem)
    weights.push(Math.max(0.25, rarity(token)))
    prefixes.push(prefix)
  }
  const joined = ` ${plain.join(' ')} `
  const grams: number[] = []
  for (let i = 0; i + 4 <= joined.length; i++) grams.push(gramId(joined, i, intern))
  const cased = folded.match(casedPattern) ?? []
  let capitals = 0
  for (const word of cased) if (capitalised.test(word)) capitals++
  // A headline in title case capitalises every word: there only a rare capitalised word is a name.
  const title = capitals > 0.6 * cased.length
  const names: number[] = []
  for (let i = 1; i < cased.length; i++) {
    const word = cased[i]!
    const lower = word.toLowerCase()
    if (!capitalised.test(word) || lower.length < 2 || stopwords.has(lower) || hasDigit.test(lower)) continue
    if (title && rarity(lower) < 3) continue
    const name = intern(lower)
    if (!names.includes(name)) names.push(name)
  }
  return {
    wordCount: plain.length,
    stems: Int32Array.from(stems),
    weights: Float64Array.from(weights),
    prefixes: Int32Array.from(prefixes),
    sortedStems: sortedIds(stems),
    sortedPrefixes: sortedIds(contentPrefixes),
    numbers: sortedIds(numbers),
    negated,
    grams: sortedIds(grams),
    names: Int32Array.from(names),
    words: sortedIds(plain.map(intern)),
  }
}

/**
 * The rarity weight of `view`'s distinct content words, and how much of it `other` leaves
 * unmatched: a word matches by stem, or by its first five letters ('bombing' / 'bombers', a
 * stem the stemmer left apart).
 */
function unmatched(view: TextView, other: TextView): { total: number; missed: number } {
  let total = 0
  let missed = 0
  for (let i = 0; i < view.stems.length; i++) {
    const weight = view.weights[i]!
    total += weight
    const prefix = view.prefixes[i]!
    if (!holds(other.sortedStems, view.stems[i]!) && (prefix < 0 || !holds(other.sortedPrefixes, prefix)))
      missed += weight
  }
  return { total, missed }
}

function namesMissing(names: Int32Array, words: Int32Array): number {
  let missing = 0
  for (const name of names) if (!holds(words, name)) missing++
  return missing
}

/** Jaccard similarity of two ascending lists of distinct ids. */
function jaccard(a: Int32Array, b: Int32Array): number {
  const shared = sharedCount(a, b)
  const union = a.length + b.length - shared
  return union > 0 ? shared / union : 0
}

/**
 * The text features of two texts, in the order of `textFeatureNames`:
 * - unmatchedLonger, unmatchedShorter: the share of the heavier and the lighter text's
 *   rarity-weighted content words (rarity in general English) that the other text lacks, a
 *   word matching by stem or by its first five letters; unmatchedLongerMass: the heavier
 *   text's unmatched weight, at most 10 (a paraphrase adds no clause);
 * - numbersShared: numbers both give, at most 3 (a number only one gives is no evidence
 *   either way: two outlets that disagree on a toll still state one fact);
 * - negationDiffers: 1 when only one text has a negation ('not', "n't", 'never', ...);
 * - charGrams: Jaccard similarity of their letter 4-grams (spelling, inflection and
 *   punctuation variants overlap);
 * - lengthGap: |ln| of the ratio of their word counts (plus one);
 * - uniqueNames: names each text has that the other does not write, the smaller count, at
 *   most 3 (two different people or places).
 *
 * @example
 * // numbersShared, the fourth feature:
 * textPairFeatures('Crews freed 40 people.', 'Crews freed 40 people on Monday.')[3] //=> 1
 */
export function textPairFeatures(a: string, b: string, stemOf: Stemmer = memoStemmer()): number[] {
  const intern = interner()
  return viewPairFeatures(textView(a, stemOf, intern), textView(b, stemOf, intern))
}

/** `textPairFeatures` of two texts' views (`textView`). */
export function viewPairFeatures(x: TextView, y: TextView): number[] {
  const features: number[] = []
  writeViewPairFeatures(features, 0, x, y)
  return features
}

/** `viewPairFeatures` written into `out` from index `from`, for a reused feature array. */
export function writeViewPairFeatures(out: number[], from: number, x: TextView, y: TextView): void {
  const left = unmatched(x, y)
  const right = unmatched(y, x)
  const [heavier, lighter] = left.total >= right.total ? [left, right] : [right, left]
  const numbersShared = sharedCount(x.numbers, y.numbers)
  out[from] = heavier.total > 0 ? heavier.missed / heavier.total : 0
  out[from + 1] = lighter.total > 0 ? lighter.missed / lighter.total : 0
  out[from + 2] = Math.min(10, heavier.missed)
  out[from + 3] = Math.min(3, numbersShared)
  out[from + 4] = x.negated !== y.negated ? 1 : 0
  out[from + 5] = jaccard(x.grams, y.grams)
  out[from + 6] = Math.abs(Math.log((x.wordCount + 1) / (y.wordCount + 1)))
  out[from + 7] = Math.min(3, Math.min(namesMissing(x.names, y.words), namesMissing(y.names, x.words)))
}

/**
 * The features of `similarityFeatureNames` from the pair features of two statements
 * (`statementPairFeatures`) and their texts.
 */
export function similarityFeatures(pair: readonly number[], a: string, b: string): number[] {
  return widened([...pair, ...textPairFeatures(a, b)])
}

/** `similarityFeatures` from the pair features and the text features (`viewPairFeatures`). */
export function widened(plain: readonly number[]): number[] {
  const features: number[] = []
  writeWidened(features, plain)
  return features
}

/**
 * Each interaction feature of `similarityFeatureNames`, in order: the plain column it
 * multiplies and the base column it multiplies by.
 */
const interactionColumns: readonly (readonly [number, number])[] = baseColumns.flatMap((base, k) =>
  plainFeatureNames
    .map((_, j) => j)
    .filter((j) => !baseColumns.slice(0, k + 1).includes(j))
    .map((j) => [j, base] as const),
)

/** `widened` written into `out`, for a reused feature array. */
export function writeWidened(out: number[], plain: readonly number[]): void {
  for (let j = 0; j < plain.length; j++) out[j] = plain[j]!
  let at = plain.length
  for (const [column, base] of interactionColumns) out[at++] = plain[column]! * plain[base]!
}
