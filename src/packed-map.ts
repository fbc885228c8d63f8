/**
 * `array.map(fn)` that always returns a packed array. V8's `Array.prototype.map` returns a
 * holey array from optimised code and a packed one from the interpreter, so a hot function
 * reading the results of both meets two element kinds at one load, and is deoptimised and
 * compiled again when the second arrives. A loop of `push` gives a packed array from every tier.
 * Use it for arrays that flow into hot code (a statement's words and details).
 *
 * @example
 * packedMap(['a', 'b'], (word, i) => `${i}:${word}`) //=> ['0:a', '1:b']
 */
export function packedMap<T, U>(array: readonly T[], fn: (item: T, index: number) => U): U[] {
  const mapped: U[] = []
  for (let i = 0; i < array.length; i++) mapped.push(fn(array[i]!, i))
  return mapped
}
