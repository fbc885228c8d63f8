import { foldApostrophes, stopwords } from '../text/natural.js'
import { rarity } from '../text/rarity.js'
import { orderedOverlap, orderedOverlapNames } from './ordered-overlap.js'
import { featureNames } from './pair-features.js'
import { memoStemmer, type Stemmer } from './tokens.js'
import { sharesSynset, wordSynsets } from './wordnet.js'

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
  'numbersUnshared',
  'numbersDiffer',
  'lengthDifference',
  'rarestShared',
  'sharedRarity',
  'rareUnmatched',
  'weekdaysDiffer',
  'weekdaysShared',
  'synonymMass',
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
  // A figure that differs is no evidence either way (issue 10): never against a link, in
  // either regime.
  numbersUnshared: 1,
  numbersDiffer: 1,
  'numbersUnshared*charGrams': 1,
  'numbersDiffer*charGrams': 1,
  'numbersUnshared*shorterWords': 1,
  'numbersDiffer*shorterWords': 1,
  rarestShared: 1,
  sharedRarity: 1,
  rareUnmatched: -1,
  weekdaysShared: 1,
  synonymMass: 1,
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
/** Weekday names: two reports of one event name the same day, of two like events often another. */
const weekdays: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
])

/** Rarity (`rarity`) at and above which a content word is specific: 'wreckage', a name the frequency table does not list. */
const rare = 3

const wordPattern = /[\p{L}\p{N}]+(?:[.,][0-9]+)*/gu
const casedPattern = /[\p{L}\p{N}]+/gu
const contraction = /n't\b/g
const hasDigit = /[0-9]/
const thousands = /,/g
const capitalised = /^\p{Lu}/u

/** A content word: its stem, its rarity weight, its lower-case form and its WordNet synsets. */
interface ContentWord {
  stem: string
  weight: number
  word: string
  synsets: readonly number[]
}

/** What `textPairFeatures` reads of one text. */
interface TextView {
  /** Its words and numbers, lower case, in order. */
  plain: string[]
  /** Its content words (not stop words, negations or numbers), in order. */
  content: ContentWord[]
  /** Its numbers, without thousands separators. */
  numbers: Set<string>
  /** Whether a negation occurs. */
  negated: boolean
  /** Letter 4-grams of its lower-case words joined by single spaces. */
  grams: Set<string>
  /** Capitalised words past the first, lower case: names. In a title-case headline only rare ones. */
  names: Set<string>
  /** The weekday names it writes, lower case. */
  days: Set<string>
}

function viewOf(text: string, stemOf: Stemmer): TextView {
  const folded = foldApostrophes(text.normalize('NFKC'))
  const plain = folded.toLowerCase().replace(contraction, ' nt').match(wordPattern) ?? []
  const content: ContentWord[] = []
  const numbers = new Set<string>()
  const days = new Set<string>()
  let negated = false
  for (const token of plain) {
    if (weekdays.has(token)) days.add(token)
    if (hasDigit.test(token)) {
      numbers.add(token.replace(thousands, ''))
      continue
    }
    if (negations.has(token)) {
      negated = true
      continue
    }
    if (token.length < 2 || stopwords.has(token)) continue
    content.push({
      stem: stemOf(token),
      weight: Math.max(0.25, rarity(token)),
      word: token,
      synsets: wordSynsets(token),
    })
  }
  const joined = ` ${plain.join(' ')} `
  const grams = new Set<string>()
  for (let i = 0; i + 4 <= joined.length; i++) grams.add(joined.slice(i, i + 4))
  const cased = folded.match(casedPattern) ?? []
  let capitals = 0
  for (const word of cased) if (capitalised.test(word)) capitals++
  // A headline in title case capitalises every word: there only a rare capitalised word is a name.
  const title = capitals > 0.6 * cased.length
  const names = new Set<string>()
  for (let i = 1; i < cased.length; i++) {
    const word = cased[i]!
    const lower = word.toLowerCase()
    if (!capitalised.test(word) || lower.length < 2 || stopwords.has(lower) || hasDigit.test(lower)) continue
    if (title && rarity(lower) < 3) continue
    names.add(lower)
  }
  return { plain, content, numbers, negated, grams, names, days }
}

/**
 * The rarity weight of `view`'s distinct content words, how much of it `other` leaves
 * unmatched, and how much of that unmatched weight a WordNet synonym in `other` stands for.
 */
