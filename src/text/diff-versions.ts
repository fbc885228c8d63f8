import type { DiffPart } from '../types.js'

/**
 * The two texts a word diff was made from: the first without its inserted parts, the second
 * without its struck ones.
 *
 * @example
 * diffVersions([{ value: 'We lost ' }, { value: '12', removed: true }, { value: '14', added: true }, { value: ' boats' }])
 * //=> ['We lost 12 boats', 'We lost 14 boats']
 */
export function diffVersions(diff: readonly DiffPart[]): [string, string] {
  let first = ''
  let second = ''
  for (const part of diff) {
    if (part.added !== true) first += part.value
    if (part.removed !== true) second += part.value
  }
  return [first, second]
}
