import { defaultOptions } from '../options.js'
import { nameSimilarity } from '../text/natural.js'
import type { DetailValue, Hedge, Interval, MoneyValue } from '../types.js'
import { combiningMarks, leadingThe, nonAlphanumeric } from './patterns.js'

/** Pairwise verdict on two values of the same thing. `unique` is a group verdict, never pairwise. */
export type PairStatus = 'agree' | 'compatible' | 'diverge'

/** A pairwise verdict and one plain sentence of why. */
export interface PairVerdict {
  status: PairStatus
  reason: string
}

/** The tolerances a comparison uses; resolved from `ResolvedOptions` (see `tolerancesOf`). */
export interface Tolerances {
  /** Relative width of an 'about' hedge (option `hedgeTolerance`, default 0.1). */
  hedgeTolerance: number
  /** Relative gap rounding explains between two exact figures (option `roundingTolerance`, default 0.05). */
  roundingTolerance: number
  /**
   * Smallest rounding step at which rounding may explain a gap between two whole numbers
   * (option `minRoundingStep`, default 100). '9,000' vs '9,040' (step 1,000) is a rounding;
   * '40' vs '41' dead (step 10) is not: small counts are reported exactly, and a one-unit gap
   * in a death toll is news.
   */
  minRoundingStep: number
  /** Jaro-Winkler similarity at which two spellings are one name (option `nameSimilarity`, default 0.93). */
  nameSimilarity: number
  /** Largest ratio between two subjectless figures matched (option `wildcardMaxRatio`, default 10). */
  wildcardMaxRatio: number
  /** Word overlap at which quotes of unknown speakers are one quote (option `quoteOverlap`, default 0.5). */
  quoteOverlap: number
  /** Word overlap at which one speaker's quotes are one quote (option `sameSpeakerQuoteOverlap`, default 0.2). */
  sameSpeakerQuoteOverlap: number
}

/** Open upper end of an interval ('more than 8,500'), as the extract stage writes it. */
export const OPEN_MAX = Number.MAX_SAFE_INTEGER

/** A figure's range: what the reported value allows, bounds inclusive. */
export interface FigureRange extends Interval {
  /** True when the figure is a single exact number (no hedge, min === max). */
  exact: boolean
}

/**
 * The range of numbers a figure allows. Exact figures are a point; 'about' widens the nominal
 * value by `hedgeTolerance` on both sides; 'more-than'/'at-least' run to `OPEN_MAX`,
 * 'less-than'/'up-to' down from 0; a 'range' is its interval. Bounds are inclusive, because
 * outlets use 'more than 8,500' loosely around a round figure of 8,500.
 *
 * @example
 * figureRange(9000, 'about', 0.1) //=> { min: 8100, max: 9900, exact: false }
 * figureRange({ min: 8500, max: OPEN_MAX }, 'more-than', 0.1) //=> { min: 8500, max: OPEN_MAX, exact: false }
 */
export function figureRange(
  value: number | Interval,
  hedge: Hedge | null,
  hedgeTolerance: number,
): FigureRange {
  let min = typeof value === 'number' ? value : value.min
  let max = typeof value === 'number' ? value : value.max
  switch (hedge) {
    case 'about':
      min -= Math.abs(min) * hedgeTolerance
      max += Math.abs(max) * hedgeTolerance
      break
    case 'more-than':
    case 'at-least':
      if (typeof value === 'number' || max === min) max = OPEN_MAX
      break
    case 'less-than':
    case 'up-to':
      if (typeof value === 'number' || max === min) min = 0
      break
    default:
      break
  }
  return { min, max, exact: hedge === null && min === max }
}

/**
 * The rounding step of an exact number: the largest power of ten it is a multiple of for whole
 * numbers (9,000 -> 1,000; 240,300,000,000 -> 100,000,000), or ten to minus its decimals (4.5 -> 0.1).
 *
 * @example
 * roundingStep(9000) //=> 1000
 */
export function roundingStep(value: number): number {
  if (value === 0) return 1
  if (!Number.isInteger(value)) {
    const decimals = String(value).split('.')[1]?.length ?? 0
    return 10 ** -Math.min(decimals, 12)
  }
  let step = 1
  let rest = Math.abs(value)
  while (rest % 10 === 0 && step < 1e15) {
    rest /= 10
    step *= 10
  }
  return step
}

/**
 * Whether rounding explains the gap between two exact numbers: the rounder one equals the other
 * rounded to its step, the step is large enough to be a rounding (at least `minRoundingStep`,
 * default 100, or the figures have decimals), and the relative gap is within `roundingTolerance`.
 *
 * @example
 * roundingExplains(240e9, 240.3e9, 0.05) //=> true
 * roundingExplains(12, 14, 0.05) //=> false
 * roundingExplains(40, 41, 0.05, 100) //=> false
 * roundingExplains(40, 41, 0.05, 10) //=> true
 */
