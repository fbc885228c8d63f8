// Units of measure and of time: the one table that names them. The quantity pattern, the
// splitting of a quantity into amount and unit, the conversion to a base unit and the plural
// of a unit name in a message are all read from `unitTable`.
//
// This module imports no patterns: `patterns.ts` builds the quantity pattern from it.

import { wordTable } from '../text/word-table.js'

/** A unit's base unit and the factor that converts one of it into the base. */
export interface UnitRule {
  base: string
  factor: number
  /** Offset added after the factor (temperatures only). */
  offset?: number
}

/**
 * One unit: its singular name, its plural name (the same for symbols), other spellings and
 * symbols, and its rule. `exact` spellings match only in the case written ('41C', '500 g',
 * '3 m': a capital 'G' or 'M' glued to digits is a network or a scale, not a unit).
 */
export interface UnitEntry {
  singular: string
  plural: string
  spellings?: readonly string[]
  exact?: readonly string[]
  rule: UnitRule
}

const length = (factor: number): UnitRule => ({ base: 'm', factor })
const mass = (factor: number): UnitRule => ({ base: 'kg', factor })
const area = (factor: number): UnitRule => ({ base: 'm2', factor })
const volume = (factor: number): UnitRule => ({ base: 'l', factor })
const speed = (factor: number): UnitRule => ({ base: 'km/h', factor })
const data = (factor: number): UnitRule => ({ base: 'B', factor })
const fahrenheit: UnitRule = { base: '°C', factor: 5 / 9, offset: (-32 * 5) / 9 }
const celsius: UnitRule = { base: '°C', factor: 1 }

/** A unit with British and American spellings: 'kilometre', 'kilometer'. */
function metric(
  stem: string,
  rule: UnitRule,
  symbols: readonly string[] = [],
  exact: readonly string[] = [],
): UnitEntry[] {
  return [
    { singular: `${stem}re`, plural: `${stem}res`, spellings: symbols, exact, rule },
    { singular: `${stem}er`, plural: `${stem}ers`, rule },
  ]
}

/**
 * Every unit of measure corroborate reads, by what it measures. Lengths convert to metres,
 * masses to kilograms, areas to square metres, volumes to litres, speeds to km/h,
 * temperatures to degrees Celsius, data to bytes, so '5 km' and '5,000 metres' (or '3.1
 * miles') compare as the same figure. US customary volumes ('gallon', 'pint') are the US
 * ones; a 'ton' is a metric tonne.
 */
