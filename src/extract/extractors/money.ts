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
  poundsPattern,
  wonPattern,
} from '../patterns.js'

/**
 * Money with a sign or code before the amount: '$240 billion', '£1.2m', 'US$5',
 * 'C$ 16.4 million', 'EUR 300'. Value `{ amount, currency }`, unit the ISO code.
 *
 * @example
 * // 'a record $240 billion' -> { kind: 'money', text: '$240 billion', value: { amount: 240e9, currency: 'USD' } }
 */
export const moneyPrefixExtractor: Extractor = {
  name: 'money-prefix',
  pattern: () => moneyPrefixPattern,
  extract(_text, match): Candidate | null {
    const found = moneyPrefixPartsPattern.exec(match[0])
    if (found === null) return null
    const currency = currencyCode(found[1]!)
    const amount = parseNumber(found[2]!)
    if (currency === null || amount === null) return null
    const start = match.index
    return money(start, start + match[0].length, amount, currency, 'money-prefix')
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
    const found = moneySuffixPartsPattern.exec(match[0])
    if (found === null) return null
    const name = found[2]!
    const amountText = found[1]!
    if (poundsPattern.test(name) && !largeScaleEndPattern.test(amountText)) return null
    if (wonPattern.test(name) && !largeScaleWordEndPattern.test(amountText)) return null
    const currency = currencyCode(name)
    const amount = parseNumber(amountText)
    if (currency === null || amount === null) return null
    const start = match.index
    return money(start, start + match[0].length, amount, currency, 'money-suffix')
  },
}

function money(start: number, end: number, amount: number, currency: string, source: string): Candidate {
  return {
    kind: 'money',
    start,
    end,
    value: { amount, currency },
    unit: currency,
    hedge: null,
    subject: null,
    source,
  }
}