export function roundingExplains(
  a: number,
  b: number,
  roundingTolerance: number,
  minRoundingStep: number = defaultOptions.minRoundingStep,
): boolean {
  if (a === b) return true
  const largest = Math.max(Math.abs(a), Math.abs(b))
  if (Math.abs(a - b) / largest > roundingTolerance) return false
  const stepA = roundingStep(a)
  const stepB = roundingStep(b)
  const [round, precise, step] = stepA >= stepB ? [a, b, stepA] : [b, a, stepB]
  const wholeNumbers = Number.isInteger(a) && Number.isInteger(b)
  if (wholeNumbers && step < minRoundingStep) return false
  return nearlyEqual(Math.round(precise / step) * step, round)
}

function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
}

function sameInterval(a: number | Interval, b: number | Interval): boolean {
  const [aMin, aMax] = typeof a === 'number' ? [a, a] : [a.min, a.max]
  const [bMin, bMax] = typeof b === 'number' ? [b, b] : [b.min, b.max]
  return nearlyEqual(aMin, bMin) && nearlyEqual(aMax, bMax)
}

/** A reported figure: its normalised value, hedge and source text. */
export interface Figure {
  value: number | Interval
  hedge: Hedge | null
  text: string
}

/**
 * Verdict on two figures of the same thing. `agree`: the same value with the same hedge
 * ('9,000' and 'nine thousand'). `compatible`: both can be true: their ranges overlap
 * ('9,000' and 'about 9,000'; '9,000' and 'more than 8,500') or rounding explains the gap
 * between two exact figures ('$240 billion' and '$240.3 billion'). `diverge` otherwise
 * ('12' and '14' dead).
 *
 * @example
 * import { tolerancesOf } from './details.js'
 * const tolerances = tolerancesOf(defaultOptions)
 * compareFigures({ value: 9000, hedge: null, text: '9,000' }, { value: 9000, hedge: 'about', text: 'about 9,000' }, tolerances)
 * //=> { status: 'compatible', reason: 'about 9,000 allows 9,000.' }
 */
export function compareFigures(a: Figure, b: Figure, tolerances: Tolerances): PairVerdict {
  switch (figureMatch(a, b, tolerances)) {
    case 'same':
      return { status: 'agree', reason: `${a.text} and ${b.text} are the same figure.` }
    case 'rounding':
      return { status: 'compatible', reason: `Rounding explains the gap between ${a.text} and ${b.text}.` }
    case 'first-allows':
      return { status: 'compatible', reason: `${a.text} allows ${b.text}.` }
    case 'second-allows':
      return { status: 'compatible', reason: `${b.text} allows ${a.text}.` }
    default:
      return { status: 'diverge', reason: `${a.text} and ${b.text} cannot both be right.` }
  }
}

/**
 * The status of `compareFigures` without its reason, for callers that read only the status
 * (a claim's findings weigh every pair of its values' classes).
 *
 * @example
 * import { tolerancesOf } from './details.js'
 * figureStatus({ value: 12, hedge: null }, { value: 14, hedge: null }, tolerancesOf(defaultOptions)) //=> 'diverge'
 */
export function figureStatus(
  a: Pick<Figure, 'value' | 'hedge'>,
  b: Pick<Figure, 'value' | 'hedge'>,
  tolerances: Tolerances,
): PairStatus {
  return figureStatuses[figureMatch(a, b, tolerances)]
}

// Why two figures agree, fit or not (see `compareFigures`): the same value, a gap rounding
// explains, one's range taking in the other's (the first's or the second's), or neither.
type FigureMatch = 'same' | 'rounding' | 'first-allows' | 'second-allows' | 'apart'

const figureStatuses: Readonly<Record<FigureMatch, PairStatus>> = {
  same: 'agree',
  rounding: 'compatible',
  'first-allows': 'compatible',
  'second-allows': 'compatible',
  apart: 'diverge',
}

function figureMatch(
  a: Pick<Figure, 'value' | 'hedge'>,
  b: Pick<Figure, 'value' | 'hedge'>,
  tolerances: Tolerances,
): FigureMatch {
  if (a.hedge === b.hedge && sameInterval(a.value, b.value)) return 'same'
  const rangeA = figureRange(a.value, a.hedge, tolerances.hedgeTolerance)
  const rangeB = figureRange(b.value, b.hedge, tolerances.hedgeTolerance)
  if (rangeA.exact && rangeB.exact) {
    if (nearlyEqual(rangeA.min, rangeB.min)) return 'same'
    if (roundingExplains(rangeA.min, rangeB.min, tolerances.roundingTolerance, tolerances.minRoundingStep)) {
      return 'rounding'
    }
    return 'apart'
  }
  if (rangeA.min <= rangeB.max && rangeB.min <= rangeA.max)
    return rangeA.exact ? 'second-allows' : 'first-allows'
  return 'apart'
}