export const unitTable: readonly UnitEntry[] = [
  // Length.
  ...metric('kilomet', length(1000), ['km']),
  ...metric('met', length(1), [], ['m']),
  ...metric('centimet', length(0.01), ['cm']),
  ...metric('millimet', length(0.001), ['mm']),
  ...metric('micromet', length(1e-6), ['µm', 'μm', 'microns', 'micron']),
  ...metric('nanomet', length(1e-9)),
  ...metric('decimet', length(0.1), ['dm']),
  { singular: 'mile', plural: 'miles', spellings: ['mi'], rule: length(1609.344) },
  { singular: 'nautical mile', plural: 'nautical miles', spellings: ['nmi'], rule: length(1852) },
  { singular: 'foot', plural: 'feet', spellings: ['ft'], rule: length(0.3048) },
  { singular: 'inch', plural: 'inches', rule: length(0.0254) },
  { singular: 'yard', plural: 'yards', spellings: ['yds', 'yd'], rule: length(0.9144) },
  {
    singular: 'light year',
    plural: 'light years',
    spellings: ['light-years', 'light-year'],
    rule: { base: 'light year', factor: 1 },
  },
  // Mass.
  { singular: 'tonne', plural: 'tonnes', exact: ['t'], rule: mass(1000) },
  { singular: 'ton', plural: 'tons', spellings: ['metric tons', 'metric ton'], rule: mass(1000) },
  {
    singular: 'kilogram',
    plural: 'kilograms',
    spellings: ['kilogrammes', 'kilos', 'kilo', 'kg', 'kgs'],
    rule: mass(1),
  },
  { singular: 'gram', plural: 'grams', spellings: ['grammes'], exact: ['g'], rule: mass(0.001) },
  { singular: 'milligram', plural: 'milligrams', spellings: ['mg'], rule: mass(1e-6) },
  { singular: 'microgram', plural: 'micrograms', spellings: ['mcg', 'µg', 'μg'], rule: mass(1e-9) },
  { singular: 'pound', plural: 'pounds', spellings: ['lbs', 'lb'], rule: mass(0.45359237) },
  { singular: 'ounce', plural: 'ounces', spellings: ['oz'], rule: mass(0.028349523125) },
  { singular: 'stone', plural: 'stone', rule: mass(6.35029318) },
  // Area.
  ...metric('square kilomet', area(1e6), ['sq km', 'km2', 'km²']),
  ...metric('square met', area(1), ['sq m', 'm2', 'm²']),
  ...metric('square centimet', area(1e-4), ['sq cm', 'cm2', 'cm²']),
  { singular: 'square mile', plural: 'square miles', spellings: ['sq mi'], rule: area(2589988.110336) },
  { singular: 'square foot', plural: 'square feet', spellings: ['sq ft'], rule: area(0.09290304) },
  { singular: 'square yard', plural: 'square yards', spellings: ['sq yd'], rule: area(0.83612736) },
  { singular: 'square inch', plural: 'square inches', spellings: ['sq in'], rule: area(0.00064516) },
  { singular: 'hectare', plural: 'hectares', spellings: ['ha'], rule: area(1e4) },
  { singular: 'acre', plural: 'acres', rule: area(4046.8564224) },
  // Volume.
  ...metric('lit', volume(1), [], ['l', 'L']),
  ...metric('millilit', volume(0.001), ['ml', 'mL']),
  ...metric('centilit', volume(0.01), ['cl']),
  ...metric('decilit', volume(0.1), ['dl']),
  ...metric('cubic met', volume(1000), ['m3', 'm³', 'cu m']),
  ...metric('cubic centimet', volume(0.001), ['cm3', 'cm³', 'cc']),
  { singular: 'cubic foot', plural: 'cubic feet', spellings: ['cu ft'], rule: volume(28.316846592) },
  { singular: 'cubic inch', plural: 'cubic inches', spellings: ['cu in'], rule: volume(0.016387064) },
  { singular: 'gallon', plural: 'gallons', spellings: ['gal'], rule: volume(3.785411784) },
  { singular: 'quart', plural: 'quarts', spellings: ['qt'], rule: volume(0.946352946) },
  { singular: 'pint', plural: 'pints', rule: volume(0.473176473) },
  { singular: 'fluid ounce', plural: 'fluid ounces', spellings: ['fl oz'], rule: volume(0.0295735295625) },
  { singular: 'barrel', plural: 'barrels', rule: { base: 'barrel', factor: 1 } },
  // Speed.
  ...metric('kilomet', speed(1)).map(perHour),
  { singular: 'km/h', plural: 'km/h', spellings: ['kph', 'kmh', 'km per hour'], rule: speed(1) },
  { singular: 'mile per hour', plural: 'miles per hour', spellings: ['mph'], rule: speed(1.609344) },
  { singular: 'knot', plural: 'knots', rule: speed(1.852) },
  ...metric('met', speed(3.6)).map(perSecond),
  { singular: 'm/s', plural: 'm/s', rule: speed(3.6) },
  {
    singular: 'km/s',
    plural: 'km/s',
    spellings: ['kilometres per second', 'kilometers per second'],
    rule: speed(3600),
  },
  { singular: 'foot per second', plural: 'feet per second', spellings: ['ft/s'], rule: speed(1.09728) },
  // Temperature.
  {
    singular: 'degree Celsius',
    plural: 'degrees Celsius',
    spellings: ['degrees centigrade', 'degrees C', '°C', 'celsius', 'centigrade'],
    exact: ['C'],
    rule: celsius,
  },
  {
    singular: 'degree Fahrenheit',
    plural: 'degrees Fahrenheit',
    spellings: ['degrees F', '°F', 'fahrenheit'],
    exact: ['F'],
    rule: fahrenheit,
  },
  { singular: 'kelvin', plural: 'kelvins', rule: { base: '°C', factor: 1, offset: -273.15 } },
  // Angles, and temperatures whose scale the text leaves out.
  { singular: 'degree', plural: 'degrees', spellings: ['°'], rule: { base: 'degrees', factor: 1 } },
  // Power.
  { singular: 'megawatt', plural: 'megawatts', spellings: ['MW'], rule: { base: 'MW', factor: 1 } },
  { singular: 'gigawatt', plural: 'gigawatts', spellings: ['GW'], rule: { base: 'MW', factor: 1000 } },
  { singular: 'kilowatt', plural: 'kilowatts', spellings: ['kW'], rule: { base: 'MW', factor: 0.001 } },
  // Data.
  { singular: 'bit', plural: 'bits', rule: data(0.125) },
  { singular: 'byte', plural: 'bytes', rule: data(1) },
  { singular: 'kilobyte', plural: 'kilobytes', spellings: ['KB'], rule: data(1e3) },
  { singular: 'megabyte', plural: 'megabytes', spellings: ['MB'], rule: data(1e6) },
  { singular: 'gigabyte', plural: 'gigabytes', spellings: ['GB'], rule: data(1e9) },
  { singular: 'terabyte', plural: 'terabytes', spellings: ['TB'], rule: data(1e12) },
  { singular: 'kilobit', plural: 'kilobits', rule: data(125) },
  { singular: 'megabit', plural: 'megabits', rule: data(1.25e5) },
  { singular: 'gigabit', plural: 'gigabits', rule: data(1.25e8) },
]

