// Reading numbers written in digits, words or both: '9,000', 'nine thousand', '3.5 million',
// 'a dozen', 'half a million', '240bn', and the vague plurals 'tens of thousands'.

import { wordTable } from '../text/word-table.js'
import type { Interval } from '../types.js'
import {
  andAFractionEndPattern,
  couplePattern,
  digitGroupSpacePattern,
  digitOrdinalPattern,
  europeanGroupsPattern,
  fewScalePattern,
  mixedNumberPattern,
  negativePattern,
  numberWordSeparatorPattern,
  numericPartsPattern,
  pluralScalePattern,
  pointWordsPattern,
  scaleWordPattern,
  scientificPattern,
  simpleFractionPattern,
  whitespaceRunPattern,
} from './patterns.js'

const units: Readonly<Record<string, number>> = wordTable({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
})

const scales: Readonly<Record<string, number>> = wordTable({
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  b: 1e9,
  bn: 1e9,
  tn: 1e12,
  dozen: 12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
})

/**
 * The value of the scale word a figure's text ends its number with ('7 billion', '$7bn', 'three
 * hundred', '6 thousand dollars'), or null when it has none ('7,000', 'seven').
 *
 * @example
 * scaleWordOf('$7bn') //=> 1000000000
 * scaleWordOf('three hundred') //=> 100
 * scaleWordOf('7,000') //=> null
 */
export function scaleWordOf(figure: string): number | null {
  let value: number | null = null
  for (const found of figure.matchAll(scaleWordPattern)) value = scales[found[1]!.toLowerCase()] ?? value
  return value
}

const ordinals: Readonly<Record<string, number>> = wordTable({
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  hundredth: 100,
})

/** Fractions as words ('half', 'a third') and as glyphs ('½'), by value. */
const fractions = wordTable<number>({
  half: 1 / 2,
  third: 1 / 3,
  quarter: 1 / 4,
  '½': 1 / 2,
  '¼': 1 / 4,
  '¾': 3 / 4,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '⅛': 1 / 8,
})

/** Denominators of fraction words, singular and plural: 'third', 'thirds', 'quarter'. */
const denominators = wordTable<number>({
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
})

/**
 * The value of a number written in digits and/or words, or null when it is not one. Scale
 * words and abbreviations multiply: 'bn' and 'billion' are 1e9, 'm' and 'mn' 1e6, 'k' 1e3.
 *
 * @example
 * parseNumber('9,000') //=> 9000
 * parseNumber('3.5 million') //=> 3500000
 * parseNumber('nine thousand') //=> 9000
 * parseNumber('a dozen') //=> 12
 * parseNumber('240bn') //=> 240000000000
 * parseNumber('40 000') //=> 40000
 * parseNumber('2 1/2') //=> 2.5
 * parseNumber('five and a half') //=> 5.5
 * parseNumber('500 crore') //=> 5000000000
 * parseNumber('minus five') //=> -5
 * parseNumber('3/4') //=> 0.75
 * parseNumber('three fifths') //=> 0.6
 * parseNumber('two point five million') //=> 2500000
 * parseNumber('one and three quarters') //=> 1.75
 */
export function parseNumber(text: string): number | null {
  const value = readNumber(text)
  if (value === null) return null
  // Past 2^53 a number no longer holds the digits written (309 digits overflow to Infinity),
  // and below 1e-15 a fraction is rounded away ('0.' and 400 zeros then '1' reads as 0): such
  // a figure is refused, not rounded.
  const magnitude = Math.abs(value)
  if (magnitude > Number.MAX_SAFE_INTEGER) return null
  if (magnitude < smallestFigure && (magnitude > 0 || nonZeroDigit.test(text))) return null
  return value
}

/** The smallest magnitude a figure may have: below it a double no longer holds its digits. */
const smallestFigure = 1e-15

const nonZeroDigit = /[1-9]/

