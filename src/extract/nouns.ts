// The singular and plural of every noun a message names: the one table of noun forms. Subjects
// are reduced to their singular with `singularOf` (so 'buses' and 'bus' are one subject) and a
// message puts them back with `pluralOf` ('Number of buses', never 'Number of bus' or 'buse').
// Units of measure come from the unit table (`unitTable`: 'inches', 'feet').

import { stem } from '../text/natural.js'
import { wordTable } from '../text/word-table.js'
import { esEndPattern, finalSPattern, iesEndPattern, singularSEndPattern } from './patterns.js'
import { unitTable } from './units.js'

/**
 * Nouns whose plural no rule gives, singular then plural: irregular ('person', 'people'),
 * -s nouns that add -es ('bus', 'buses'), -f and -fe nouns ('knife', 'knives'), -o nouns that
 * add -es ('hero', 'heroes') and Greek and Latin plurals ('crisis', 'crises').
 */
const irregularNouns: readonly (readonly [string, string])[] = [
  ['person', 'people'],
  ['child', 'children'],
  ['man', 'men'],
  ['woman', 'women'],
  ['foot', 'feet'],
  ['tooth', 'teeth'],
  ['goose', 'geese'],
  ['mouse', 'mice'],
  ['ox', 'oxen'],
  ['bus', 'buses'],
  ['gas', 'gases'],
  ['virus', 'viruses'],
  ['campus', 'campuses'],
  ['status', 'statuses'],
  ['census', 'censuses'],
  ['bonus', 'bonuses'],
  ['circus', 'circuses'],
  ['atlas', 'atlases'],
  ['lens', 'lenses'],
  ['bias', 'biases'],
  ['alias', 'aliases'],
  ['canvas', 'canvases'],
  ['iris', 'irises'],
  ['crisis', 'crises'],
  ['analysis', 'analyses'],
  ['thesis', 'theses'],
  ['diagnosis', 'diagnoses'],
  ['hypothesis', 'hypotheses'],
  ['oasis', 'oases'],
  ['phenomenon', 'phenomena'],
  ['criterion', 'criteria'],
  ['knife', 'knives'],
  ['wife', 'wives'],
  ['life', 'lives'],
  ['wolf', 'wolves'],
  ['leaf', 'leaves'],
  ['half', 'halves'],
  ['shelf', 'shelves'],
  ['thief', 'thieves'],
  ['calf', 'calves'],
  ['loaf', 'loaves'],
  ['hero', 'heroes'],
  ['potato', 'potatoes'],
  ['tomato', 'tomatoes'],
  ['echo', 'echoes'],
  ['volcano', 'volcanoes'],
  ['torpedo', 'torpedoes'],
  ['veto', 'vetoes'],
]

/**
 * Nouns read as they are, one form for one and many ('police', 'staff', 'sheep', 'series'),
 * and the plurals of people, which subjects keep ('children', not 'child').
 */
const invariantNouns: ReadonlySet<string> = new Set([
  'people',
  'children',
  'men',
  'women',
  'police',
  'staff',
  'personnel',
  'aircraft',
  'spacecraft',
  'sheep',
  'deer',
  'fish',
  'cattle',
  'livestock',
  'offspring',
  'series',
  'species',
  'news',
  'dead',
  'injured',
  'wounded',
  'missing',
  'displaced',
  'homeless',
  'headquarters',
  'means',
])

/** Words ending in 'man' that are no compound of 'man': 'humans', not 'humen'. */
const notManCompounds: ReadonlySet<string> = new Set([
  'human',
  'german',
  'roman',
  'norman',
  'shaman',
  'ottoman',
  'talisman',
  'caiman',
])

/** Singular nouns ending in 'men', which are no plural of a 'man' compound: 'specimens'. */
const singularMen: ReadonlySet<string> = new Set([
  'specimen',
  'regimen',
  'abdomen',
  'stamen',
  'omen',
  'acumen',
])

/** Plurals by lower-case singular: the irregular nouns, then every unit ('inch' -> 'inches'). */
const plurals: Readonly<Record<string, string>> = wordTable(
  Object.fromEntries([
    ...irregularNouns,
    ...unitTable.map((entry) => [entry.singular.toLowerCase(), entry.plural] as const),
  ]),
)

/** Singulars by lower-case plural: the inverse of `plurals` ('feet' -> 'foot'). */
const singulars: Readonly<Record<string, string>> = wordTable(
  Object.fromEntries(Object.entries(plurals).map(([singular, plural]) => [plural.toLowerCase(), singular])),
)

/** Plurals that add -es: 'inch' -> 'inches', 'box' -> 'boxes', 'glass' -> 'glasses'. */
const esPlural = /(?:ch|sh|x|ss|zz|z)$/
/** Plurals that turn -y into -ies after a consonant: 'city' -> 'cities'. */
const iesPlural = /[^aeiou]y$/

/**
 * The plural of a noun for a message ('Number of inches', never 'Number of inchs'): the
 * table's plural of its last word (irregular nouns, then units), a noun that is the same in
 * both ('police') or already plural ('troops', 'people') as it is, else the regular English
 * plural. Only the last word changes.
 *
 * @example
 * pluralOf('inch') //=> 'inches'
 * pluralOf('bus') //=> 'buses'
 * pluralOf('person') //=> 'people'
 * pluralOf('police officer') //=> 'police officers'
 * pluralOf('gunman') //=> 'gunmen'
 */
export function pluralOf(noun: string): string {
  const whole = plurals[noun.toLowerCase()]
  if (whole !== undefined) return whole
  const space = noun.lastIndexOf(' ')
  const head = noun.slice(0, space + 1)
  const last = noun.slice(space + 1)
  const lower = last.toLowerCase()
  const known = plurals[lower]
  if (known !== undefined) return `${head}${known}`
  if (invariantNouns.has(lower) || singulars[lower] !== undefined) return noun
  if (lower.endsWith('man') && !notManCompounds.has(lower)) return `${head}${last.slice(0, -3)}men`
  if (lower.endsWith('men') && !singularMen.has(lower)) return noun
  if (iesPlural.test(lower)) return `${head}${last.slice(0, -1)}ies`
  if (esPlural.test(lower) || singularSEndPattern.test(lower)) return `${head}${last}es`
  // Any other final s is a plural the subject kept ('talks'): adding another would misspell it.
  if (lower.endsWith('s')) return noun
  return `${head}${last}s`
}

/**
 * The singular of a lower-case noun, read to match a subject across outlets ('vehicles' and
 * 'vehicle' are one): the table's singular ('buses' -> 'bus', 'feet' -> 'foot'), a noun the
 * same in both as it is, else a light rule that keeps words readable ('cities' -> 'city',
 * 'churches' -> 'church'; 'tanks' -> 'tank' only when the stemmer folds both forms together).
 *
 * @example
 * singularOf('buses') //=> 'bus'
 * singularOf('houses') //=> 'house'
 * singularOf('people') //=> 'people'
 */
export function singularOf(word: string): string {
  if (invariantNouns.has(word)) return word
  const known = singulars[word]
  if (known !== undefined) return known
  if (word.length <= 3 || singularSEndPattern.test(word)) return word
  if (iesEndPattern.test(word)) return `${word.slice(0, -3)}y`
  if (esEndPattern.test(word)) return word.slice(0, -2)
  if (finalSPattern.test(word)) {
    const cut = word.slice(0, -1)
    return stem(cut) === stem(word) ? cut : word
  }
  return word
}
