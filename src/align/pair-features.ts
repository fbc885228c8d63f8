import { rarity } from '../text/rarity.js'
import type { Detail, DetailValue, Statement } from '../types.js'
import { type EventWords, memoStemmer, type Stemmer, statementTokens } from './tokens.js'

/**
 * What the same-statement model knows of one statement, computed once: its informative
 * words and names weighted by their rarity in general English, its adjacent word pairs, and
 * the values of its figures and dates.
 */
export interface StatementProfile {
  /** Stem (names prefixed 'n:') to its weight: rarity in general English, at least `minWeight`. */
  weights: Map<string, number>
  /** Euclidean norm of `weights`. */
  norm: number
  /** Sum of `weights`. */
  mass: number
  /** Names ('n:' keys of `weights`). */
  names: Set<string>
  /** Adjacent informative stems, 'a b', in text order. */
  bigrams: Set<string>
  /** Figure values: 'count:47', 'money:EUR:8000000', 'percent:16'. */
  figures: Set<string>
  /** Figure classes without the value: 'money:EUR', 'count:arrested'. */
  classes: Set<string>
  /** Date values as extracted ('2025-05-08', 'thursday'). */
  dates: Set<string>
  /** Number of informative words and names. */
  words: number
  /** Every word and number, lower-cased, in order (stop words included). */
  tokens: string[]
  /** Distinct `tokens`. */
  tokenSet: Set<string>
  /** Letter trigrams of the informative stems. */
  trigrams: Set<string>
}

/** Weight of a word too common to say anything ('said' and 'the' are dropped earlier). */
const minWeight = 0.25

/** Names are specific whatever their frequency as words ('Rose', 'Bush'): at least this weight. */
const minNameWeight = 3

const figureKinds: ReadonlySet<string> = new Set(['count', 'money', 'percent', 'quantity'])

/**
 * The profile of a statement for the same-statement model. `event` says which capitalised
 * words are names (see `eventWords`); `stemOf` lets a caller share one stemmer's memory.
 *
 * @example
 * profileOf(statement, eventWords([statement])).figures //=> Set { 'count:40' }
 */
export function profileOf(statement: Statement, event: EventWords, stemOf: Stemmer = memoStemmer()): StatementProfile {
  const lexical = statementTokens(statement, event, stemOf)
  const weights = new Map<string, number>()
  const bigrams = new Set<string>()
  const names = new Set<string>()
  let previous: string | null = null
  for (const term of lexical.terms) {
    const weight = Math.max(minWeight, rarity(term.surface)) * (term.weight ?? 1)
    weights.set(term.stem, Math.max(weights.get(term.stem) ?? 0, weight))
    if (previous !== null && previous !== term.stem) bigrams.add(`${previous} ${term.stem}`)
    previous = term.stem
  }
  for (const name of lexical.names) {
    const key = `n:${name.stem}`
    const weight = Math.max(minNameWeight, rarity(name.stem)) * (name.weight ?? 1)
    weights.set(key, Math.max(weights.get(key) ?? 0, weight))
    names.add(key)
  }
  let norm = 0
  let mass = 0
  for (const weight of weights.values()) {
    norm += weight * weight
    mass += weight
  }
  const figures = new Set<string>()
  const classes = new Set<string>()
  const dates = new Set<string>()
  for (const detail of statement.details) {
    if (detail.kind === 'date') {
      if (typeof detail.value === 'string') dates.add(detail.value.toLowerCase())
    } else if (figureKinds.has(detail.kind)) {
      const unit = unitOf(detail)
      figures.add(`${detail.kind}:${unit}:${valueKey(detail.value)}`)
      classes.add(`${detail.kind}:${unit}`)
    }
  }
  const tokens = plainTokens(statement.text)
  const trigrams = new Set<string>()
  for (const key of weights.keys()) {
    const word = ` ${key.startsWith('n:') ? key.slice(2) : key} `
    for (let i = 0; i + 3 <= word.length; i++) trigrams.add(word.slice(i, i + 3))
  }
  return {
    weights,
    norm: Math.sqrt(norm),
    mass,
    names,
    bigrams,
    figures,
    classes,
    dates,
    words: weights.size,
    tokens,
    tokenSet: new Set(tokens),
    trigrams,
  }
}

const plainToken = /[\p{L}\p{N}]+/gu

/** Every run of letters or digits, lower-cased, with typographic apostrophes folded first. */
function plainTokens(text: string): string[] {
  return text.toLowerCase().match(plainToken) ?? []
}

