/**
 * A function that makes `build()` on its first call and returns that same value on every call
 * after. For tables that `import 'corroborate'` need not pay for: module load builds nothing,
 * and the first comparison that looks a word up builds the table, synchronously.
 *
 * @example
 * const letters = once(() => new Set('abc'))
 * letters() === letters() //=> true
 */
export function once<T>(build: () => T): () => T {
  const made: { value?: T } = {}
  return () => {
    if (!('value' in made)) made.value = build()
    return made.value as T
  }
}
