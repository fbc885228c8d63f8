// How figures, hedges and subjects are normalised, rule by rule. The compare stage reads
// these values; it widens 'about' by its `hedgeTolerance` option: nothing here bakes a
// tolerance in.

import { wordTable } from '../text/word-table.js'
import type { Hedge, Interval } from '../types.js'
import { singularOf } from './nouns.js'
import { apostropheSEndPattern, whitespaceRunPattern } from './patterns.js'

/**
 * The open end of an interval: 'more than 9,000' is `{ min: 9000, max: OPEN_END }`.
 * Intervals must stay JSON-safe, so no Infinity: `Number.MAX_SAFE_INTEGER` stands for
 * "no upper bound".
 */
export const OPEN_END = Number.MAX_SAFE_INTEGER

/**
 * The hedge each hedge phrase means, and how it turns a figure X into an interval:
 *
 * | phrase | hedge | interval |
 * | --- | --- | --- |
 * | about, approximately, roughly, around, some, an estimated, close to, nearly, almost, just under, just over, or so | 'about' | X..X (compare widens it by `hedgeTolerance`) |
 * | more than, over, above, upwards of, in excess of, or more, plus | 'more-than' | X..OPEN_END |
 * | at least, no fewer than, no less than, a minimum of | 'at-least' | X..OPEN_END |
 * | up to, as many as, at most, no more than, a maximum of, or fewer, or less | 'up-to' | 0..X |
 * | fewer than, less than, under, below | 'less-than' | 0..X |
 * | between X and Y, X-Y, X to Y, tens of thousands | 'range' | X..Y |
 *
 * 'nearly' and 'almost' mean "a little under X": they are read as 'about' so that 'nearly
 * 9,000' and 'about 9,000' agree, which is what a reader checking the figure expects.
 */
export const hedgeRules: Readonly<Record<string, Hedge>> = wordTable({
  'an estimated': 'about',
  estimated: 'about',
  approximately: 'about',
  'approx.': 'about',
  roughly: 'about',
  around: 'about',
  about: 'about',
  some: 'about',
  'close to': 'about',
  nearly: 'about',
  almost: 'about',
  'just under': 'about',
  'just over': 'about',
  'or so': 'about',
  'upwards of': 'more-than',
  'in excess of': 'more-than',
  'more than': 'more-than',
  over: 'more-than',
  above: 'more-than',
  'or more': 'more-than',
  'and more': 'more-than',
  plus: 'more-than',
  'at least': 'at-least',
  'no fewer than': 'at-least',
  'no less than': 'at-least',
  'a minimum of': 'at-least',
  'up to': 'up-to',
  'as many as': 'up-to',
  'at most': 'up-to',
  'no more than': 'up-to',
  'a maximum of': 'up-to',
  'or fewer': 'up-to',
  'or less': 'up-to',
  'fewer than': 'less-than',
  'less than': 'less-than',
  under: 'less-than',
  below: 'less-than',
})

/**
 * The hedge a phrase stands for, or null.
 *
 * @example
 * hedgeOf('Approximately') //=> 'about'
 * hedgeOf('at least') //=> 'at-least'
 */
export function hedgeOf(phrase: string): Hedge | null {
  return hedgeRules[phrase.toLowerCase().replace(whitespaceRunPattern, ' ')] ?? null
}

/**
 * The interval a hedged figure X stands for, by the table of `hedgeRules`.
 *
 * @example
 * hedgeInterval('about', 9000) //=> { min: 9000, max: 9000 }
 * hedgeInterval('more-than', 9000) //=> { min: 9000, max: Number.MAX_SAFE_INTEGER }
 * hedgeInterval('up-to', 40) //=> { min: 0, max: 40 }
 */
export function hedgeInterval(hedge: Hedge, value: number | Interval): Interval {
  const min = typeof value === 'number' ? value : value.min
  const max = typeof value === 'number' ? value : value.max
  switch (hedge) {
    case 'about':
    case 'range':
      return { min, max }
    case 'more-than':
    case 'at-least':
      return { min, max: OPEN_END }
    case 'up-to':
    case 'less-than':
      return { min: 0, max }
  }
}

/**
 * Subjects that mean the same thing in news copy, folded to one canonical word so that
 * '12 people were killed' and '14 dead' compare as one subject ('deaths').
 */
const subjectSynonyms: Readonly<Record<string, string>> = wordTable({
  dead: 'deaths',
  death: 'deaths',
  deaths: 'deaths',
  killed: 'deaths',
  died: 'deaths',
  fatalities: 'deaths',
  fatality: 'deaths',
  toll: 'deaths',
  'death toll': 'deaths',
  lives: 'deaths',
  bodies: 'deaths',
  casualties: 'casualties',
  injured: 'injuries',
  injuries: 'injuries',
  injury: 'injuries',
  wounded: 'injuries',
  hurt: 'injuries',
  missing: 'missing',
  arrested: 'arrests',
  arrests: 'arrests',
  arrest: 'arrests',
  detained: 'arrests',
  detentions: 'arrests',
  displaced: 'displaced',
  evacuated: 'evacuations',
  evacuations: 'evacuations',
  troops: 'troops',
  troop: 'troops',
  soldiers: 'troops',
  soldier: 'troops',
  servicemen: 'troops',
  personnel: 'troops',
  people: 'people',
  persons: 'people',
  person: 'people',
  individuals: 'people',
  residents: 'residents',
  protesters: 'protesters',
  protestors: 'protesters',
  demonstrators: 'protesters',
  votes: 'votes',
  vote: 'votes',
  ballots: 'votes',
})

/** Words that mean a counted group died or was hurt when they follow it ('12 people were killed'). */
export const outcomeWords: Readonly<Record<string, string>> = wordTable({
  killed: 'deaths',
  dead: 'deaths',
  died: 'deaths',
  perished: 'deaths',
  injured: 'injuries',
  wounded: 'injuries',
  hurt: 'injuries',
  missing: 'missing',
  arrested: 'arrests',
  detained: 'arrests',
  displaced: 'displaced',
  evacuated: 'evacuations',
})

/**
 * The canonical subject of a head noun: lower-case, synonyms folded ('killed', 'dead' ->
 * 'deaths'; 'soldiers' -> 'troops'), other nouns reduced to their Porter stem's singular
 * surface ('vehicles' -> 'vehicle', 'homes' -> 'home') so singular and plural match.
 *
 * @example
 * normalizeSubject('Dead') //=> 'deaths'
 * normalizeSubject('vehicles') //=> 'vehicle'
 */
export function normalizeSubject(noun: string): string {
  const lower = noun.toLowerCase().replace(apostropheSEndPattern, '')
  const known = subjectSynonyms[lower]
  if (known !== undefined) return known
  return singularOf(lower)
}
