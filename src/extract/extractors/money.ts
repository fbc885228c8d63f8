import { currencyCode } from '../currencies.js'
import type { Candidate, Extractor } from '../extractor.js'
import { parseNumber } from '../numbers-in-words.js'
import {
  largeScaleEndPattern,
  largeScaleWordEndPattern,
  moneyPrefixPartsPattern,
  moneyPrefixPattern,
  moneySuffixPartsPattern,
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
 * // 'a record $240 billion' -> { kind: 'money', text: '$240 billion', value: { amount: 240e9, currency: 'USD' } }
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
 * Money with a currency name after the amount: '15 million euros', '240bn yuan'. 'pounds'
 * is money only with a scale word ('2 million pounds'); '5 pounds' stays a weight.
 *
 * @example
 * // '15 million euros' -> { kind: 'money', value: { amount: 15e6, currency: 'EUR' }, unit: 'EUR' }
 */
export const moneySuffixExtractor: Extractor = {
  name: 'money-suffix',
  pattern: () => moneySuffixPattern,
  extract(_text, match): Candidate | null {
    const { body, per } = splitPerUnit(match[0])
    const found = moneySuffixPartsPattern.exec(body)
    if (found === null) return null
    const name = found[2]!
    const amountText = found[1]!
    if (poundsPattern.test(name) && !largeScaleEndPattern.test(amountText)) return null
    if (wonPattern.test(name) && !largeScaleWordEndPattern.test(amountText)) return null
    const currency = currencyCode(name)
    const amount = parseNumber(amountText)
    if (currency === null || amount === null) return null
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
  source: string,
): Candidate {
  return {
    kind: 'money',
    start,
    end,
    value: { amount, currency },
    unit: per === null ? currency : `${currency}/${per}`,
    hedge: null,
    subject: null,
    source,
  }
}
