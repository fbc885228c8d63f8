import type { ComparedValue, Detail } from '../types.js'
import { dateKey } from './dates.js'
import type { PairStatus } from './values.js'

/**
 * A key for everything a detail's value means to a comparison: kind, hedge, the exact value and,
 * for quotes, the quoted words. Two details with one key get the same verdict against any
 * third detail, so a claim's statements fold into a few classes (400 outlets saying '151' and
 * 'about 151' are two keys) and verdicts are computed once per pair of classes.
 *
 * @example
 * import { quoteText } from './quotes.js'
 * const [twelveDead] = extractDetails('12 people died.')
 * const [twelveDeadElsewhere] = extractDetails('Officials count 12 dead in the north.')
 * valueKey(twelveDead, quoteText) === valueKey(twelveDeadElsewhere, quoteText) //=> true
 */
export function valueKey(detail: Detail, quoted: (detail: Detail) => string): string {
  const words = detail.kind === 'quote' ? quoted(detail) : detail.kind === 'date' ? dateKey(detail) : ''
  return JSON.stringify([detail.kind, detail.hedge, plainValue(detail.value), words])
}

// The value with every number as its string, so NaN, Infinity and -0 keep apart in JSON.
function plainValue(value: Detail['value']): unknown {
  if (typeof value === 'number') return `n${String(value)}`
  if (typeof value === 'string') return `s${value}`
  return JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'number' ? String(inner) : inner))
}

/**
 * The values of one comparison folded into classes of equal `key`, with the pairwise status
 * of two classes computed once (from one representative of each) and a quick way to find a
 * class's first value from another article.
 */
export interface ValueClasses {
  /** The class of each value, by position. */
  classOf: readonly number[]
  /** The positions of each class's values, ascending. */
  members: readonly (readonly number[])[]
  /** The status of class `a`'s values (first) against class `b`'s (second); memoised. */
  status(a: number, b: number): PairStatus
  /** The first position of class `c`, at or after `from`, whose article is not `articleId`; -1 if none. */
  firstOther(c: number, from: number, articleId: string): number
}

/** Most classes whose pair statuses `valueClasses` keeps in a table of bytes (16 MB at most); a Map past it. */
const denseStatusClasses = 4096

/** A pair status by its code in `valueClasses`' table; code 0 is a pair not yet asked. */
const statusCodes: readonly (PairStatus | undefined)[] = [undefined, 'agree', 'compatible', 'diverge']

/**
 * Folds `values` into `ValueClasses` by `key`; `status` judges two details and must depend
 * only on what `key` captures.
 *
 * @example
 * import { compareDetails, tolerancesOf } from './details.js'
 * import { quoteText } from './quotes.js'
 * const tolerances = tolerancesOf(defaultOptions)
 * // 300 values of two distinct figures:
 * const values = Array.from({ length: 300 }, (_, i) =>
 *   ({ articleId: `a${i}`, detail: extractDetails(i % 2 ? '12 died' : '14 died')[0] }))
 * const classes = valueClasses(values, (d) => valueKey(d, quoteText), (a, b) => compareDetails(a, b, tolerances).status)
 * classes.members.length //=> 2
 */
export function valueClasses(
  values: readonly ComparedValue[],
  key: (detail: Detail) => string,
  status: (a: Detail, b: Detail) => PairStatus,
): ValueClasses {
  const ids = new Map<string, number>()
  const classOf: number[] = []
  const members: number[][] = []
  values.forEach((value, position) => {
    const k = key(value.detail)
    let id = ids.get(k)
    if (id === undefined) {
      id = members.length
      ids.set(k, id)
      members.push([])
    }
    classOf.push(id)
    members[id]!.push(position)
  })
  // For each member of a class, the index (within the class) of the next member from another article.
  const nextOther = members.map((positions) => {
    const next = new Array<number>(positions.length).fill(-1)
    for (let index = positions.length - 2; index >= 0; index--) {
      const here = values[positions[index]!]!.articleId
      const after = values[positions[index + 1]!]!.articleId
      next[index] = after !== here ? index + 1 : next[index + 1]!
    }
    return next
  })
  const count = members.length
  // Memoised by class pair in one byte each (`statusCodes`, 0: not asked) up to
  // `denseStatusClasses` classes: a comparison of 900 classes asks for most of its 810,000
  // pairs, which a Map held in about 20 MB; past it, in a Map.
  const dense = count <= denseStatusClasses
  const codes = dense ? new Uint8Array(count * count) : null
  const statuses = dense ? null : new Map<number, PairStatus>()
  return {
    classOf,
    members,
    status(a, b) {
      const pair = a * count + b
      let known = codes === null ? statuses!.get(pair) : statusCodes[codes[pair]!]
      if (known === undefined) {
        known = status(values[members[a]![0]!]!.detail, values[members[b]![0]!]!.detail)
        if (codes === null) statuses!.set(pair, known)
        else codes[pair] = statusCodes.indexOf(known)
      }
      return known
    },
    firstOther(c, from, articleId) {
      const positions = members[c]!
      let low = 0
      let high = positions.length
      while (low < high) {
        const middle = (low + high) >>> 1
        if (positions[middle]! < from) low = middle + 1
        else high = middle
      }
      if (low === positions.length) return -1
      if (values[positions[low]!]!.articleId !== articleId) return positions[low]!
      const next = nextOther[c]![low]!
      return next < 0 ? -1 : positions[next]!
    },
  }
}
