import { stem, stopwords, tokenize } from '../text/natural.js'
import type { Detail, DetailKind } from '../types.js'
import { possessiveEnd, startsWithDigit } from './patterns.js'
import { compareMoney, isMoney, OPEN_MAX, type Tolerances } from './values.js'

/** Detail kinds that are names: never verdict-bearing beyond 'agree' and 'unique'. */
export const NAME_KINDS: readonly DetailKind[] = ['person', 'organization', 'place', 'attribution']

// Words that say what was counted in the same way: 'killed', 'dead', 'deaths' are one subject.
// Keys are lower-case words; values the canonical term.
const equivalents: ReadonlyMap<string, string> = new Map([
  ['killed', 'killed'],
  ['dead', 'killed'],
  ['death', 'killed'],
  ['deaths', 'killed'],
  ['died', 'killed'],
  ['die', 'killed'],
  ['fatalities', 'killed'],
  ['fatality', 'killed'],
  ['toll', 'killed'],
  ['lives', 'killed'],
  ['bodies', 'killed'],
  ['injured', 'injured'],
  ['wounded', 'injured'],
  ['hurt', 'injured'],
  ['injuries', 'injured'],
  ['injury', 'injured'],
  ['troops', 'troops'],
  ['troop', 'troops'],
  ['soldiers', 'troops'],
  ['soldier', 'troops'],
  ['servicemen', 'troops'],
  ['servicemembers', 'troops'],
  ['missing', 'missing'],
  ['unaccounted', 'missing'],
  ['arrested', 'arrested'],
  ['arrests', 'arrested'],
  ['detained', 'arrested'],
  ['percent', '%'],
  ['per', ''],
  ['cent', '%'],
])

// Words that say nothing about what was counted: '41 people killed' counts the killed.
const generic: ReadonlySet<string> = new Set([
  'people',
  'persons',
  'person',
  'individuals',
  'total',
  'number',
  'figure',
  'least',
  'some',
  'approximately',
  'roughly',
  'nearly',
  'almost',
  'estimated',
])

/**
 * What a figure counts, as a sorted list of canonical terms: stems without stop words and
 * generic words, with equivalent words folded ('dead', 'deaths', 'killed' -> 'killed';
 * 'soldiers' -> 'troops'). Empty when nothing specific remains.
 *
 * @example
 * subjectTerms('people killed') //=> ['killed']
 * subjectTerms('Russian soldiers') //=> ['russian', 'troops']
 */
export function subjectTerms(subject: string | null): string[] {
  if (subject === null) return []
  const terms = new Set<string>()
  for (const token of tokenize(subject)) {
    const word = token.replace(possessiveEnd, '')
    const folded = equivalents.get(word)
    if (folded !== undefined) {
      if (folded !== '') terms.add(folded)
      continue
    }
    if (generic.has(word) || stopwords.has(word) || startsWithDigit.test(word)) continue
    terms.add(stem(word))
  }
  return [...terms].sort()
}

/** How strongly two details are about the same thing; 0 means they are not. */
export type SameThingScore = 0 | 1 | 2 | 3

/**
 * Whether two subjects name the same thing: 3 when their terms are equal, 2 when one's terms
 * are all in the other ('troops' and 'Russian troops'), 0 otherwise. Empty subjects score 1
 * (unknown: the caller decides with the one-detail rule).
 *
 * @example
 * subjectScore(['troops'], ['spectators']) //=> 0
 */
export function subjectScore(a: readonly string[], b: readonly string[]): SameThingScore {
  if (a.length === 0 || b.length === 0) return 1
  const [small, large] = a.length <= b.length ? [a, b] : [b, a]
  if (!small.every((term) => large.includes(term))) return 0
  return small.length === large.length ? 3 : 2
}

/**
 * The class of comparable details: two details can be about the same thing only when their
 * classes are equal. Counts and ordinals fold their unit into the subject (the unit of
 * '9,000 troops' is what it counts); quantities and durations need the same unit (values are
 * in the unit's base, and corroborate converts nothing else); money needs only the kind
 * (currencies are weighed by `compareMoney`). Names and quotes have no class: they are
 * matched by name and by wording.
 *
 * @example
 * comparableClass({ kind: 'quantity', unit: 'km', ... }) //=> 'quantity:km'
 */