function unitOf(detail: Detail): string {
  if (typeof detail.value === 'object' && detail.value !== null && 'currency' in detail.value)
    return detail.value.currency
  return detail.unit ?? ''
}

function valueKey(value: DetailValue): string {
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return value
  if ('currency' in value) return valueKey(value.amount)
  return value.min === value.max ? String(value.min) : `${value.min}-${value.max}`
}

/** The model's inputs for one pair of statements, in the order of `featureNames`. */
export type PairFeatures = number[]

/** Names of the pair features, in order (the model's coefficients follow this order). */
export const featureNames = [
  'cosine',
  'coverage',
  'sharedMass',
  'sharedNames',
  'namesDisjoint',
  'sharedBigrams',
  'sharedFigures',
  'sharedFigureClasses',
  'sharedDates',
  'shorterWords',
  'lengthRatio',
  'heavierCoverage',
  'unsharedMass',
  'tokenJaccard',
  'trigramJaccard',
  'commonSubsequence',
] as const

/**
 * The features of a pair of profiles:
 * - cosine: cosine similarity of the rarity-weighted words and names;
 * - coverage: the weight they share over the lighter statement's weight (a short statement
 *   inside a long one covers fully);
 * - sharedMass: ln(1 + shared weight), so that one shared common word is weak evidence
 *   however short the statements;
 * - sharedNames: shared names, at most 3; namesDisjoint: 1 when both name someone or
 *   something and no name is shared (two facts about different people);
 * - sharedBigrams: shared adjacent word pairs, at most 3;
 * - sharedFigures, sharedFigureClasses, sharedDates: equal figure values, figure classes
 *   (kind and unit) and dates, at most 3 each (a differing value is no evidence either way);
 * - shorterWords: ln(1 + words of the shorter statement); lengthRatio: shorter / longer.
 *
 * @example
 * pairFeatures(profileOf(a, event), profileOf(b, event))[0] //=> 0.61
 */
export function pairFeatures(a: StatementProfile, b: StatementProfile): PairFeatures {
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a]
  let dot = 0
  let shared = 0
  let sharedNames = 0
  for (const [key, weight] of small.weights) {
    const other = large.weights.get(key)
    if (other === undefined) continue
    dot += weight * other
    shared += Math.min(weight, other)
    if (small.names.has(key)) sharedNames += 1
  }
  const cosine = a.norm > 0 && b.norm > 0 ? dot / (a.norm * b.norm) : 0
  const lighter = Math.min(a.mass, b.mass)
  const coverage = lighter > 0 ? Math.min(1, shared / lighter) : 0
  const namesDisjoint = a.names.size > 0 && b.names.size > 0 && sharedNames === 0 ? 1 : 0
  const shorter = Math.min(a.words, b.words)
  const longer = Math.max(a.words, b.words)
  return [
    cosine,
    coverage,
    Math.log1p(shared),
    Math.min(3, sharedNames),
    namesDisjoint,
    Math.min(3, intersectionSize(a.bigrams, b.bigrams)),
    Math.min(3, intersectionSize(a.figures, b.figures)),
    Math.min(3, intersectionSize(a.classes, b.classes)),
    Math.min(3, intersectionSize(a.dates, b.dates)),
    Math.log1p(shorter),
    longer > 0 ? shorter / longer : 0,
    Math.max(a.mass, b.mass) > 0 ? shared / Math.max(a.mass, b.mass) : 0,
    Math.log1p(Math.max(0, a.mass + b.mass - 2 * shared)),
    jaccard(a.tokenSet, b.tokenSet),
    jaccard(a.trigrams, b.trigrams),
    commonSubsequence(a.tokens, b.tokens),
  ]
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const common = intersectionSize(a, b)
  const union = a.size + b.size - common
  return union > 0 ? common / union : 0
}

/** Length of the longest common subsequence of two token lists over the shorter's length. */
function commonSubsequence(a: readonly string[], b: readonly string[]): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (short.length === 0) return 0
  let previous = new Uint16Array(short.length + 1)
  let current = new Uint16Array(short.length + 1)
  for (const token of long) {
    for (let j = 1; j <= short.length; j++) {
      current[j] = token === short[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!)
    }
    ;[previous, current] = [current, previous]
  }
  return previous[short.length]! / short.length
}

function intersectionSize(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let count = 0
  for (const item of small) if (large.has(item)) count += 1
  return count
}
