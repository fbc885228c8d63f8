import { wordTable } from '../text/word-table.js'
import { digitPattern, whitespaceRunPattern } from './patterns.js'
// Units of measure and of time, each with the base unit its values are converted to.

/** A unit's base unit and the factor that converts one of it into the base. */
export interface UnitRule {
  base: string
  factor: number
  /** Offset added after the factor (temperatures only). */
  offset?: number
}

const length = (factor: number): UnitRule => ({ base: 'm', factor })
const mass = (factor: number): UnitRule => ({ base: 'kg', factor })
const area = (factor: number): UnitRule => ({ base: 'm2', factor })

/**
 * Quantity units by lower-case spelling, singular and plural: the one table that names them
 * (the quantity pattern lists the same spellings). Lengths convert to metres, masses to kilograms,
 * areas to square metres, speeds to km/h, temperatures to degrees Celsius, so '5 km' and
 * '5,000 metres' (or '3.1 miles') compare as the same figure.
 */
export const quantityUnits: Readonly<Record<string, UnitRule>> = wordTable({
  km: length(1000),
  kilometres: length(1000),
  kilometers: length(1000),
  kilometre: length(1000),
  kilometer: length(1000),
  miles: length(1609.344),
  mile: length(1609.344),
  metres: length(1),
  meters: length(1),
  metre: length(1),
  meter: length(1),
  'nautical miles': length(1852),
  feet: length(0.3048),
  foot: length(0.3048),
  ft: length(0.3048),
  inches: length(0.0254),
  inch: length(0.0254),
  yards: length(0.9144),
  yard: length(0.9144),
  yds: length(0.9144),
  yd: length(0.9144),
  centimetres: length(0.01),
  centimeters: length(0.01),
  cm: length(0.01),
  millimetres: length(0.001),
  millimeters: length(0.001),
  mm: length(0.001),
  tonnes: mass(1000),
  tonne: mass(1000),
  t: mass(1000),
  tons: mass(1000),
  ton: mass(1000),
  kilograms: mass(1),
  kilogram: mass(1),
  kilos: mass(1),
  kg: mass(1),
  grams: mass(0.001),
  gram: mass(0.001),
  lbs: mass(0.45359237),
  lb: mass(0.45359237),
  'square kilometres': area(1e6),
  'square kilometers': area(1e6),
  'sq km': area(1e6),
  km2: area(1e6),
  'km²': area(1e6),
  'square miles': area(2589988.110336),
  'square feet': area(0.09290304),
  'sq ft': area(0.09290304),
  hectares: area(1e4),
  hectare: area(1e4),
  acres: area(4046.8564224),
  acre: area(4046.8564224),
  litres: { base: 'l', factor: 1 },
  liters: { base: 'l', factor: 1 },
  litre: { base: 'l', factor: 1 },
  liter: { base: 'l', factor: 1 },
  barrels: { base: 'barrel', factor: 1 },
  barrel: { base: 'barrel', factor: 1 },
  megawatts: { base: 'MW', factor: 1 },
  megawatt: { base: 'MW', factor: 1 },
  mw: { base: 'MW', factor: 1 },
  gigawatts: { base: 'MW', factor: 1000 },
  gigawatt: { base: 'MW', factor: 1000 },
  gw: { base: 'MW', factor: 1000 },
  'km/h': { base: 'km/h', factor: 1 },
  kph: { base: 'km/h', factor: 1 },
  mph: { base: 'km/h', factor: 1.609344 },
  knots: { base: 'km/h', factor: 1.852 },
  'degrees celsius': { base: '°C', factor: 1 },
  'degrees centigrade': { base: '°C', factor: 1 },
  'degrees c': { base: '°C', factor: 1 },
  '°c': { base: '°C', factor: 1 },
  'degrees fahrenheit': { base: '°C', factor: 5 / 9, offset: (-32 * 5) / 9 },
  'degrees f': { base: '°C', factor: 5 / 9, offset: (-32 * 5) / 9 },
  '°f': { base: '°C', factor: 5 / 9, offset: (-32 * 5) / 9 },
  // Glued to the digits only, in capitals ('41C'): the quantity extractor checks the case.
  c: { base: '°C', factor: 1 },
  f: { base: '°C', factor: 5 / 9, offset: (-32 * 5) / 9 },
  degrees: { base: 'degrees', factor: 1 },
  '°': { base: 'degrees', factor: 1 },
})

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
 * Converts `value` of `unit` to its base, rounded to 6 decimals.
 *
 * @example
 * toBase(5, 'km') //=> { value: 5000, unit: 'm' }
 */
export function toBase(value: number, unit: string): { value: number; unit: string } | null {
  const rule = quantityUnits[unit.toLowerCase().replace(whitespaceRunPattern, ' ')]
  if (rule === undefined) return null
  const converted = value * rule.factor + (rule.offset ?? 0)
  // Past 2^53 the base value is no exact figure ('9888888888888 km' in metres): no detail, as
  // for a number that large in the text.
  if (Math.abs(converted) > Number.MAX_SAFE_INTEGER) return null
  return { value: Math.round(converted * 1e6) / 1e6, unit: rule.base }
}

/**
 * Unit spellings, longest first, so 'square kilometres' wins over 'kilometres'. Ties are put in
 * code-unit order, not with `localeCompare`: its first call loads ICU's collator (about 25 ms),
 * which this module would otherwise pay at import.
 */
const unitSpellings = Object.keys(quantityUnits).sort((a, b) => b.length - a.length || (a < b ? -1 : 1))

/**
 * Splits a quantity into its amount and its unit spelling, or null when no known unit ends it.
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
    else if (before === undefined || !digitPattern.test(before)) continue
    return { amount: text.slice(0, cut), unit }
  }
  return null
}
