import type { DetailKind } from './types.js'

/** The value classes of `DetailKindSpec.value`; `DetailValueOf` in src/types.ts maps each to its type. */
export type DetailValueClass = 'amount' | 'money' | 'text'

/**
 * Everything the pipeline needs to know about one kind of detail. The extract refiners, the
 * comparison, the findings, the alignment features and the HTML report all read these
 * fields, so adding a kind is one entry here plus its extractor and tests.
 */
export interface DetailKindSpec {
  /**
   * What its `value` holds, which types `Detail['value']` for the kind and what a user
   * extractor must return: 'amount' a finite number or an `Interval`, 'money' a `MoneyValue`,
   * 'text' a non-empty string (an ISO date, a canonical name, the quoted words).
   */
  value: DetailValueClass
  /**
   * How a finding names a value of the kind ('Amount', then ' for <subject>' when known).
   * Counts read 'Number of <subjects>' when their subject is known.
   */
  label: string
  /**
   * A figure a correction is about: `checkFigures` flags it unsourced, a statement carrying it
   * earns a single-source note, alignment weighs it as figure evidence, and a confident
   * divergence is an error (a warning for other kinds).
   */
  figure: boolean
  /** Whether a detail of the kind bounds another figure's slot ('16% ... 10%': two slots). */
  bounded: boolean
  /** Whether it is a name, matched by spelling rather than by value. */
  name: boolean
  /**
   * How two details are found comparable (`comparableClass`): by kind alone, by kind and unit,
   * as a percentage (percentage points apart), or never (names and quotes match otherwise).
   */
  comparable: 'kind' | 'unit' | 'percent' | null
  /** Whether its unit is what it counts ('9,000 troops'), so unit and subject are one. */
  unitIsSubject: boolean
  /** Whether a hedge attaches ('about 9,000') and 'between 5 and 7' merges into a range. */
  ranged: boolean
  /** Whether a bare number next to it takes its unit ('5 to 7 km': both in km). */
  sharesUnit: boolean
  /** Whether the words around it are searched for what it counts (its `subject`). */
  hasSubject: boolean
  /**
   * Which of two overlapping highlights the HTML report keeps (lower wins): figures before
   * times and ranks, before names, before quotes, before attributions.
   */
  highlight: number
}

// The two families the entries below spread and amend; kept literal (`as const`) so that each
// kind's `value` class reaches the `Detail` type.
const figure = {
  value: 'amount',
  label: 'Figure',
  figure: true,
  bounded: true,
  name: false,
  comparable: 'kind',
  unitIsSubject: false,
  ranged: true,
  sharesUnit: true,
  hasSubject: true,
  highlight: 0,
} as const satisfies DetailKindSpec

const name = {
  value: 'text',
  label: 'Figure',
  figure: false,
  bounded: false,
  name: true,
  comparable: null,
  unitIsSubject: false,
  ranged: false,
  sharesUnit: false,
  hasSubject: false,
  highlight: 2,
} as const satisfies DetailKindSpec

/**
 * Every detail kind. The `DetailKind` type is its keys, and the schema's `Detail.kind` enum and
 * the docs' kind lists are made from it (scripts/generate-from-registries.mjs): adding a kind is
 * one entry here, plus the extractor that finds it.
 *
 * @example
 * detailKinds.money.label //=> 'Amount'
 */
export const detailKinds = {
  count: { ...figure, sharesUnit: false, unitIsSubject: true },
  money: { ...figure, value: 'money', label: 'Amount' },
  percent: { ...figure, label: 'Percentage', comparable: 'percent' },
  date: {
    ...figure,
    value: 'text',
    label: 'Date',
    figure: false,
    bounded: false,
    ranged: false,
    sharesUnit: false,
    hasSubject: false,
    highlight: 1,
  },
  duration: { ...figure, label: 'Duration', figure: false, bounded: false, comparable: 'unit', highlight: 1 },
  quantity: { ...figure, comparable: 'unit' },
  ordinal: {
    ...figure,
    label: 'Rank',
    figure: false,
    unitIsSubject: true,
    ranged: false,
    sharesUnit: false,
    highlight: 1,
  },
  person: name,
  organization: name,
  place: name,
  quote: { ...name, name: false, highlight: 3 },
  attribution: { ...name, highlight: 4 },
} as const satisfies Readonly<Record<string, DetailKindSpec>>

/**
 * The kinds whose `field` is true, in declaration order.
 *
 * @example
 * kindsWhere('figure') //=> ['count', 'money', 'percent', 'quantity']
 */
export function kindsWhere(
  field: 'figure' | 'bounded' | 'name' | 'unitIsSubject' | 'ranged' | 'sharesUnit' | 'hasSubject',
): DetailKind[] {
  return (Object.keys(detailKinds) as DetailKind[]).filter((kind) => detailKinds[kind][field])
}

/**
 * The highlight rank of a kind read from a report, which may have been edited by hand: a kind
 * the registry does not know ranks after every known one.
 *
 * @example
 * highlightRank('count') //=> 0
 * highlightRank('constructor') //=> 5
 */
export function highlightRank(kind: string): number {
  if (Object.hasOwn(detailKinds, kind)) return detailKinds[kind as DetailKind].highlight
  return Math.max(...Object.values(detailKinds).map((spec) => spec.highlight)) + 1
}