function unmatched(view: TextView, other: TextView): { total: number; missed: number; synonyms: number } {
  const stems = new Set<string>()
  for (const word of other.content) stems.add(word.stem)
  const seen = new Set<string>()
  let total = 0
  let missed = 0
  let synonyms = 0
  for (const word of view.content) {
    if (seen.has(word.stem)) continue
    seen.add(word.stem)
    total += word.weight
    if (stems.has(word.stem) || samePrefix(word.word, other.content)) continue
    missed += word.weight
    if (hasSynonym(word, other.content)) synonyms += word.weight
  }
  return { total, missed, synonyms }
}

/** Whether another word of `others` shares a WordNet synset with `word` ('blaze' / 'fire'). */
function hasSynonym(word: ContentWord, others: readonly ContentWord[]): boolean {
  if (word.synsets.length === 0) return false
  for (const other of others)
    if (other.word !== word.word && sharesSynset(word.synsets, other.synsets)) return true
  return false
}

/** Whether a word of `others` shares the first five letters of `word` ('bombing' / 'bombers'): a stem the stemmer left apart. */
function samePrefix(word: string, others: readonly ContentWord[]): boolean {
  if (word.length < 5) return false
  for (const other of others)
    if (other.word.length >= 5 && other.word.startsWith(word.slice(0, 5))) return true
  return false
}

/** What the distinct content stems of two texts share, by their rarity weight. */
function sharedWeights(x: TextView, y: TextView): { rarest: number; mass: number; rareOnly: number } {
  const weights = (view: TextView): Map<string, number> => {
    const map = new Map<string, number>()
    for (const word of view.content) map.set(word.stem, Math.max(map.get(word.stem) ?? 0, word.weight))
    return map
  }
  const left = weights(x)
  const right = weights(y)
  let rarest = 0
  let mass = 0
  let leftOnly = 0
  let rightOnly = 0
  for (const [stem, weight] of left) {
    const other = right.get(stem)
    if (other === undefined) {
      if (weight >= rare) leftOnly++
      continue
    }
    const shared = Math.min(weight, other)
    rarest = Math.max(rarest, shared)
    mass += shared
  }
  for (const [stem, weight] of right) if (weight >= rare && !left.has(stem)) rightOnly++
  return { rarest, mass, rareOnly: Math.max(leftOnly, rightOnly) }
}

/** How many values of `a` `b` has. */
function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0
  for (const value of a) if (b.has(value)) shared++
  return shared
}

function namesMissing(names: ReadonlySet<string>, words: readonly string[]): number {
  let missing = 0
  for (const name of names) if (!words.includes(name)) missing++
  return missing
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shared = sharedCount(a, b)
  const union = a.size + b.size - shared
  return union > 0 ? shared / union : 0
}

/**
 * The text features of two texts, in the order of `textFeatureNames`:
 * - unmatchedLonger, unmatchedShorter: the share of the heavier and the lighter text's
 *   rarity-weighted content words (rarity in general English) that the other text lacks, a
 *   word matching by stem or by its first five letters; unmatchedLongerMass: the heavier
 *   text's unmatched weight, at most 10 (a paraphrase adds no clause);
 * - numbersShared: numbers both give, at most 3;
 * - negationDiffers: 1 when only one text has a negation ('not', "n't", 'never', ...);
 * - charGrams: Jaccard similarity of their letter 4-grams (spelling, inflection and
 *   punctuation variants overlap);
 * - lengthGap: |ln| of the ratio of their word counts (plus one);
 * - uniqueNames: names each text has that the other does not write, the smaller count, at
 *   most 3 (two different people or places);
 * - numbersUnshared: numbers each text gives that the other does not, the smaller count, at
 *   most 3; numbersDiffer: numbers only one text gives, both sides, at most 3 (a paraphrase
 *   keeps its figures; two sentences that differ by a figure are often two facts);
 * - lengthDifference: ln(1 + the difference of their word counts);
 * - rarestShared: the rarity weight of the rarest content word both have; sharedRarity:
 *   ln(1 + the rarity weight both have); rareUnmatched: content words of rarity 3 or more
 *   ('wreckage', an unlisted name) only one text has, the larger side's count, at most 8;
 * - weekdaysDiffer: 1 when both name a weekday and none is the same ('Tuesday' / 'Friday':
 *   often two events of one kind); weekdaysShared: weekday names both write;
 * - synonymMass: ln(1 + the rarity weight of the content words, both sides, that the other
 *   text does not write but has a WordNet synonym of: 'wreckage' / 'debris').
 *
 * @example
 * // numbersShared, the fourth feature:
 * textPairFeatures('Crews freed 40 people.', 'Crews freed 40 people on Monday.')[3] //=> 1
 */