export function comparableClass(detail: Detail): string | null {
  switch (detail.kind) {
    case 'count':
    case 'ordinal':
    case 'money':
    case 'date':
      return detail.kind
    case 'percent':
      return 'percent'
    case 'quantity':
    case 'duration':
      return `${detail.kind}:${(detail.unit ?? '').trim().toLowerCase()}`
    default:
      return null
  }
}

/** The subject terms of a detail, with a count's unit folded in. */
export function detailTerms(detail: Detail): string[] {
  const withUnit = detail.kind === 'count' || detail.kind === 'ordinal'
  const text = [detail.subject, withUnit ? detail.unit : null].filter((part) => part !== null).join(' ')
  return subjectTerms(text === '' ? null : text)
}

/**
 * Whether two details of aligned statements are about the same thing, and how surely.
 * They must be of one comparable class; then their subjects must match (`subjectScore`).
 * A detail with no known subject matches only when each statement has exactly one detail of
 * that class (`aloneA`, `aloneB`): 'about 9,000 took part' next to '9,000 troops marched',
 * or when both give the identical value and hedge (then they can only agree: 'May 8' in two
 * statements that each also give another date); and their values must be within
 * `tolerances.wildcardMaxRatio` (option `wildcardMaxRatio`, default 10) of each other: a city's
 * 'about 400,000' people and 'at least nine' missing are not one thing just because each is the
 * only count in its statement; '12' and '14' dead are.
 * Money in different currencies matches only when the amounts agree (see `compareMoney`).
 * `terms` is how subject terms are read (default `detailTerms`); a caller matching many
 * details passes a cached one, since stemming is the costly part.
 *
 * @example
 * sameThing(nineThousandTroops, nineThousandSpectators, true, true, tolerances) //=> 0
 */
export function sameThing(
  a: Detail,
  b: Detail,
  aloneA: boolean,
  aloneB: boolean,
  tolerances: Tolerances,
  terms: (detail: Detail) => readonly string[] = detailTerms,
): SameThingScore {
  const kind = comparableClass(a)
  if (kind === null || kind !== comparableClass(b)) return 0
  const score = subjectScore(terms(a), terms(b))
  if (score === 0) return 0
  if (score === 1 && !(aloneA && aloneB) && !identical(a, b)) return 0
  if (score === 1 && magnitudeRatio(a, b) > tolerances.wildcardMaxRatio) return 0
  if (a.kind === 'money') {
    if (!isMoney(a.value) || !isMoney(b.value)) return 0
    const verdict = compareMoney(
      { value: a.value, hedge: a.hedge, text: a.text },
      { value: b.value, hedge: b.hedge, text: b.text },
      tolerances,
    )
    if (verdict === null) return 0
  }
  return score
}

// Identical normalised value and hedge: '8 May' and 'May 8' both '2025-05-08'.
function identical(a: Detail, b: Detail): boolean {
  const value = (detail: Detail): string =>
    typeof detail.value === 'string' ? detail.value.trim().toLowerCase() : JSON.stringify(detail.value)
  return a.hedge === b.hedge && value(a) === value(b)
}

// Ratio of the larger to the smaller nominal value of two figures (1 for non-figures).
function magnitudeRatio(a: Detail, b: Detail): number {
  const left = nominal(a.value)
  const right = nominal(b.value)
  if (left === null || right === null) return 1
  const low = Math.min(Math.abs(left), Math.abs(right))
  const high = Math.max(Math.abs(left), Math.abs(right))
  if (high === 0) return 1
  return low === 0 ? Number.POSITIVE_INFINITY : high / low
}

// The number a figure is about: itself, an open interval's bound, or a range's middle.
function nominal(value: Detail['value']): number | null {
  const amount = isMoney(value) ? value.amount : value
  if (typeof amount === 'number') return amount
  if (typeof amount !== 'object' || amount === null || !('min' in amount)) return null
  if (amount.max >= OPEN_MAX) return amount.min
  if (amount.min === 0) return amount.max
  return (amount.min + amount.max) / 2
}
