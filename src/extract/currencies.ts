import { wordTable } from '../text/word-table.js'
import { currencyCodeShapePattern, whitespaceRunPattern } from './patterns.js'

// Currency signs, names and codes, mapped to ISO 4217 codes.

const signs: Readonly<Record<string, string>> = wordTable({
  us$: 'USD',
  c$: 'CAD',
  ca$: 'CAD',
  a$: 'AUD',
  au$: 'AUD',
  nz$: 'NZD',
  hk$: 'HKD',
  s$: 'SGD',
  r$: 'BRL',
  $: 'USD',
  '£': 'GBP',
  '€': 'EUR',
  '¥': 'JPY',
  '₹': 'INR',
  '₽': 'RUB',
  '₩': 'KRW',
  '₺': 'TRY',
  '₴': 'UAH',
  '₦': 'NGN',
  '₱': 'PHP',
  '₫': 'VND',
  // 'Rs' is the rupee of India, Pakistan, Sri Lanka and Nepal; read as Indian unless a code says more.
  rs: 'INR',
  'rs.': 'INR',
})

const names: Readonly<Record<string, string>> = wordTable({
  'us dollars': 'USD',
  dollars: 'USD',
  euros: 'EUR',
  euro: 'EUR',
  'pounds sterling': 'GBP',
  pounds: 'GBP',
  yuan: 'CNY',
  renminbi: 'CNY',
  rmb: 'CNY',
  yen: 'JPY',
  roubles: 'RUB',
  rubles: 'RUB',
  rouble: 'RUB',
  ruble: 'RUB',
  rupees: 'INR',
  rupee: 'INR',
  won: 'KRW',
  'swiss francs': 'CHF',
  francs: 'CHF',
  hryvnias: 'UAH',
  hryvnia: 'UAH',
  lira: 'TRY',
  dong: 'VND',
  rupiah: 'IDR',
  naira: 'NGN',
  pesos: 'MXN',
  peso: 'MXN',
  ringgit: 'MYR',
  baht: 'THB',
  shekels: 'ILS',
  dirhams: 'AED',
  riyals: 'SAR',
  zlotys: 'PLN',
  zloty: 'PLN',
  kronor: 'SEK',
  krona: 'SEK',
  kroner: 'NOK',
  krone: 'NOK',
})

/**
 * The ISO 4217 code of a currency sign, name or code, or null when unknown. A bare '$' is
 * read as US dollars and '¥' as yen (say 'yuan' for renminbi).
 *
 * @example
 * currencyCode('C$') //=> 'CAD'
 * currencyCode('euros') //=> 'EUR'
 * currencyCode('RMB') //=> 'CNY'
 */
export function currencyCode(token: string): string | null {
  const key = token.trim().toLowerCase().replace(whitespaceRunPattern, ' ')
  const known = signs[key] ?? names[key]
  if (known !== undefined) return known
  return currencyCodeShapePattern.test(key) ? key.toUpperCase() : null
}
