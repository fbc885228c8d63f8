import { type IntList, pushInt } from './profile-scratch.js'

/**
 * The number of each character a trigram code packs in 6 bits, for the characters the words of
 * a profile hold (`casedWords` splits on anything but ASCII letters, digits, `'`, `-` and `/`,
 * and profiles read them lower-cased), plus the space that pads a word; -1 for any other.
 */
const symbolOf: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1)
  const symbols = " abcdefghijklmnopqrstuvwxyz0123456789'-/"
  for (let i = 0; i < symbols.length; i++) table[symbols.charCodeAt(i)] = i
  return table
})()

/** Codes of packed trigrams lie below this; those of other trigrams (`otherTrigrams`) from it. */
const packedCodes = 1 << 18

/**
 * Codes of trigrams with a character `symbolOf` has no number for, from `packedCodes` up, in
 * the order first met. Never cleared, so a code never changes: profiles never hold such words
 * (see `symbolOf`), and a caller that passes them adds at most one entry per distinct trigram.
 */
const otherTrigrams = new Map<string, number>()

/**
 * Appends the codes of the letter trigrams of ` {word} ` (the word padded with a space at each
 * end; none for '') to `out`: one number per trigram, the same for every call of the process, so that two
 * profiles' trigram lists compare by their codes whatever interner made them. Three
 * characters of `symbolOf` pack into 18 bits without a table or a key string; interning
 * '3:abc' key strings in each `align` call's and each claim's interner was about a twentieth of
 * everything `compare` allocated.
 *
 * @example
 * import { intList } from './profile-scratch.js'
 * const list = intList()
 * pushTrigrams(list, 'ab') // ' ab', 'ab '
 * Array.from(list.values.subarray(0, list.length)) //=> [66, 4224]
 */
export function pushTrigrams(out: IntList, word: string): void {
  const length = word.length
  // Sliding over ' ' + word + ' ' without building it.
  let first = 32
  let second = word.charCodeAt(0)
  for (let i = 1; i <= length; i++) {
    const third = i < length ? word.charCodeAt(i) : 32
    pushInt(out, trigramCode(first, second, third))
    first = second
    second = third
  }
}

function trigramCode(first: number, second: number, third: number): number {
  const a = first < 128 ? symbolOf[first]! : -1
  const b = second < 128 ? symbolOf[second]! : -1
  const c = third < 128 ? symbolOf[third]! : -1
  if (a >= 0 && b >= 0 && c >= 0) return (a << 12) | (b << 6) | c
  const key = String.fromCharCode(first, second, third)
  let code = otherTrigrams.get(key)
  if (code === undefined) {
    code = packedCodes + otherTrigrams.size
    otherTrigrams.set(key, code)
  }
  return code
}
