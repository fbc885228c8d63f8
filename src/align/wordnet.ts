import { dominantSenseGroups, wordnetSynsets } from './wordnet-synonyms.js'

/**
 * Inflection endings and what replaces them to give a lemma, WordNet's own detachment rules
 * for nouns ('ches' -> 'ch'), verbs ('ied' is 'ies' -> 'y', 'ing' -> 'e' or nothing) and
 * adjectives ('est' -> nothing). A candidate counts only when the table lists it, so 'ring'
 * does not turn into 'r'.
 */
const detachments: readonly (readonly [string, string])[] = [
  ['s', ''],
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['ies', 'y'],
  ['es', 'e'],
  ['es', ''],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
  ['er', ''],
  ['est', ''],
  ['er', 'e'],
  ['est', 'e'],
]

/** Most words `wordSynsets` remembers before it starts again empty (as `stem` does). */
const memoryLimit = 100_000

let lemmas: Map<string, number[]> | null = null
const memory = new Map<string, readonly number[]>()
const none: readonly number[] = []

/** Lemma -> the numbers of its synsets in `wordnetSynsets`, ascending; built on first use. */
function lemmaTable(): Map<string, number[]> {
  if (lemmas !== null) return lemmas
  lemmas = new Map()
  let id = 0
  for (const line of wordnetSynsets) {
    for (const synset of line.split(',')) {
      for (const lemma of synset.split(' ')) {
        const ids = lemmas.get(lemma)
        if (ids === undefined) lemmas.set(lemma, [id])
        else ids.push(id)
      }
      id++
    }
  }
  return lemmas
}

/**
 * The WordNet synsets (meanings shared by two or more common words) of a lower-case word and
 * of the lemmas its inflection endings give ('freed' -> 'free'), as ascending numbers; empty
 * for a word WordNet's common synsets do not hold.
 *
 * @example
 * wordSynsets('midday').length > 0 //=> true
 * wordSynsets('xqzt') //=> []
 */
export function wordSynsets(word: string): readonly number[] {
  let found = memory.get(word)
  if (found !== undefined) return found
  const table = lemmaTable()
  const ids = new Set<number>(table.get(word))
  for (const [ending, replacement] of detachments) {
    if (word.length <= ending.length || !word.endsWith(ending)) continue
    const lemma = word.slice(0, word.length - ending.length) + replacement
    if (lemma.length < 2) continue
    for (const id of table.get(lemma) ?? none) ids.add(id)
  }
  found = ids.size === 0 ? none : [...ids].sort((x, y) => x - y)
  if (memory.size >= memoryLimit) memory.clear()
  memory.set(word, found)
  return found
}

/**
 * Whether two lower-case words share a WordNet synset ('noon' / 'midday', 'freed' / 'released'):
 * WordNet 3.0 (Princeton University), through the table of src/align/wordnet-synonyms.ts.
 * Irregular forms are not joined to their lemma ('bought' is not 'buy').
 *
 * @example
 * synonymous('freed', 'released') //=> true
 * synonymous('bridge', 'school') //=> false
 */
export function synonymous(a: string, b: string): boolean {
  const x = wordSynsets(a)
  return x.length > 0 && sharesSynset(x, wordSynsets(b))
}

/**
 * Whether two ascending lists of synsets (`wordSynsets`) share one: `synonymous` for a caller
 * that looks each word's synsets up once.
 *
 * @example
 * sharesSynset(wordSynsets('noon'), wordSynsets('midday')) //=> true
 */
export function sharesSynset(x: readonly number[], y: readonly number[]): boolean {
  let i = 0
  let j = 0
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) return true
    if (x[i]! < y[j]!) i++
    else j++
  }
  return false
}

let dominantStems: Map<string, string> | null = null

/**
 * The canonical stem of a Porter stem whose word's most frequent WordNet sense it shares with
 * other common words (`dominantSenseGroups`: 'occur' -> 'happen', 'physician' -> 'doctor'), or
 * the stem itself. `align` counts such words as one: two outlets that write 'happened' and
 * 'occurred' share a word.
 *
 * @example
 * wordnetStem('occur') //=> 'happen'
 * wordnetStem('ferri') //=> 'ferri'
 */
export function wordnetStem(stemmed: string): string {
  if (dominantStems === null) {
    dominantStems = new Map()
    for (const line of dominantSenseGroups) {
      for (const group of line.split(',')) {
        const stems = group.split(' ')
        for (const member of stems) dominantStems.set(member, stems[0]!)
      }
    }
  }
  return dominantStems.get(stemmed) ?? stemmed
}
