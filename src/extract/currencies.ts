// Currency signs, names and codes, mapped to ISO 4217 codes: the one table the money pattern
// and the money extractor both read. This module imports no patterns: `patterns.ts` builds
// the currency-name alternation from it.

import { wordTable } from '../text/word-table.js'

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
  nt$: 'TWD',
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
  '₪': 'ILS',
  '₸': 'KZT',
  '₵': 'GHS',
  '฿': 'THB',
  '₡': 'CRC',
  '₲': 'PYG',
  '₭': 'LAK',
  '₮': 'MNT',
  '₼': 'AZN',
  '₾': 'GEL',
  '₿': 'BTC',
  // 'Rs' is the rupee of India, Pakistan, Sri Lanka and Nepal; read as Indian unless a code says more.
  rs: 'INR',
  'rs.': 'INR',
  sfr: 'CHF',
  'sfr.': 'CHF',
  // Local abbreviations before the amount: 'KSh 5,000', 'Rp 15,000', 'RM2.3 billion', 'R2.4bn'.
  ksh: 'KES',
  'ksh.': 'KES',
  rp: 'IDR',
  'rp.': 'IDR',
  rm: 'MYR',
  r: 'ZAR',
  // Signs written after the amount: '30€', '12 zł', '45 kr', '300 Kč' (and '€', '£', '$').
  zł: 'PLN',
  kr: 'SEK',
  kč: 'CZK',
})

/**
 * Currency names after an amount, by lower-case name, singular and plural: '15 million euros',
 * '200 rand'. A name shared by several countries ('dollars', 'pesos', 'dinars') is read as the
 * most traded one unless a country says more ('Hong Kong dollars', 'Kuwaiti dinars').
 */
const names: Readonly<Record<string, string>> = wordTable({
  dollars: 'USD',
  dollar: 'USD',
  bucks: 'USD',
  euros: 'EUR',
  euro: 'EUR',
  'pounds sterling': 'GBP',
  sterling: 'GBP',
  pounds: 'GBP',
  pound: 'GBP',
  quid: 'GBP',
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
  francs: 'CHF',
  franc: 'CHF',
  hryvnias: 'UAH',
  hryvnia: 'UAH',
  lira: 'TRY',
  liras: 'TRY',
  dong: 'VND',
  rupiah: 'IDR',
  naira: 'NGN',
  pesos: 'MXN',
  peso: 'MXN',
  ringgit: 'MYR',
  baht: 'THB',
  shekels: 'ILS',
  shekel: 'ILS',
  dirhams: 'AED',
  dirham: 'AED',
  riyals: 'SAR',
  riyal: 'SAR',
  rials: 'IRR',
  rial: 'IRR',
  dinars: 'KWD',
  dinar: 'KWD',
  zlotys: 'PLN',
  zloty: 'PLN',
  zlotych: 'PLN',
  kronor: 'SEK',
  krona: 'SEK',
  kroner: 'NOK',
  krone: 'NOK',
  koruna: 'CZK',
  korunas: 'CZK',
  forints: 'HUF',
  forint: 'HUF',
  kuna: 'HRK',
  lei: 'RON',
  leu: 'RON',
  leva: 'BGN',
  lev: 'BGN',
  rand: 'ZAR',
  reais: 'BRL',
  shillings: 'KES',
  shilling: 'KES',
  taka: 'BDT',
  cedis: 'GHS',
  cedi: 'GHS',
  kwacha: 'ZMW',
  birr: 'ETB',
  tenge: 'KZT',
  lari: 'GEL',
  manat: 'AZN',
  afghanis: 'AFN',
  afghani: 'AFN',
  kyat: 'MMK',
  riel: 'KHR',
  kip: 'LAK',
  quetzales: 'GTQ',
  quetzals: 'GTQ',
  quetzal: 'GTQ',
  lempiras: 'HNL',
  colones: 'CRC',
  soles: 'PEN',
  bolivars: 'VES',
  bolivares: 'VES',
  guaranis: 'PYG',
  bitcoins: 'BTC',
  bitcoin: 'BTC',
})