function perHour(entry: UnitEntry): UnitEntry {
  return { singular: `${entry.singular} per hour`, plural: `${entry.plural} per hour`, rule: entry.rule }
}

function perSecond(entry: UnitEntry): UnitEntry {
  return { singular: `${entry.singular} per second`, plural: `${entry.plural} per second`, rule: entry.rule }
}

/**
 * Quantity units by lower-case spelling, singular, plural and symbol, built from `unitTable`.
 *
 * @example
 * quantityUnits['inches'] //=> { base: 'm', factor: 0.0254 }
 */
export const quantityUnits: Readonly<Record<string, UnitRule>> = wordTable(
  Object.fromEntries(
    unitTable.flatMap((entry) => spellingsOf(entry).map((spelling) => [spelling.toLowerCase(), entry.rule])),
  ),
)

/** The spellings of a unit, symbols included. */
function spellingsOf(entry: UnitEntry): string[] {
  return [entry.singular, entry.plural, ...(entry.spellings ?? []), ...(entry.exact ?? [])]
}

/** Spellings that are a unit only in the case written, by lower case: 'c' -> {'C'}, 'l' -> {'l', 'L'}. */
const caseBound = new Map<string, Set<string>>()
for (const entry of unitTable) {
  for (const spelling of entry.exact ?? []) {
    const lower = spelling.toLowerCase()
    caseBound.set(lower, (caseBound.get(lower) ?? new Set()).add(spelling))
  }
}

/** What must stand before a one-letter unit: 'C' and 'F' glued to the digits ('41C', never '12 F-16s'), 'm' after a space ('5m' is five million). */
const letterBehind: Readonly<Record<string, string>> = wordTable({
  c: '(?<=\\d)',
  f: '(?<=\\d)',
  m: '(?<=\\d )',
})