/** True for a money value record. */
export function isMoney(value: DetailValue): value is MoneyValue {
  return typeof value === 'object' && value !== null && 'amount' in value && 'currency' in value
}

/** True for a number or an interval. */
export function isNumeric(value: DetailValue): value is number | Interval {
  return (
    (typeof value === 'number' && Number.isFinite(value)) ||
    (typeof value === 'object' &&
      value !== null &&
      'min' in value &&
      typeof value.min === 'number' &&
      typeof value.max === 'number')
  )
}

/**
 * Verdict on two money amounts. Amounts in the same currency compare as figures. The same
 * amount in different currencies ('$15 million' and '€15 million') diverges: one outlet has
 * the wrong currency. Different amounts in different currencies are not compared at all
 * (`null`): one outlet has probably converted, and corroborate does not know the rate.
 *
 * @example
 * import { tolerancesOf } from './details.js'
 * const tolerances = tolerancesOf(defaultOptions)
 * compareMoney({ value: { amount: 15e6, currency: 'USD' } }, { value: { amount: 20e6, currency: 'USD' } }, tolerances)
 * //=> { status: 'diverge', ... }
 */
export function compareMoney(
  a: { value: MoneyValue; hedge: Hedge | null; text: string },
  b: { value: MoneyValue; hedge: Hedge | null; text: string },
  tolerances: Tolerances,
): PairVerdict | null {
  const verdict = compareFigures(
    { value: a.value.amount, hedge: a.hedge, text: a.text },
    { value: b.value.amount, hedge: b.hedge, text: b.text },
    tolerances,
  )
  if (sameCurrency(a.value.currency, b.value.currency)) return verdict
  if (verdict.status === 'diverge') return null
  return {
    status: 'diverge',
    reason: `${a.text} and ${b.text} give the same amount in different currencies (${a.value.currency}, ${b.value.currency}).`,
  }
}

/** Whether two currency codes name the same currency (case-insensitive). */
export function sameCurrency(a: string, b: string): boolean {
  return a.trim().toUpperCase() === b.trim().toUpperCase()
}

// Dates have their own module; these re-exports keep `values.js` the one place for value verdicts.
export { compareDateDetails, compareDates, type DateOperand, dateKey, weekdayOf } from './dates.js'

/**
 * Whether two names denote the same person, organisation or place: equal ignoring case and
 * punctuation, one a whole-word suffix of the other ('Ana Ortiz', 'Ortiz'), or spelled alike
 * (Jaro-Winkler >= `similarity` on the whole name and on the last word, so 'Ana Ortiz' and
 * 'Ana Ruiz' stay two people). `similarity` is option `nameSimilarity`, default 0.93.
 *
 * @example
 * sameName('Zelensky', 'Volodymyr Zelenskyy') //=> true
 * sameName('Zelensky', 'Zelenskyy', 0.99) //=> false
 */
export function sameName(a: string, b: string, similarity: number = defaultOptions.nameSimilarity): boolean {
  return sameNameKey(nameKey(a), nameKey(b), similarity)
}

/**
 * `sameName` of two names already folded by `nameKey`: for callers that compare one name with
 * many, so that each is folded once rather than once a pair.
 *
 * @example
 * sameNameKey(nameKey('Zelensky'), nameKey('Volodymyr Zelenskyy'), 0.93) //=> true
 */
export function sameNameKey(left: string, right: string, similarity: number): boolean {
  if (left === '' || right === '') return false
  if (left === right) return true
  if (left.endsWith(` ${right}`) || right.endsWith(` ${left}`)) return true
  const lastLeft = left.slice(left.lastIndexOf(' ') + 1)
  const lastRight = right.slice(right.lastIndexOf(' ') + 1)
  const lastAlike = nameSimilarity(lastLeft, lastRight) >= similarity
  if (left.includes(' ') !== right.includes(' ')) return lastLeft.length > 3 && lastAlike
  return lastAlike && nameSimilarity(left, right) >= similarity
}

/** A name folded for comparison: lower case, letters and digits, single spaces, no 'the'. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(combiningMarks, '')
    .toLowerCase()
    .replace(nonAlphanumeric, ' ')
    .trim()
    .replace(leadingThe, '')
}
