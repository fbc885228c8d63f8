// Word lists behind `attachSubjects`: which words link a noun to a figure, which end the
// noun phrase after it, and which say what happened to what was counted.

import { wordTable } from '../text/word-table.js'

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '))

/** Words that link a noun to a figure after it: 'trade had reached a record $240 billion'. */
export const linkingVerbs = words(
  'from reached reach reaching hit hits totalled totaled totals total totalling totaling was were is are stood stands ' +
    'rose rises fell falls grew grows climbed jumped dropped declined increased decreased surged soared plunged ' +
    'slipped amounted amounts has had have been be will would worth valued cost costs put expanded shrank ' +
    'contracted edged up down by to at of around near estimated estimate priced set pegged assessed start starts ' +
    'started begin begins stand sit sits remain remains remained average averaged averages come came rise fall ' +
    'grow increase drop decline climb jump gain gained lose lost added shed cut could can may might should must ' +
    'covered covers spanned spans measured measures weighed weighs',
)

/** Filler between a linking verb and the figure: 'a record', 'an estimated', 'now'. */
export const filler = words(
  'a an the record new some roughly nearly almost about just only now still already currently reportedly also ' +
    'further another sharply slightly more than',
)

/** Words after a figure that introduce what it counts, by kind: '$5 billion in aid', '90% of voters'. */
export const introducers: Readonly<Record<string, ReadonlySet<string>>> = {
  money: words('in of worth'),
  percent: words('of'),
  count: words('of'),
  quantity: words('of'),
}

/** Words that end the noun phrase after a figure: prepositions, adverbs, auxiliaries, common verbs. */
export const phraseStops = words(
  'against along across amid toward towards per via behind beyond within without near onto upon among despite ' +
    'throughout inside outside off overnight ago later earlier last next will shall can may apply applies go goes ' +
    'went start starts remain remains stand stands live lives take takes took make makes face faces show shows ' +
    'need needs say says according instead apiece altogether today yesterday tomorrow tonight annually daily ' +
    'weekly monthly yearly ends end begins opens closes year-on-year year-over-year month-on-month quarter-on-quarter',
)

/** Time nouns that say when, not what, right after a figure ('7.5% year on year'). */
export const timeNouns = words('year years month months week weeks day days quarter quarters hour hours')

/** Words after a figure that say where or how, not what: '120 km south', '10 years ago'. */
export const notSubjects = words(
  'north south east west northeast northwest southeast southwest away long wide high deep tall old ago later ' +
    'earlier apart inland offshore overall total each apiece respectively alone instead per',
)

/** Verbs right before a count that say what happened to it: 'killed 12', 'injuring 30'. */
export const outcomeVerbs: Readonly<Record<string, string>> = wordTable({
  killed: 'deaths',
  killing: 'deaths',
  kills: 'deaths',
  injured: 'injuries',
  injuring: 'injuries',
  wounded: 'injuries',
  wounding: 'injuries',
  arrested: 'arrests',
  detained: 'arrests',
  evacuated: 'evacuations',
  displaced: 'displaced',
})

/** Plural nouns without a final s. */
export const irregularPlurals = words(
  'people children men women police personnel staff aircraft dead injured wounded missing cattle sheep troops',
)

/** Quantifiers between a figure and its noun: '2,000 more troops', 'five additional ships'. */
export const quantifierWords = words('more additional extra further other fewer new')