export function textPairFeatures(a: string, b: string, stemOf: Stemmer = memoStemmer()): number[] {
  const x = viewOf(a, stemOf)
  const y = viewOf(b, stemOf)
  const left = unmatched(x, y)
  const right = unmatched(y, x)
  const [heavier, lighter] = left.total >= right.total ? [left, right] : [right, left]
  const numbersShared = sharedCount(x.numbers, y.numbers)
  const numbersOnlyX = x.numbers.size - numbersShared
  const numbersOnlyY = y.numbers.size - numbersShared
  const weights = sharedWeights(x, y)
  const daysShared = sharedCount(x.days, y.days)
  return [
    heavier.total > 0 ? heavier.missed / heavier.total : 0,
    lighter.total > 0 ? lighter.missed / lighter.total : 0,
    Math.min(10, heavier.missed),
    Math.min(3, numbersShared),
    x.negated !== y.negated ? 1 : 0,
    jaccard(x.grams, y.grams),
    Math.abs(Math.log((x.plain.length + 1) / (y.plain.length + 1))),
    Math.min(3, Math.min(namesMissing(x.names, y.plain), namesMissing(y.names, x.plain))),
    Math.min(3, numbersOnlyX, numbersOnlyY),
    Math.min(3, numbersOnlyX + numbersOnlyY),
    Math.log1p(Math.abs(x.plain.length - y.plain.length)),
    weights.rarest,
    Math.log1p(weights.mass),
    Math.min(8, weights.rareOnly),
    x.days.size > 0 && y.days.size > 0 && daysShared === 0 ? 1 : 0,
    daysShared,
    Math.log1p(left.synonyms + right.synonyms),
  ]
}

/**
 * The features of `similarityFeatureNames` from the pair features of two statements
 * (`statementPairFeatures`) and their texts.
 */
export function similarityFeatures(pair: readonly number[], a: string, b: string): number[] {
  const plain = [...pair, ...textPairFeatures(a, b)]
  const features = [...plain]
  for (let k = 0; k < interactionBases.length; k++) {
    const factor = plain[baseColumns[k]!]!
    for (let j = 0; j < plain.length; j++)
      if (!baseColumns.slice(0, k + 1).includes(j)) features.push(plain[j]! * factor)
  }
  return features
}

/**
 * Every feature the boosted trees `scripts/fit-similarity.mjs --boosted` tries read: the pair
 * features, the text features and the ordered-overlap features (no products: a tree splits on
 * one feature within another's range by itself). Not in the shipped model (bench/RESULTS.md).
 */
export const boostedFeatureNames: readonly string[] = [...plainFeatureNames, ...orderedOverlapNames]

/** The features of `boostedFeatureNames` from the pair features of two statements and their texts. */
export function boostedFeatures(pair: readonly number[], a: string, b: string): number[] {
  return [...pair, ...textPairFeatures(a, b), ...orderedPairFeatures(a, b)]
}

/**
 * The ordered-overlap features of two texts (`orderedOverlapNames`): content-stem bigrams,
 * a BLEU-like n-gram precision, the longest common run and the first shared rare word.
 * Read by the boosted trees `scripts/fit-similarity.mjs --boosted` tries (bench/RESULTS.md);
 * the shipped model does not use them.
 *
 * @example
 * // commonRun, the fourth feature: 'crews freed people' whole
 * orderedPairFeatures('Crews freed 40 people.', 'Crews freed 40 people on Monday.')[3] //=> 1
 */
export function orderedPairFeatures(a: string, b: string, stemOf: Stemmer = memoStemmer()): number[] {
  const x = viewOf(a, stemOf)
  const y = viewOf(b, stemOf)
  const words = (view: TextView) =>
    view.content.map((word) => ({ stem: word.stem, rare: word.weight >= rare }))
  const all = (view: TextView) => view.plain.map((word) => (hasDigit.test(word) ? word : stemOf(word)))
  return orderedOverlap(words(x), words(y), all(x), all(y))
}
