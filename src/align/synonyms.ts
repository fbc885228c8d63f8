import { stem } from '../text/natural.js'

/**
 * Words that news outlets use interchangeably for one thing, and irregular word forms that
 * the Porter stemmer cannot join to their base ('began' is not stemmed to 'begin'). Each
 * entry is the canonical word, then the exact lower-case words that count as it. Matching
 * is on whole words, not stems, so listing 'locals' does not also capture 'local'; inflections
 * of the canonical word itself ('starting', 'started') join it through the stemmer.
 *
 * Kept deliberately small and general: pairs a copy editor would swap without changing the
 * fact ('blaze' for 'fire', 'staff' for 'workers', 'building work' for 'construction'), never
 * words that only sometimes mean the same ('back' as in 'backed the plan' is also the back
 * of a building). Figure values and their hedges are never here: they must not decide
 * alignment.
 */
export const synonymGroups: readonly (readonly string[])[] = [
  // Events and their outcomes
  ['fire', 'fires', 'blaze', 'blazes', 'flames', 'flame', 'inferno'],
  [
    'die',
    'died',
    'dies',
    'dying',
    'dead',
    'death',
    'deaths',
    'killed',
    'kill',
    'kills',
    'killing',
    'fatalities',
    'fatality',
    'perished',
  ],
  ['injure', 'injured', 'injuries', 'injury', 'hurt', 'wounded'],
  ['explosion', 'explosions', 'blast', 'blasts', 'exploded', 'explode'],
  ['earthquake', 'earthquakes', 'quake', 'quakes', 'tremor', 'tremors'],
  ['flood', 'floods', 'flooding', 'floodwater', 'floodwaters'],
  ['boat', 'boats', 'ferry', 'ferries', 'vessel', 'vessels', 'ship', 'ships'],
  ['vehicle', 'vehicles', 'car', 'cars'],
  // People
  ['worker', 'workers', 'staff', 'employee', 'employees', 'workforce', 'personnel'],
  ['resident', 'residents', 'locals', 'inhabitants'],
  ['child', 'children', 'kids'],
  ['company', 'companies', 'firm', 'firms'],
  // Actions
  ['start', 'begin', 'begins', 'began', 'begun', 'beginning', 'commence', 'commenced', 'commences'],
  ['build', 'built', 'construction', 'constructing', 'constructed', 'construct'],
  ['close', 'closed', 'closes', 'closing', 'closure', 'closures', 'shut', 'shuts', 'shutting', 'shutdown'],
  ['announce', 'announced', 'announces', 'unveil', 'unveiled', 'unveils'],
  ['cancel', 'cancelled', 'canceled', 'cancels', 'scrap', 'scrapped', 'scraps', 'axed'],
  ['postpone', 'postponed', 'postpones', 'delay', 'delayed', 'delays', 'deferred'],
  ['arrest', 'arrested', 'arrests', 'detain', 'detained', 'detains'],
  ['treat', 'treated', 'treatment', 'treating'],
  [
    'vaccine',
    'vaccines',
    'vaccination',
    'vaccinations',
    'vaccinate',
    'vaccinated',
    'immunisation',
    'immunization',
    'immunise',
    'immunize',
    'immunised',
    'immunized',
    'jab',
    'jabs',
  ],
  // Irregular forms the stemmer leaves apart from their base
  ['rise', 'rose', 'risen'],
  ['fall', 'fell', 'fallen'],
  ['take', 'took', 'taken'],
  ['give', 'gave', 'given'],
  ['break', 'broke', 'broken'],
  ['strike', 'struck'],
  ['sink', 'sank', 'sunk'],
  ['fight', 'fought'],
  ['flee', 'fled'],
  ['catch', 'caught'],
  ['bring', 'brought'],
  ['send', 'sent'],
  ['spend', 'spent'],
  ['lose', 'lost'],
  ['win', 'won'],
  ['sell', 'sold'],
  ['buy', 'bought'],
  ['pay', 'paid'],
  ['meet', 'met'],
  ['hold', 'held'],
  ['lead', 'led'],
  ['seek', 'sought'],
  ['speak', 'spoke', 'spoken'],
  ['write', 'wrote', 'written'],
  ['drive', 'drove', 'driven'],
  ['steal', 'stole', 'stolen'],
  ['choose', 'chose', 'chosen'],
  ['throw', 'threw', 'thrown'],
]

let table: Map<string, string> | null = null

/** The word -> canonical stem table, built on first use (import stays cheap). */
function canonicalTable(): Map<string, string> {
  if (table !== null) return table
  table = new Map()
  for (const [canonical, ...words] of synonymGroups) {
    const key = stem(canonical!)
    table.set(canonical!, key)
    for (const word of words) table.set(word, key)
  }
  return table
}

/**
 * The canonical stem of a lower-case word listed in `synonymGroups`, or null for any other
 * word (which is then stemmed as usual).
 *
 * @example
 * canonicalStem('blaze') //=> 'fire'
 * canonicalStem('began') //=> 'start'
 * canonicalStem('warehouse') //=> null
 */
export function canonicalStem(word: string): string | null {
  return canonicalTable().get(word) ?? null
}
