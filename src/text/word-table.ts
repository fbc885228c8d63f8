/**
 * A lookup table keyed by words of the input, with no prototype: `table['constructor']` is
 * `undefined`, not `Object.prototype.constructor`, so any word of an article is just a word.
 *
 * @example
 * const table = wordTable({ dead: 'deaths' })
 * table.constructor //=> undefined
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries))
}