/** Country words before a shared currency name, and the currency they make: 'Hong Kong dollars'. */
const countryCurrencies: Readonly<Record<string, string>> = wordTable({
  'us dollars': 'USD',
  'u.s. dollars': 'USD',
  'american dollars': 'USD',
  'canadian dollars': 'CAD',
  'australian dollars': 'AUD',
  'new zealand dollars': 'NZD',
  'hong kong dollars': 'HKD',
  'singapore dollars': 'SGD',
  'taiwan dollars': 'TWD',
  'new taiwan dollars': 'TWD',
  'jamaican dollars': 'JMD',
  'zimbabwe dollars': 'ZWL',
  'mexican pesos': 'MXN',
  'argentine pesos': 'ARS',
  'argentinian pesos': 'ARS',
  'chilean pesos': 'CLP',
  'colombian pesos': 'COP',
  'philippine pesos': 'PHP',
  'cuban pesos': 'CUP',
  'uruguayan pesos': 'UYU',
  'dominican pesos': 'DOP',
  'indian rupees': 'INR',
  'pakistani rupees': 'PKR',
  'sri lankan rupees': 'LKR',
  'nepalese rupees': 'NPR',
  'mauritian rupees': 'MUR',
  'indonesian rupiah': 'IDR',
  'japanese yen': 'JPY',
  'chinese yuan': 'CNY',
  'egyptian pounds': 'EGP',
  'lebanese pounds': 'LBP',
  'syrian pounds': 'SYP',
  'sudanese pounds': 'SDG',
  'british pounds': 'GBP',
  'kenyan shillings': 'KES',
  'ugandan shillings': 'UGX',
  'tanzanian shillings': 'TZS',
  'somali shillings': 'SOS',
  'brazilian reais': 'BRL',
  'brazilian real': 'BRL',
  'south african rand': 'ZAR',
  'russian roubles': 'RUB',
  'russian rubles': 'RUB',
  'belarusian roubles': 'BYN',
  'belarusian rubles': 'BYN',
  'turkish lira': 'TRY',
  'swedish kronor': 'SEK',
  'swedish krona': 'SEK',
  'norwegian kroner': 'NOK',
  'norwegian krone': 'NOK',
  'danish kroner': 'DKK',
  'danish krone': 'DKK',
  'icelandic kronur': 'ISK',
  'czech korunas': 'CZK',
  'czech koruna': 'CZK',
  'hungarian forints': 'HUF',
  'polish zlotys': 'PLN',
  'polish zloty': 'PLN',
  'romanian lei': 'RON',
  'bulgarian leva': 'BGN',
  'saudi riyals': 'SAR',
  'qatari riyals': 'QAR',
  'omani rials': 'OMR',
  'yemeni rials': 'YER',
  'iranian rials': 'IRR',
  'uae dirhams': 'AED',
  'emirati dirhams': 'AED',
  'moroccan dirhams': 'MAD',
  'israeli shekels': 'ILS',
  'new shekels': 'ILS',
  'nigerian naira': 'NGN',
  'ghanaian cedis': 'GHS',
  'swiss francs': 'CHF',
  'cfa francs': 'XOF',
  'korean won': 'KRW',
  'south korean won': 'KRW',
  'north korean won': 'KPW',
  'vietnamese dong': 'VND',
  'thai baht': 'THB',
  'malaysian ringgit': 'MYR',
  'iraqi dinars': 'IQD',
  'kuwaiti dinars': 'KWD',
  'jordanian dinars': 'JOD',
  'bahraini dinars': 'BHD',
  'serbian dinars': 'RSD',
  'algerian dinars': 'DZD',
  'tunisian dinars': 'TND',
  'libyan dinars': 'LYD',
  'ukrainian hryvnias': 'UAH',
  'ukrainian hryvnia': 'UAH',
  'venezuelan bolivars': 'VES',
  'peruvian soles': 'PEN',
  'bangladeshi taka': 'BDT',
})

/** Hundredths of a currency, by name: '75 cents' is 0.75 USD, '20 pence' 0.20 GBP. */
export const subunits: Readonly<Record<string, string>> = wordTable({
  'euro cents': 'EUR',
  'euro cent': 'EUR',
  cents: 'USD',
  cent: 'USD',
  pence: 'GBP',
  penny: 'GBP',
  pennies: 'GBP',
  p: 'GBP',
})

/**
 * Every currency name, country-qualified name and subunit, longest first, as one
 * regular-expression alternation for the money pattern ('Hong Kong dollars' before 'dollars').
 * The one-letter 'p' of '20p' is left to the pattern, which wants it glued to the digits.
 */
export const currencyNameAlternation: string = currencyNameList()
  .map((name) => name.replaceAll('.', '\\.').replaceAll('$', '\\$'))
  .join('|')

/**
 * The ISO 4217 code of a currency sign, name or code, or null when unknown. A bare '$' is
 * read as US dollars and '¥' as yen (say 'yuan' for renminbi).
 *
 * @example
 * currencyCode('C$') //=> 'CAD'
 * currencyCode('euros') //=> 'EUR'
 * currencyCode('RMB') //=> 'CNY'
 * currencyCode('Hong Kong dollars') //=> 'HKD'
 */
export function currencyCode(token: string): string | null {
  const key = token.trim().toLowerCase().split(/\s+/).join(' ')
  const known = signs[key] ?? countryCurrencies[key] ?? names[key] ?? subunits[key]
  if (known !== undefined) return known
  return key.length === 3 && [...key].every((letter) => letter >= 'a' && letter <= 'z')
    ? key.toUpperCase()
    : null
}

/** Every currency name of the tables (unescaped), longest first: what may end an amount. */
export function currencyNameList(): string[] {
  return [
    ...Object.keys(countryCurrencies),
    ...Object.keys(names),
    ...Object.keys(subunits).filter((name) => name !== 'p'),
    // Code-unit order, not localeCompare: its first call loads ICU's collation, a tenth of
    // the import time; the names are lower-case ASCII, which both orders sort alike.
  ].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
}
