import { currencyCode, subunits } from '../currencies.js'
import type { Candidate, Extractor } from '../extractor.js'
import { parseNumber } from '../numbers-in-words.js'
import {
  andCentsEndPattern,
  currencySuffixes,
  largeScaleEndPattern,
  largeScaleWordEndPattern,
  moneyPrefixPartsPattern,
  moneyPrefixPattern,
  moneySuffixPattern,
  perUnitEndPattern,
  poundsPattern,
  wonPattern,
} from '../patterns.js'

/**
 * Money with a sign or code before the amount: '$240 billion', '£1.2m', 'US$5',
 * 'C$ 16.4 million', 'EUR 300', 'USD34.6 million', '₹500 crore' (a crore is 10 million, a
 * lakh 100,000), 'Rs. 5 lakh'. Value `{ amount, currency }`, unit the ISO code; a price per
 * unit ('$5.02 a gallon', '$30 per barrel') has unit 'USD/gallon', 'USD/barrel'.
 *
 * @example
 * extractDetails('a record $240 billion')
 * //=> [{ kind: 'money', text: '$240 billion', value: { amount: 240e9, currency: 'USD' }, ... }]
 */
export const moneyPrefixExtractor: Extractor = {
  name: 'money-prefix',
  pattern: () => moneyPrefixPattern,
  extract(_text, match): Candidate | null {
    const { body, per } = splitPerUnit(match[0])
    const found = moneyPrefixPartsPattern.exec(body)
    if (found === null) return null
    const currency = currencyCode(found[1]!)
    const amount = parseNumber(found[2]!)
    if (currency === null || amount === null) return null
    const start = match.index
    return money(start, start + match[0].length, amount, currency, per, 'money-prefix')
  },
}

/**
 * Money with a currency name, code or sign after the amount: '15 million euros', '240bn
 * yuan', '300 Canadian dollars' (CAD), '30€', '75 cents' (0.75 USD), '20p' (0.20 GBP), 'five
 * dollars and fifty cents' (5.5 USD). 'pounds' is money only with a scale word ('2 million
 * pounds') or a country ('Egyptian pounds'); '5 pounds' stays a weight.
 *
 * @example
 * extractDetails('15 million euros')
 * //=> [{ kind: 'money', value: { amount: 15e6, currency: 'EUR' }, unit: 'EUR', ... }]
 */
export const moneySuffixExtractor: Extractor = {
  name: 'money-suffix',
  pattern: () => moneySuffixPattern,
  extract(_text, match): Candidate | null {
    const { body, per } = splitPerUnit(match[0])
    const cents = andCentsEndPattern.exec(body)
    const found = splitCurrency(cents === null ? body : cents[1]!)
    if (found === null) return null
    const [amountText, name] = found
    if (poundsPattern.test(name) && !largeScaleEndPattern.test(amountText)) return null
    if (wonPattern.test(name) && !largeScaleWordEndPattern.test(amountText)) return null
    const currency = currencyCode(name)
    const whole = parseNumber(amountText)
    const hundredths = cents === null ? 0 : parseNumber(cents[2]!)
    if (currency === null || whole === null || hundredths === null || hundredths >= 100) return null
    // '75 cents' is 0.75 of the currency; '5 dollars and 99 cents' is 5.99.
    const amount = subunits[name.toLowerCase()] === undefined ? whole + hundredths / 100 : whole / 100
    if (cents !== null && subunits[name.toLowerCase()] !== undefined) return null
    const start = match.index
    return money(start, start + match[0].length, amount, currency, per, 'money-suffix')
  },
}

/** A price's amount and the unit it is per: '$5.02 a gallon' -> '$5.02' and 'gallon'. */
function splitPerUnit(text: string): { body: string; per: string | null } {
  const found = perUnitEndPattern.exec(text)
  if (found === null) return { body: text, per: null }
  return { body: text.slice(0, found.index), per: found[1]!.toLowerCase() }
}

/** A money candidate; a price per unit has the unit after the currency code: 'USD/gallon'. */
function money(
  start: number,
  end: number,
  amount: number,
  currency: string,
  per: string | null,
  extractor: string,
): Candidate {
  return {
    kind: 'money',
    start,
    end,
    value: { amount, currency },
    unit: per === null ? currency : `${currency}/${per}`,
    hedge: null,
    subject: null,
    extractor,
  }
}

/**
 * An amount with its currency last split into [amount, currency]: the longest of
 * `currencySuffixes` the text ends with, one space between them dropped; null when none does
 * or nothing is left for the amount. '300 Canadian dollars' -> ['300', 'Canadian dollars'].
 */
function splitCurrency(text: string): [string, string] | null {
  const lower = text.toLowerCase()
  for (const suffix of currencySuffixes) {
    if (!lower.endsWith(suffix)) continue
    let amount = text.slice(0, text.length - suffix.length)
    if (amount.endsWith(' ')) amount = amount.slice(0, -1)
    if (amount !== '') return [amount, text.slice(text.length - suffix.length)]
  }
  return null
}