/**
 * Every unit spelling for the quantity pattern, longest first (so 'square kilometres' wins over
 * 'kilometres'), escaped, as one regular-expression alternation. A one-letter unit must follow
 * digits ('41C', '500 g'; see `letterBehind`), and a
 * lone 't' must end its clause ('12 t of fuel', never '12 t-shirts').
 */
export const unitAlternation: string = [
  ...new Set(unitTable.flatMap(spellingsOf).filter((spelling) => spelling.length > 1 || spelling === '°')),
]
  // Ties in code-unit order, as `unitSpellings` below: localeCompare would load ICU's collator
  // at import. Two spellings of one length match one text only if they are the same letters,
  // so the order of ties changes no match.
  .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
  .map((spelling) => spelling.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
  .concat(
    [...caseBound.keys()]
      .filter((letter) => letter.length === 1)
      .map(
        (letter) =>
          `${letterBehind[letter] ?? '(?<=\\d ?)'}${letter}${letter === 't' ? '(?=[ .,;)]|$)' : ''}`,
      ),
  )
  .join('|')

/**
 * Whether a unit spelling as written in the text is a unit: a case-bound spelling must keep
 * its case ('41C' is a temperature, '4c' a flat number; '5G' no mass).
 *
 * @example
 * unitCaseFits('C') //=> true
 * unitCaseFits('c') //=> false
 * unitCaseFits('Km') //=> true
 */
export function unitCaseFits(written: string): boolean {
  return caseBound.get(written.toLowerCase())?.has(written) ?? true
}

/** Time units in seconds: a month is 30 days, a year 365 days. */
export const durationUnits: Readonly<Record<string, number>> = wordTable({
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86400,
  week: 604800,
  fortnight: 1209600,
  month: 2592000,
  year: 31536000,
  decade: 315360000,
  century: 3153600000,
  centurie: 3153600000,
})

/**
 * Converts `value` of `unit` to its base, rounded to 6 decimals (6 significant digits below 0.001).
 *
 * @example
 * toBase(5, 'km') //=> { value: 5000, unit: 'm' }
 */
export function toBase(value: number, unit: string): { value: number; unit: string } | null {
  const rule = quantityUnits[unit.toLowerCase().split(/\s+/).join(' ')]
  if (rule === undefined) return null
  const converted = value * rule.factor + (rule.offset ?? 0)
  // Past 2^53 the base value is no exact figure ('9888888888888 km' in metres): no detail, as
  // for a number that large in the text.
  if (Math.abs(converted) > Number.MAX_SAFE_INTEGER) return null
  // Six decimals, or six significant digits below a thousandth ('5 micrograms' is 5e-9 kg, not 0).
  const rounded =
    Math.abs(converted) >= 1e-3 ? Math.round(converted * 1e6) / 1e6 : Number(converted.toPrecision(6))
  return { value: rounded, unit: rule.base }
}

/**
 * Unit spellings, longest first, so 'square kilometres' wins over 'kilometres'. Ties are put in
 * code-unit order, not with `localeCompare`: its first call loads ICU's collator (about 25 ms),
 * which this module would otherwise pay at import.
 */
const unitSpellings = Object.keys(quantityUnits).sort((a, b) => b.length - a.length || (a < b ? -1 : 1))

/**
 * Splits a quantity into its amount and its unit spelling (as written), or null when no known
 * unit ends it.
 *
 * @example
 * splitUnit('30 square kilometres') //=> { amount: '30', unit: 'square kilometres' }
 * splitUnit('6-mile') //=> { amount: '6', unit: 'mile' }
 */
export function splitUnit(text: string): { amount: string; unit: string } | null {
  const lower = text.toLowerCase()
  for (const unit of unitSpellings) {
    if (!lower.endsWith(unit)) continue
    let cut = text.length - unit.length
    const before = text[cut - 1]
    if (before === ' ' || before === '-') cut--
    else if (before === undefined || before < '0' || before > '9') continue
    return { amount: text.slice(0, cut), unit: text.slice(text.length - unit.length) }
  }
  return null
}