function readNumber(text: string): number | null {
  const lower = text.toLowerCase().trim().replace(digitGroupSpacePattern, '')
  const negative = negativePattern.exec(lower)
  if (negative) {
    const value = readNumber(negative[1]!)
    return value === null || value === 0 ? value : -value
  }
  if (scientificPattern.test(lower)) return Number(lower)
  const simple = simpleFractionPattern.exec(lower)
  if (simple) {
    const value = Number(simple[1]) / Number(simple[2])
    return value > 0 && Number.isFinite(value) ? round(value) : null
  }
  const mixed = mixedNumberPattern.exec(lower)
  if (mixed) {
    const part = mixed[4] === undefined ? Number(mixed[2]) / Number(mixed[3]) : fractions[mixed[4]]!
    // '2 3/2' or '2 1/0' is no mixed number.
    if (!(part > 0 && part < 1)) return null
    return round(Number(mixed[1]) + part)
  }
  const withFraction = andAFractionEndPattern.exec(lower)
  if (withFraction) {
    const whole = readNumber(withFraction[1]!)
    const part = fractionOf(withFraction[2]!)
    if (whole === null || part === null || part >= 1) return null
    // 'one and a half million' scales both parts; 'a million and a half' is a half of the million.
    if (withFraction[3] !== undefined) return round((whole + part) * scales[withFraction[3]]!)
    const lastScale = scales[withFraction[1]!.split(numberWordSeparatorPattern).at(-1) ?? '']
    return round(whole + part * (lastScale !== undefined && lastScale >= 1000 ? lastScale : 1))
  }
  const numeric = numericPartsPattern.exec(lower)
  if (numeric) {
    const written = numeric[1]!
    const base = Number(
      europeanGroupsPattern.test(written) ? written.replaceAll('.', '') : written.replaceAll(',', ''),
    )
    if (numeric[2] === undefined) return base
    const factor = scales[numeric[2]]
    return factor === undefined ? null : round(base * factor)
  }
  return parseWords(lower)
}

function parseWords(lower: string): number | null {
  const alone = fractionOf(lower)
  if (alone !== null) return round(alone)
  const point = pointWordsPattern.exec(lower)
  if (point) {
    const whole = parseWords(point[1]!)
    const decimals = point[2]!
      .trim()
      .split(' ')
      .map((token) => (token === 'oh' ? 0 : units[token]))
    if (whole === null || decimals.some((digit) => digit === undefined || digit > 9)) return null
    const value = Number(`${whole}.${decimals.join('')}`)
    return round(point[3] === undefined ? value : value * scales[point[3]]!)
  }
  const split = lower.split(numberWordSeparatorPattern).filter((token) => token !== '')
  // 'and' joins a scale word and what it adds ('one hundred and four'), never two numbers
  // ('three and four' is no number).
  for (let i = 0; i < split.length; i++) {
    if (split[i] === 'and' && (i === 0 || scales[split[i - 1]!] === undefined)) return null
  }
  const tokens = split.filter((token) => token !== 'and')
  if (tokens.length === 0) return null
  let total = 0
  let current = 0
  let seen = false
  let half = false
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (token === 'a' || token === 'an') {
      if (i === tokens.length - 1) return null
      // 'a hundred', 'a dozen' count one; before a number word ('an eight-year deal') it is the article.
      if (units[tokens[i + 1]!] === undefined) current = current || 1
      continue
    }
    if (token === 'half') {
      half = true
      continue
    }
    if (token === 'dozen') {
      current = (current || 1) * 12
      seen = true
      continue
    }
    const unit = units[token]
    if (unit !== undefined) {
      // 'nineteen ninety-nine' is 1999: two tens groups in a row read as hundreds.
      current = unit >= 10 && current % 100 >= 10 ? current * 100 + unit : current + unit
      seen = true
      continue
    }
    const factor = scales[token]
    if (factor === undefined || token.length < 3) return null
    seen = true
    if (factor === 100) current = (current || 1) * 100
    else {
      total += (current || 1) * factor
      current = 0
    }
  }
  if (!seen) return null
  const value = total + current
  return half ? value / 2 : value
}

/**
 * The value of a fraction in words, or null: 'a half' -> 0.5, 'three fifths' -> 0.6,
 * 'nine-tenths' -> 0.9, 'two thirds' -> 0.666667 (unrounded).
 */
function fractionOf(text: string): number | null {
  const tokens = text.split(numberWordSeparatorPattern).filter((token) => token !== '')
  if (tokens.length !== 2) return null
  const denominator = denominators[tokens[1]!]
  const head = tokens[0]!
  const numerator = head === 'a' || head === 'an' ? 1 : units[head]
  if (denominator === undefined || numerator === undefined || numerator <= 0) return null
  return numerator / denominator
}

/**
 * The figure 'a couple of' stands for: two of its scale ('a couple of people' 2, 'a couple of
 * dozen' 24, 'a couple hundred' 200), read as about that many. Null for any other text.
 *
 * @example
 * parseCouple('a couple of') //=> 2
 * parseCouple('A couple hundred') //=> 200
 */
export function parseCouple(text: string): number | null {
  const couple = couplePattern.exec(text.toLowerCase().replace(whitespaceRunPattern, ' ').trim())
  if (!couple) return null
  const scale = couple[1] ?? couple[2]
  return scale === undefined ? 2 : 2 * (scale === 'dozen' ? 12 : scales[scale]!)
}

/**
 * The interval a vague plural amount stands for, or null. A plural means at least two of the
 * unit and fewer than ten of the next: 'hundreds' is 200..999, 'tens of thousands'
 * 20,000..99,999, 'dozens' 24..143; 'several hundred' is 300..900, 'a few thousand'
 * 2,000..5,000.
 *
 * @example
 * parseVague('tens of thousands') //=> { min: 20000, max: 99999 }
 */
export function parseVague(text: string): Interval | null {
  const lower = text.toLowerCase().replace(whitespaceRunPattern, ' ').trim()
  const few = fewScalePattern.exec(lower)
  if (few) {
    const unit = few[2] === 'dozen' ? 12 : scales[few[2]!]!
    return few[1] === 'several' ? { min: 3 * unit, max: 9 * unit } : { min: 2 * unit, max: 5 * unit }
  }
  const plural = pluralScalePattern.exec(lower)
  if (!plural) return null
  const head = {
    tens: 10,
    hundreds: 100,
    thousands: 1e3,
    millions: 1e6,
    billions: 1e9,
    dozens: 12,
    scores: 20,
  }[plural[1] as 'tens']
  const of =
    plural[2] === undefined ? 1 : { thousands: 1e3, millions: 1e6, billions: 1e9 }[plural[2] as 'thousands']
  const unit = head * of
  const max = head === 12 ? 143 : head === 20 ? 99 : unit * 10 - 1
  return { min: 2 * unit, max }
}

/** A ratio share: 'one in five', '9 out of 10' (group 1 the part, group 2 the whole). */
const ratioPattern = /^(\S+) (?:in|out of) (\S+)$/i

/**
 * The share a fraction phrase or a ratio names, in percent, or null: 'a third' -> 33.333333,
 * 'two-thirds' -> 66.666667, 'half' -> 50, 'three quarters' -> 75, 'one in five' -> 20.
 *
 * @example
 * parseShare('two-thirds') //=> 66.666667
 * parseShare('a quarter') //=> 25
 * parseShare('9 out of 10') //=> 90
 */
export function parseShare(text: string): number | null {
  const ratio = ratioPattern.exec(text)
  if (ratio !== null) {
    const part = parseNumber(ratio[1]!)
    const whole = parseNumber(ratio[2]!)
    if (typeof part !== 'number' || typeof whole !== 'number' || part <= 0 || whole < 2 || part >= whole)
      return null
    return round((part / whole) * 100)
  }
  const tokens = text
    .toLowerCase()
    .split(numberWordSeparatorPattern)
    .filter((token) => token !== '')
  const denominator = denominators[tokens.at(-1) ?? '']
  if (denominator === undefined || tokens.length > 2) return null
  const head = tokens.length === 2 ? tokens[0]! : 'a'
  const numerator = head === 'a' || head === 'an' ? 1 : units[head]
  if (numerator === undefined || numerator <= 0 || numerator >= denominator) return null
  return round((numerator / denominator) * 100)
}

/**
 * The value of an ordinal in words or digits, or null.
 *
 * @example
 * parseOrdinal('second') //=> 2
 * parseOrdinal('21st') //=> 21
 */
export function parseOrdinal(text: string): number | null {
  const lower = text.toLowerCase()
  const digits = digitOrdinalPattern.exec(lower)
  if (digits) return digits[1]!.length > 15 ? null : Number(digits[1])
  return ordinals[lower] ?? null
}

/** Rounds away floating-point noise from scaling ('1.2m' is 1200000, not 1199999.9999). */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6
}
