// Every regular expression of the extract stage, each a named export with a one-line doc.
//
// All of them are linear-time: no nested quantifiers, no overlapping alternatives under a
// quantifier, and every figure pattern starts behind a look-behind that stops it from being
// retried inside a run of digits or letters. Patterns that an extractor runs with `exec` are
// global (`g`); the runner resets their `lastIndex` before and after each scan, and no
// extractor scans with its own runner pattern while it runs (helpers use their own twins).

import { english } from '../language/english.js'
import type { Language } from '../language/language.js'
import { currencyNameAlternation, currencyNameList } from './currencies.js'
import { unitAlternation } from './units.js'

/**
 * Digits with thousands separators and decimals, with an optional minus sign: '9,000', '3.5',
 * '10000', '-5', '−12', '.5', and metric groups
 * separated by a no-break, thin, narrow no-break or plain space ('1 298', '40 000': only
 * groups of exactly three digits, at most four of them, and never starting right after another
 * spaced number, so that a long run of spaced digits is not rescanned from each group), never
 * inside another number.
 */
const digits = String.raw`(?:(?:(?<![\w.,\-−–])[-−](?=\d))?(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|(?<!\d[ \u00a0\u2009\u202f])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3}(?!\d)){1,4}|\d+)(?:\.\d+)?(?![\d])|(?<![\w.,])\.\d+(?![\d.]))`

/**
 * A mixed number or a digit fraction glyph: '2 1/2', '2-1/2' (as US copy writes it), '2½'. The whole part is required,
 * so '24/7' and '9/11' stay codes.
 */
const fraction = String.raw`(?<![\d.,/])\d{1,3}(?:[ \u00a0-]\d\/\d{1,2}|[½¼¾⅓⅔⅛])(?![\d/])`

/**
 * A count or an amount in European groups of three after full stops, two to four of them:
 * '1.234.567', '€1.250.000'. A single group ('1.234') stays the decimal English copy means by
 * it. Kept apart from `digits` and read only where counts and amounts are, not in the patterns
 * of units and percentages: in `digits` it tripled the time recheck needs to prove
 * `quantityPattern` linear.
 */
const europeanDigits = String.raw`(?<![\d.,])\d{1,3}(?:\.\d{3}){2,4}(?![\d.])`

/** Scale words, written out: 'million', 'crore'. */
const scaleWords = 'hundred|thousand|million|billion|trillion|lakhs?|crores?|dozen'

/** Scale abbreviations, written against the digits: '240bn', '£1.2m'. */
const scaleAbbreviations = 'mn|bn|tn|m|b|k'

/** Scale words and abbreviations after digits: '3.5 million', '240bn', '£1.2m', '500 crore', '5 lakh', '3 dozen'. */
const scale = `(?:[ -](?:${scaleWords})|(?:${scaleAbbreviations})(?![a-z]))`

/**
 * A scale word of a figure's number, after a digit, a space or a hyphen: '7 billion', '7bn', 'three
 * hundred', '5 lakh' (group 1). Global: `scaleWordOf` reads the last.
 */
export const scaleWordPattern = new RegExp(
  `(?<=[\\d\\s-])(${scaleWords}|${scaleAbbreviations})(?![a-z])`,
  'gi',
)

/** Number words that can start or continue a spelled-out number. */
const word = `(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)(?![a-z])`

/** Words that name the denominator of a fraction, singular and plural: 'half', 'thirds', 'quarter'. */
const fractionWord = `(?:halves|half|thirds|third|quarters|quarter|fourths|fourth|fifths|fifth|sixths|sixth|sevenths|seventh|eighths|eighth|ninths|ninth|tenths|tenth)(?![a-z])`

/** The numerator of a fraction in words: 'a', 'one', 'three'. */
const numeratorWord = `(?:an|a|one|two|three|four|five|six|seven|eight|nine)`

/**
 * The fraction that ends a mixed number, and a scale it may take: ' and a half', ' and three
 * quarters', ' and two-thirds', ' and a half million'.
 */
const andAFraction = `(?: and ${numeratorWord}[ -]${fractionWord}(?: (?:thousand|million|billion|trillion)(?![a-z]))?)`

/**
 * The decimal part of a number in words, and an optional scale after it: ' point five', ' point
 * two five million'. At most six digit words.
 */
const pointWords = `(?: point(?: (?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?![a-z])){1,6}(?: (?:thousand|million|billion|trillion)(?![a-z]))?)`

/** 'minus' or 'negative' before a number: 'minus five', 'minus 3.2'. */
const minus = `(?:(?<![a-z])(?:minus|negative) )?`

/**
 * A fraction in words on its own: 'three fifths', 'one half', 'nine-tenths', 'a quarter'.
 * Never before 'of' or 'the' (then it is a share, see `sharePattern`); after 'a' only 'half'
 * and 'quarter' ('a third term' is an ordinal), and never after 'and' ('an hour and a half' is
 * no number on its own).
 */
const wordFraction = `(?<![a-z-])(?:(?<!and )an? (?:half|quarter)(?![a-z])|(?:one|two|three|four|five|six|seven|eight|nine)[ -]${fractionWord})(?! (?:of|the|its|their|his|her|all|an?) )`

/**
 * A simple fraction in digits: '1/2', '3/4', '5/16'. Only denominators from 2 to 10 and 16
 * with a one-digit numerator (or up to 15 sixteenths), so '24/7' and '9/11' stay codes.
 */
const digitFraction = String.raw`(?<![\w.,/])(?:[1-9]\/(?:[2-9]|10|16)|1[0-5]\/16)(?![\d/])`

/** A number in scientific notation: '1e10', '6.02e23'. */
const scientific = String.raw`(?<![\w.,])\d+(?:\.\d+)?e[-+]?\d{1,3}(?![\w.])`

/**
 * A spelled-out number: 'nine thousand', 'twenty-five', 'a dozen', 'half a million', 'one
 * hundred and four'. 'and' joins only after a scale word: 'three and four' is two numbers (it
 * read as 7, so 'lanes three and four' was a count of seven). At most nine words, so that a
 * long run of number words is never rescanned from each of its words.
 */
const words = `${minus}(?<![a-z])(?:(?:a|an|half a) )?${word}(?:(?:(?<=(?:hundred|thousand|million|billion|trillion|dozen)) and | |-)(?!${numeratorWord}[ -]${fractionWord})${word}){0,8}(?:${pointWords}|${andAFraction})?`

/**
 * 'A couple of' as about two, alone or before a scale: 'a couple of people', 'a couple of
 * dozen', 'a couple hundred'. A couple without 'of' or a scale is two people ('the couple
 * were rescued'), and 'a few' alone is no figure at all.
 */
const couple =
  'a couple (?:of(?: (?:dozen|hundred|thousand|million|billion))?|(?:dozen|hundred|thousand|million|billion))'

/** Vague plural amounts: 'tens of thousands', 'hundreds', 'several hundred', 'dozens'. */
const vague = `(?<![a-z])(?:(?:tens|hundreds|thousands|millions|billions|dozens|scores)(?: of (?:thousands|millions|billions))?|(?:several|a few) (?:dozen|hundred|thousand|million|billion)|${couple})(?![a-z])`

/**
 * A short spelled-out number, as news copy writes one before a unit: 'ninety', 'twenty-five',
 * 'two million', 'a dozen'. No repetition, so the patterns built on it stay linear.
 */
const shortWords = `${minus}(?<![a-z])(?:(?:a|an|half a) )?${word}(?:-${word})?(?:${pointWords}|(?: (?:hundred|thousand|million|billion|trillion)(?![a-z]))?${andAFraction}?)`

/**
 * Where a number can start, tested before the look-behinds of any alternative: a digit, a point
 * or a minus sign, or, not after a letter, the first letter of a number word, of 'a', 'an',
 * 'half a', 'minus', 'negative' or of a vague amount ('tens', 'several', 'a couple'). Every
 * alternative of `number`, `unitNumber` and `vague` starts so, so the guard (which opens
 * `unitNumber` and `countPattern`) changes no match: it lets a scan reject most positions
 * (inside a word, or before a letter no number word starts with) with one character test
 * instead of trying each alternative, about a third of the figure patterns' time.
 * tests/extract/number-start.test.ts checks that the patterns match alike without it.
 */
export const numberStart = String.raw`(?=[\d.\-−]|(?<![a-z])[abdefhmnostz])`

/** Any number: a mixed number, a fraction, digits with a scale or ' and a half', or a spelled-out number. */
const number = `(?:${fraction}|${scientific}|${digitFraction}|${europeanDigits}|${minus}${digits}(?:${scale}|${andAFraction})?|${wordFraction}|${words})`

/** A number before a unit, currency or percent sign: a mixed number, digits with an optional scale, or short words. */
const unitNumber = `${numberStart}(?:${fraction}|${digitFraction}|${minus}${digits}(?:${scale}|${andAFraction})?|${shortWords})`

/** ISO codes that can stand before or after an amount. */
const currencyCodes =
  'USD|EUR|GBP|CNY|RMB|JPY|CAD|AUD|CHF|INR|RUB|UAH|KRW|HKD|SGD|NZD|BRL|TRY|ZAR|MXN|VND|IDR|PKR|BDT|LKR|NPR|PHP|THB|MYR|NGN|KES|EGP|SAR|AED|QAR|ILS|PLN|SEK|NOK|DKK|CZK|HUF|ARS|CLP|COP|PEN|TWD|KWD|IQD|JOD|BHD|OMR|MAD|GHS|KZT|RON|BGN|HRK|ISK|UGX|TZS|ETB|IRR|BTC'

/**
 * Currency signs that stand before an amount, longest first; the rand's 'R' only before a scale
 * word ('R2.4 billion'), so 'R2' stays a code.
 */
const currencySigns = String.raw`(?:US\$|CA?\$|AU?\$|NZ\$|HK\$|NT\$|S\$|R\$|\$|£|€|¥|₹|₽|₩|₺|₴|₦|₱|₫|₪|₸|₵|฿|₡|₲|₭|₮|₼|₾|₿|Rs\.?|SFr\.?|KSh\.?|Rp\.?|RM|R(?=\d[\d.,]*(?:bn|[ -](?:million|billion|trillion))(?![a-z]))|(?:${currencyCodes}) ?)`

/**
 * Currency names, signs and codes that stand after an amount: every name of the currency table
 * in currencies.ts ('euros', 'Hong Kong dollars', 'cents'), a code ('40 EUR'), a sign written
 * after ('30€', '12 zł') or a 'p' glued to the digits ('20p').
 */
const currencyNames = `(?: (?:${currencyNameAlternation}|${currencyCodes})(?![a-zA-Z])| ?(?:€|£|\\$|zł|kr|Kč)(?![a-zA-Z\\d])|(?<=\\d)p(?![a-zA-Z]))`

/** The cents after a whole amount: ' and fifty cents', ' and 99 pence'. */
const andCents = `(?: and (?:\\d{1,2}|${word}(?:-${word})?) (?:cents|cent|pence)(?![a-z]))`

/**
 * The unit a price is given per, after an amount: ' a gallon', ' per barrel', ' an hour',
 * '/kWh'. After 'a' or 'an' only units of sale and time, so '$5 a year ago' stays a price per year
 * but '$5 a head' and '$5 a share' read as prices too.
 */
const perUnit = String.raw`(?: (?:a|an) (?:gallon|litre|liter|barrel|share|tonne|ton|kilo|kilogram|pound|ounce|bushel|head|person|night|ticket|dose|unit|hour|day|week|month|year|kilowatt-hour|megawatt-hour)(?![a-z])|(?: per |\/)(?:[a-z]+(?:-[a-z]+)?|kWh|MWh))`

/**
 * Money with a sign or code before the amount: '$240 billion', '£1.2m', 'US$5', 'C$ 16.4
 * million', 'USD34.6 million', '₹500 crore', 'Rs. 5 lakh', and a price per unit: '$5.02 a gallon'.
 */
export const moneyPrefixPattern = new RegExp(
  `(?<![A-Za-z$£€¥])${currencySigns} ?(?:${europeanDigits}|${digits}${scale}?|${words})${perUnit}?`,
  'gi',
)

/**
 * Money with a currency name after the amount: '15 million euros', '240bn yuan', '2.1 trillion
 * dong', '300 Canadian dollars', '75 cents', '30€', 'five dollars and fifty cents'.
 */
export const moneySuffixPattern = new RegExp(
  // Never the minutes of a clock time: the '03p' of '5:03p' is no amount in pence.
  `(?<!\\d:)${unitNumber}${currencyNames}${andCents}?${perUnit}?`,
  'gi',
)

/** Percentages: '90%', '90 percent', '4.5 per cent', 'ninety percent'. */
export const percentPattern = new RegExp(
  `${unitNumber} ?(?:%|percent(?![a-z])|per cent(?![a-z])|pct(?![a-z]))`,
  'gi',
)

/** A fraction in words: 'a third', 'two-thirds', 'one quarter', 'half'. */
const fractionPhrase =
  '(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine)[ -](?:halves|half|thirds|third|quarters|quarter|fourths|fourth|fifths|fifth|sixths|sixth|sevenths|seventh|eighths|eighth|ninths|ninth|tenths|tenth)|half)'

/** A number in a ratio share: '1', '10', '1,000', 'one' to 'twelve', 'twenty'. */
const ratioNumber =
  '(?:\\d{1,3}(?:,\\d{3})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)'

/** The first letters of `fractionPhrase` and `ratioNumber`, tested before the look-behinds (as `numberStart`). */
const shareStart = String.raw`(?=[\daefhnost])`

/**
 * A fraction word as a share of a whole, before 'of', 'the' or a possessive ('a third of',
 * 'two-thirds of', 'one quarter of', 'half the'), or after 'by' as the size of a change ('cut
 * by a fifth', 'rose by half.'; never 'by half an hour' or 'by a third party'); or a ratio
 * before a noun: 'one in five drivers', '9 out of 10 homes'. Group 1 is the phrase. Alone,
 * only 'half' is a share: 'the third of five' is an ordinal.
 */
export const sharePattern = new RegExp(
  `${shareStart}(?<![a-z-])(${fractionPhrase}(?= (?:of|the|its|their|his|her|all) )` +
    `|(?<=(?:^|[^a-z])by )${fractionPhrase}(?=[.,;:!?)]|$| (?:in|on|to|from|since|after|over|last|this|and|or|compared|while|as|between|at|a|per|each|every)(?![a-z-]))` +
    `|(?<![\\d,.])${ratioNumber} (?:in|out of) ${ratioNumber}(?= [a-z]))`,
  'gi',
)

/** Words before a bare 'half' that make it a part of a period or a thing, not a share: 'the second half of'. */
export const notShareBeforePattern =
  /(?:^|[^a-z])(?:the|a|first|second|final|last|latter|former|other|this|that|next|opening|closing|back|front|better|bottom|top|upper|lower|northern|southern|eastern|western) $/i

/** Right after a share, an amount of time or distance: 'of an hour', 'of a mile' (no share of a group). */
export const shareOfOnePattern = /^ of an? /i

/**
 * A percentage or a share: `percentPattern` or (group 1) `sharePattern`, for the percent extractor.
 * Without their look-aheads (`numberStart`, `shareStart`): with them, recheck (tests/redos) took
 * longer than its 600 s limit to prove the union linear on a loaded machine.
 */
export const percentOrSharePattern = new RegExp(
  `${percentPattern.source}|${sharePattern.source}`.split(numberStart).join('').split(shareStart).join(''),
  'gi',
)

/**
 * Percentage points: '3 percentage points', '0.5pp', basis points ('25 basis points', '50bps':
 * hundredths of a point), and a fraction of one point in words: 'half a percentage point', 'a
 * quarter of a percentage point'.
 */
export const percentagePointPattern = new RegExp(
  `(?:${unitNumber} ?(?:percentage points?|pp|ppt|basis points?|bps)|(?<![a-z])(?:half a|(?:a|one|three) quarters? of a) percentage point)(?![a-z])`,
  'gi',
)

/** Cardinal numbers in digits or words, with an optional '-strong'/'-member' suffix: '80-strong'. */
export const countPattern = new RegExp(
  `${numberStart}(?:${number}|${vague})(?:-(?:strong|member|person|man|woman|nation|country))?`,
  'gi',
)

/** Units of measure after a number, matched as one word: every spelling of `unitTable` in units.ts. */
const units = `(?:${unitAlternation})`

/**
 * Quantities with a unit: '120 km', '3,000 tonnes', '35 degrees Celsius', '41 degrees C',
 * '41C' (a capital C or F glued to the digits), '2 1/2 inches', '12 t', '6-mile'.
 */
export const quantityPattern = new RegExp(`${unitNumber}[ -]?${units}(?![a-zA-Z²])`, 'gi')

/**
 * A height or length in feet and inches, one figure: feet (group 1) and inches (group 2 or 3):
 * '6-foot-2', '6-foot-2-inch', '5 ft 10 in', '6 feet 2 inches', '5ft 10in'. Spaced, the inches
 * need their unit ('6 feet 2 days' is no length).
 */
export const feetAndInchesPattern =
  /(?<![\w.,])(\d{1,2})(?:-(?:foot|ft)-(\d{1,2})(?:-inch(?:es)?)?(?![\w-])|[ \u00a0]?(?:feet|foot|ft)\.?,?[ \u00a0](\d{1,2})[ \u00a0]?(?:inches|inch|in)(?![a-z]))/gi

/** Earthquake magnitudes: 'magnitude 6.1', 'magnitude-6.1', '6.1-magnitude', '5.2 on the Richter scale'. */
export const magnitudePattern =
  /(?<![a-z])magnitude[ -](\d(?:\.\d+)?)(?![\d.])|(?<![\d.])(\d(?:\.\d+)?)[ -]magnitude(?![a-z])|(?<![\d.])(\d(?:\.\d+)?) on the (?:Richter|moment magnitude) scale\b/gi

/** Ages: '34-year-old', '34 years old'. */
export const agePattern = new RegExp(`${unitNumber}[ -]years?[ -]old(?![a-z])`, 'gi')

/** What every match of `agePattern` holds, so statements without it are not scanned. */
export const ageCuePattern = /years?[ -]old/i

/** What every match of `durationPattern` holds: a unit of time, so statements without one are not scanned. */
export const durationCuePattern = /second|minute|hour|day|week|fortnight|month|year|decade|centur/i

/** What every match of `percentagePointPattern` holds, so statements without it are not scanned. */
export const percentagePointCuePattern = /percentage point|pp|basis point|bps/i

/** What every match of `magnitudePattern` holds, so statements without it are not scanned. */
export const magnitudeCuePattern = /magnitude|richter/i

/** What every match of `feetAndInchesPattern` holds, so statements without it are not scanned. */
export const feetAndInchesCuePattern = /feet|foot|ft/i

/** Units of a duration, plural and singular. */
const durationUnit =
  '(?:seconds|second|minutes|minute|hours|hour|days|day|weeks|week|fortnights|fortnight|months|month|years|year|decades|decade|centuries|century)'

/**
 * Durations: '48 hours', 'three-day', 'two weeks', '10-year', and 'a year' or 'an hour' after
 * a word that makes them a span ('rose 12% in a year', 'jailed for a year'; never '$5 a day',
 * 'once a year' or 'for a second time').
 */
export const durationPattern = new RegExp(
  `${unitNumber}[ -]${durationUnit}(?![a-z])|(?=an? )(?<=(?:^|[^a-z])(?:in|within|after|for|over) )an? (?!second)${durationUnit}(?![a-z])`,
  'gi',
)

/** Ordinals in words or digits: 'second', 'third', '3rd', '21st'. */
export const ordinalPattern =
  /(?=[\defhnst])(?<![\w.,])(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|hundredth)(?![a-z\d])/gi

/**
 * Bare years and decades: '2015', 'the 1990s' (plain four digits from 1800 to 2099), also after
 * a glued 'FY' ('FY2024').
 */
export const yearPattern =
  /(?=1[89]|20)(?:(?<=(?:^|[^A-Za-z])FY)|(?<![\w.,$£€¥-]))(?:1[89]|20)\d\d(?:s|'s)?(?![\w%]|[.,]\d)/g

/**
 * The first year of a fiscal year or season and its joiner, right before the second year:
 * '2012-' of '2012-13', '2019/' of '2019/20', '2022-' of 'FY2022-23'. Group 1 is the year.
 */
export const periodStartPattern = /(?:(?<=(?:^|[^A-Za-z])FY)|(?<![\w.,$£€¥/-]))((?:1[89]|20)\d\d)[-–/]$/

/** A range joiner between two figures: '9,000-10,000', '5 to 7', '5–7'. */
export const rangeJoinerPattern = /^(?: ?[-–—] ?| to | and )$/

/** 'between' before the first figure of a range. */
export const betweenPattern = /(?:^|[^a-z])between $/i

/**
 * Hedge words right before a figure, anchored at the end of the text before it. Group 1 is the
 * hedge phrase. Longest phrases first, so 'no more than' wins over 'more than'.
 */
export const hedgeBeforePattern =
  /(?:^|[^a-z])(an estimated|estimated|approximately|approx\.|roughly|around|about|some|close to|nearly|almost|just under|just over|upwards of|in excess of|more than|over|above|at least|no fewer than|no less than|a minimum of|up to|as many as|at most|no more than|a maximum of|fewer than|less than|under|below) $/i

/** Hedge words right after a figure ('9,000 or more', '40 or so'), anchored at the start. */
export const hedgeAfterPattern = /^ (or more|or so|or fewer|or less|and more|plus)(?![a-z])/i

/**
 * Phone numbers: '+1 202 555 0142', '(202) 555-0142', '555-0142', '020 7946 0958', and a trunk
 * prefix with one group ('0800 555111', '07700 900123': no count is written with a leading 0).
 */
export const phonePattern =
  /(?<![\w.,])0\d{2,4}[ .-]\d{5,8}(?!\w|,\d)|(?<![\w.,])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\) ?)?\d{2,4}[ .-]\d{3,4}[ .-]\d{3,4}(?![\w,])|(?<![\w.,+-])\(\d{2,4}\) ?\d{3,4}[ .-]?\d{3,4}(?![\w,])|(?<![\w.,+-])\d{3}-\d{4}(?![\w,-])/g

/** Digit groups joined by three or more hyphens: ISBNs, serial and reference numbers. */
export const serialNumberPattern = /(?<![\w-])\d+(?:-\d+){2,}(?![\w-])/g

/**
 * Version numbers and dotted identifiers: 'v2.0', '1.2.3', 'iOS 17.4.1'; not a number in
 * European groups of three ('1.234.567').
 */
export const versionPattern =
  /(?<![\w.])(?:v\d+(?:\.\d+)+|(?!\d{1,3}(?:\.\d{3}){2,4}(?![\d.]))\d+\.\d+\.\d+(?:\.\d+)?)(?![\w])/gi

/** Times of day: '10:30', '9 a.m.', '6pm', '18:00 GMT', and a clock time's one-letter 'a'/'p' ('5:03p', as web pages stamp posts). */
export const timeOfDayPattern =
  /(?<![\w.:])(?:\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?|[ap](?![a-z]))?|\d{1,2}(?:\.\d{2})? ?[ap]\.?m\.?)(?![a-z])/gi

/**
 * Numbers that are part of a name or code: 'COVID-19', 'G7', 'F-16', 'MH17', 'A320', '24/7',
 * 'Article 5', 'page 12', 'ring 101', 'lane 3', 'category 4' (but not 'a level 3 times higher',
 * 'a ring 20 km around', 'the exit 40 workers used': before a unit or a plural noun the number
 * is a figure), stock indexes ('S&P 500', 'FTSE 100'), models ('Boeing 737', 'Galaxy
 * S24', 'Model 3'). A mixed number's fraction ('2 1/2'), a simple fraction ('3/4', '5/16') and a
 * fiscal year ('FY2024') are no codes.
 */
export const codePattern =
  /(?<![A-Za-z\d])(?!FY(?:1[89]|20)\d\d(?!\d))[A-Za-z]+-?\d+[A-Za-z\d]*|(?<!\d[ \u00a0]?)(?!(?:[1-9]\/(?:[2-9]|10|16)|1[0-5]\/16)(?![\d/]))\d+\/\d+(?!\d)|(?<![a-z])(?:s&p|ftse|nasdaq|nikkei|dax|cac|stoxx|sensex|nifty|kospi|russell|fortune|galaxy|pixel|playstation|xbox|model|type|formula|article|section|chapter|page|pages|pp\.|p\.|paragraph|resolution|flight|route|highway|no\.|room|flat|apartment|suite|block|plot|gate|terminal|platform|channel|apollo|boeing|airbus|windows|iphone|ios|version|rule|clause|amendment|volume|vol\.|episode|season|ward|district|zone|sector|grade|tier|phase|exhibit|table|figure|fig\.) (?:no\. )?\d+(?:[a-z](?![a-z]))?|(?<![a-z])(?:ring|lane|pier|berth|hangar|runway|track|row|seat|exit|hall|stage|category|level|reactor|precinct) \d+(?![\d.,]|[ \u00a0]+(?:feet|foot|ft|km|m|mi|cm|mm|kg|[a-z]{4,}s)\b)/gi

/** A capitalised word or an all-caps acronym, the building block of names. */
export const capitalizedWordPattern =
  /(?<![\p{L}\p{N}'’.&])(?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}[\p{L}'’&]*(?:-\p{L}+)*\.?)/gu

/**
 * Direct quotations in straight or curly double quotes, curly single quotes or guillemets, on
 * one line. Each kind's opening mark ends its own scan, so unpaired marks cost linear time.
 */
export const quotePattern = /"([^"\n]+)"|“([^“”\n]+)”|‘([^‘’\n]+)’|«([^«»\n]+)»/g

/** Straight single-quoted passages of two or more words, as in headlines: 'We will not retreat'. */
export const singleQuotePattern = /(?<![\w'])'([A-Za-z][^'\n]{0,300}?[a-z.!?,])'(?![\w])/g

/** 'according to X': group 1 is the start of the source. */
export const accordingToPattern = /(?=a)(?<![a-z])according to (?=\S)/gi

/**
 * The patterns built from a language's reporting verbs (`Language.speechVerbs`). English's are
 * compiled once, here (`englishSpeechPatterns`, and each below under its own name); another
 * language's are compiled for each statement by `statementContext`, since the extract stage
 * keeps no module-level cache.
 */
export interface SpeechPatterns {
  /** A reporting verb as a whole word, global; group 1 is the verb. */
  readonly speechVerb: RegExp
  /** A reporting verb anywhere in a short window, not global, to find the first one. */
  readonly firstSpeechVerb: RegExp
  /** A reporting verb as a whole word, global: the quote extractor's own twin of `speechVerb`. */
  readonly quoteSpeechVerb: RegExp
  /** Leading attribution cue before a quote: 'Putin declared: ' / 'she said, '. */
  readonly quoteLead: RegExp
  /** A whole word that is a reporting verb: 'said', 'declared', 'told'. */
  readonly speechVerbWord: RegExp
  /** Text right after a closing quote that names the speaker after the verb: ', said Dr. Elena Suponina'. */
  readonly quoteTailVerbFirst: RegExp
}

/** The `SpeechPatterns` of `language`, compiled anew. */
export function speechPatterns(language: Language): SpeechPatterns {
  const verbs = language.speechVerbs.map((verb) => verb.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
  const start = verbStart(language.speechVerbs)
  return {
    speechVerb: new RegExp(`${start}(?<![a-z])(${verbs})(?![a-z])`, 'gi'),
    firstSpeechVerb: new RegExp(`${start}(?<![a-z])(${verbs})(?![a-z])`, 'i'),
    quoteSpeechVerb: new RegExp(`${start}(?<![a-z])(${verbs})(?![a-z])`, 'gi'),
    quoteLead: new RegExp(String.raw`(?<![a-z])(${verbs})(?: that)?[,:]?\s{0,2}$`, 'i'),
    speechVerbWord: new RegExp(`^(?:${verbs})$`, 'i'),
    quoteTailVerbFirst: new RegExp(
      String.raw`^[,.!?]?[ \u00a0]{0,3}(?:[-–—][ \u00a0]{0,2})?(${verbs})[ \u00a0]`,
      'i',
    ),
  }
}

/**
 * A look-ahead for the first letters of `verbs` ('(?=[acdest])'), tested before the look-behind
 * of the verb patterns so a scan passes other positions with one test (as `numberStart`); empty
 * when there are no verbs or one starts with anything but a letter from a to z.
 */
export function verbStart(verbs: readonly string[]): string {
  const firsts = [...new Set(verbs.map((verb) => verb.charAt(0).toLowerCase()))].sort()
  const letters = firsts.length > 0 && firsts.every((first) => first >= 'a' && first <= 'z')
  return letters ? `(?=[${firsts.join('')}])` : ''
}

/** English's `SpeechPatterns`. */
export const englishSpeechPatterns: SpeechPatterns = speechPatterns(english)

/** English reporting verbs that cue quotes and attributions, as one alternation. */
export const speechVerbs = english.speechVerbs.join('|')

/** A reporting verb as a whole word; group 1 is the verb. */
export const speechVerbPattern = englishSpeechPatterns.speechVerb

/** A reporting verb anywhere in a short window, not global, to find the first one. */
export const firstSpeechVerbPattern = englishSpeechPatterns.firstSpeechVerb

/** A reporting verb as a whole word, global: the quote extractor's own twin of `speechVerbPattern`. */
export const quoteSpeechVerbPattern = englishSpeechPatterns.quoteSpeechVerb

/** Leading attribution cue before a quote: 'Putin declared: ' / 'she said, '. */
export const quoteLeadPattern = englishSpeechPatterns.quoteLead

/** A whole word that is a reporting verb: 'said', 'declared', 'told'. */
export const speechVerbWordPattern = englishSpeechPatterns.speechVerbWord

/** Text right after a closing quote that names the speaker after the verb: ', said Dr. Elena Suponina'. */
export const quoteTailVerbFirstPattern = englishSpeechPatterns.quoteTailVerbFirst

/** Collective unnamed sources: 'officials said', 'police said'. */
export const collectiveSources =
  /^(?:officials|authorities|police|inspectors|witnesses|eyewitnesses|residents|locals|villagers|neighbours|neighbors|analysts|experts|economists|scientists|researchers|engineers|sources|diplomats|observers|organisers|organizers|rescuers|firefighters|paramedics|doctors|nurses|medics|investigators|prosecutors|lawyers|activists|campaigners|protesters|survivors|relatives|families|parents|teachers|students|farmers|workers|employees|staff|officers|troops|soldiers|lawmakers|legislators|regulators|forecasters|meteorologists|volunteers|spokespeople|a spokesperson|a spokesman|a spokeswoman|the spokesperson|the spokesman|the spokeswoman|state media|state television|the ministry|the government|the army|the military|the kremlin|the white house)$/i

/** Words that separate clauses: a figure's subject never crosses them. */
export const clauseBreakPattern = /[;:()[\]"“”]|,\s|\s[-–—]\s/

/** A run of letters (a word) for light tokenising. */
export const wordPattern = /[\p{L}][\p{L}'’-]*/gu

/** The same word pattern, sticky, to read one word at a position. */
export const wordAtPattern = /[\p{L}][\p{L}'’-]*/uy

/** Spaces at a position, sticky. */
export const spacesAtPattern = /\s*/y

/** Roles that refer back to a named person: 'the Russian president', 'the Chinese leader'. */
export const roleMentionPattern =
  /(?<![a-z])[Tt]he ((?:[A-Z][a-z]+ )?(?:president|prime minister|chancellor|leader|foreign minister|defence minister|defense minister|secretary-general|secretary general|secretary of state|king|queen|pope|premier|governor|mayor))(?![a-z])/g

/** The whole text as one match, for an extractor that runs its own parser (chrono-node). */
export const wholeTextPattern = /^[\s\S]+/g

/** One capitalised word or acronym at a position (sticky twin of `capitalizedWordPattern`). */
export const capitalizedWordAtPattern = /(?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}[\p{L}'’&]*(?:-\p{L}+)*\.?)/uy

/**
 * A possessive ending: the "'s" of "Putin's", the apostrophe of "Reuters'" (its s is the name's:
 * removing "s'" made "Texas'" the person 'Texa' and "Wales'" 'Wale').
 */
export const possessivePattern = /(?:['’]s|(?<=s)['’])$/u

/** Abbreviated titles and name parts that keep their final period: 'Dr.', 'Gen.', 'Jr.'. */
export const keepPeriodPattern =
  /^(?:Dr|Gen|Mr|Mrs|Ms|Mx|Sen|Rep|Gov|Lt|Col|Maj|Capt|Adm|Sgt|Cpl|Const|Cst|Det|Supt|Insp|Brig|Prof|Rev|St|Jr|Sr|Inc|Co|Corp|Ltd|Ft|Mt)\.$/

/** A middle initial: one capital letter and a full stop ('B.' in 'Jack B. Weinstein'). */
export const middleInitialPattern = /^\p{Lu}\.$/u

/**
 * A compound's second part that makes a name an adjective: 'Seattle-based', 'Los
 * Angeles-area', 'Texas-born', 'Iran-backed'; the name before the hyphen is still named.
 */
export const nameCompoundSuffixPattern =
  /-(?:area|based|born|bred|bound|backed|led|run|owned|made|headquartered|registered|flagged|style)$/

/** An all-caps acronym of two to six letters, possibly dotted: 'NATO', 'U.S.', 'WHO'. */
export const acronymPattern = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u

/** A word in capitals, of any length, possibly dotted or possessive: 'PROVISIONAL', 'U.S.', "CUMBRIA'S". */
export const capitalsWordPattern = /^(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,4})(?:['\u2019]S)?$/u

/** Text right after a closing quote that names the speaker before the verb: ', Ortiz told reporters'. */
export const quoteTailNameFirstPattern = /^[,.!?]?[ \u00a0]{0,3}(?:[-–—][ \u00a0]{0,2})?(?=\S)/

/** The object of 'told': 'reporters', 'journalists', or a capitalised outlet ('Reuters'). */
export const toldObjectPattern = /^ (reporters|journalists|the [a-z]+|[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})/

/** Pronoun speakers, which name nobody on their own. */
export const pronounPattern = /^(?:he|she|they|it|we|i|you|one)$/i

/** A preposition chrono includes at the start of a date ('on Thursday'), left out of the detail. */
export const dateLeadPattern = /^(?:on|at|in|by|from|since|until|during) /i

/** A word right before a month name that makes it a date: 'in March', 'last May', 'early June'. */
export const dateWordBeforePattern =
  /(?:^|[^a-z])(?:in|since|by|until|of|last|next|this|early|late|mid|mid-|from|through|before|after|during|on) $/i

/**
 * Spans of time chrono reads as dates: 'for two weeks', 'the last 48 hours', 'over 90 minutes',
 * 'in a year', 'after about 15 minutes' (a hedge may stand before the number).
 */
export const durationLikeDatePattern =
  /^(?:(?:for|over|within|during|in|after) )?(?:(?:the )?(?:last|past|next|coming) )?(?:(?:about|around|roughly|approximately|nearly|almost|some|just|only|at least|more than|less than|up to) )?(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several) (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i

/**
 * A cheap test for text that may hold a date chrono-node reads, so the date extractor skips
 * chrono on the many statements without one ('affecting 4,315 homes' has digits but no date).
 * A superset of what chrono's English parsers match: a clock time ('12:30', '5 pm', '5 a.m.',
 * "12 o'clock", 'at 5', 'from 9'); digits joined by '/', '.', '-' or spaces (dates like
 * '9/11', '2024-05-01', '2024 5 1') and dots where a time or a date has them ('11.30 GMT',
 * '14.03.2025'; a decimal of one digit, '48.8%', '5.6 magnitude', is not one, so chrono skips it); a month or weekday name or
 * abbreviation, also glued to 'in', 'on', 'of', an ordinal ('1st', 'fifth': chrono's ordinals, so
 * not the 'st' of 'August') or 'last' as chrono allows;
 * 'today', 'tonight', 'yesterday', 'noon', 'weekend' and the like (not 'now': chrono reads it, but
 * the extractor keeps no date that is 'now' alone); a time unit ('days', 'hr',
 * 'w') standing alone, after digits, glued to a number word, 'this' or 'last', or glued to a
 * number word and another unit (chrono reads 'the money later' as 'the m + one y later'); a unit
 * glued to 'ago', 'later' and the like only where that word ends (chrono wants a word boundary
 * after it, so 'hagopian' is no date).
 * `dateDigitCuePattern` holds the digit cues, `dateWordCuePattern` the word cues (two patterns,
 * each provably linear); a text may hold a date when either matches.
 * tests/extract/date-cue.test.ts checks them against chrono itself.
 */
export const dateDigitCuePattern =
  /\d[:：/-]\d|\d\.\d\d(?!\d)|\d\.\d+\.\d|\d\s*[ap](?:\.?m)?(?:[^a-z]|$)|(?:^|[^a-z]|t)(?:at|from)\s*\d|(?:^|[^a-z]|o)clock|\d\s\d{1,2}\s\d/i

/** Words that may start a date chrono-node reads: the word half of `dateDigitCuePattern`'s test. */
export const dateWordCuePattern =
  /(?:^|[^a-z]|in|on|of|st(?<=(?:\d|fir)st)|nd(?<=(?:\d|seco)nd)|rd(?<=(?:\d|thi)rd)|th(?<=[\dfrxhne]th))(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?:[^a-z]|$|of|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirt|fourt|fift|sixt|sevent|eight|ninet|twent)|(?:^|[^a-z]|on|this|last|past|next)(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|weekend|weekday|sun|mon|tues|tue|wed|thurs|thur|thu|fri|sat)(?:[^a-z]|$|of|this|last|past|next)|(?:^|[^a-z]|this|last|at|the)(?:today|tonight|tomorrow|overmorrow|tmrw|tmr|yesterday|morning|afternoon|evening|night|midnight|midday|noon)(?:[^a-z]|$)|(?:^|[\s\d]|(?:^|[^a-z]|this|last|past|next|after|within|in|for|about|around|and|roughly|approximately|just)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|few|several|couple|the|this|last|past|next|after)|half\s{0,2}an?)(?:seconds|second|secs|sec|minutes|minute|mins|min|hours|hour|hrs|hr|days|day|weeks|week|months|month|mos|mon|mo|quarters|quarter|qtr|years|year|yrs|yr|s|m|h|d|w|y)(?:[^a-z]|$|(?:ago|before|earlier|later|after|henceforth|forward|out)(?![a-z])|from|and|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|few|several|couple|the|an?(?:[^a-z]|$))\s{0,3}(?:seconds|second|secs|sec|minutes|minute|mins|min|hours|hour|hrs|hr|days|day|weeks|week|months|month|mos|mon|mo|quarters|quarter|qtr|years|year|yrs|yr|s|m|h|d|w|y))/i

/** Words that make a date relative to the reference: 'last year', 'next week', 'three days ago'. */
export const relativeWordPattern =
  /(?<![a-z])(?:last|next|this|ago|yesterday|today|tomorrow|tonight|later|earlier|previous|coming|past|weekend)(?![a-z])/i

/** Words that put a sentence in the future, so a bare weekday is the coming one. */
export const futureCuePattern =
  /(?<![a-z])(?:will|shall|is due|are due|is expected|are expected|scheduled|upcoming|is set to|are set to|is to|are to|plans to|plan to|next)(?![a-z])/i

// Small helpers used by the extractors, refiners and normalisers.

/** A run of white space, to fold into one space. */
export const whitespaceRunPattern = /\s+/g

/** 'tens of thousands', 'hundreds': groups head and optional 'of' scale. */
export const pluralScalePattern =
  /^(tens|hundreds|thousands|millions|billions|dozens|scores)(?: of (thousands|millions|billions))?$/

/** A number in digits (group 1) with an optional scale word (group 2): '3.5 million', '1.234.567'. */
export const numericPartsPattern =
  /^([-−]?(?:\d{1,3}(?:\.\d{3}){2,4}(?![\d.])|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+))(?:[ -]?([a-z]+))?$/

/** A number in European groups of three separated by full stops: '1.234.567'. */
export const europeanGroupsPattern = /^[-−]?\d{1,3}(?:\.\d{3}){2,4}$/

/** A space that separates thousands in metric style: the space in '1 298', '40 000'. */
export const digitGroupSpacePattern = /(?<=\d)[ \u00a0\u2009\u202f](?=\d{3}(?!\d))/g

/** A mixed number: whole part (group 1), then numerator and denominator (groups 2, 3) or a glyph (group 4): '2 1/2', '2-1/2', '2½'. */
export const mixedNumberPattern = /^(\d+)(?:[ \u00a0-](\d{1,2})\/(\d{1,2})|[ \u00a0]?([½¼¾⅓⅔⅛]))$/

/** A simple fraction in digits: numerator (group 1) and denominator (group 2): '3/4'. */
export const simpleFractionPattern = /^(\d{1,2})\/(\d{1,2})$/

/**
 * A number that ends in a fraction: group 1 the whole part, group 2 the fraction, group 3 a
 * scale after it ('two and a half', '3 and three quarters', 'one and a half million').
 */
export const andAFractionEndPattern =
  /^(.+) and ((?:an|a|one|two|three|four|five|six|seven|eight|nine)[ -][a-z]+)(?: (thousand|million|billion|trillion))?$/

/** 'minus' or 'negative' or a minus sign before a number; group 1 is the number. */
export const negativePattern = /^(?:minus |negative |[-−])(.+)$/

/** A number in words with a decimal part: group 1 the whole, group 2 the digit words, group 3 an optional scale. */
export const pointWordsPattern =
  /^(.+) point ((?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?: (?:zero|oh|one|two|three|four|five|six|seven|eight|nine))*)(?: (thousand|million|billion|trillion))?$/

/** A number in scientific notation: '1e10', '6.02e23'. */
export const scientificPattern = /^\d+(?:\.\d+)?e[-+]?\d{1,3}$/

/** 'several hundred', 'a few thousand': groups quantifier and scale. */
/** 'A couple of' with an optional scale (group 1): 'a couple of people', 'a couple hundred'. */
export const couplePattern =
  /^a couple (?:of(?: (dozen|hundred|thousand|million|billion))?|(dozen|hundred|thousand|million|billion))$/

export const fewScalePattern = /^(several|a few) (dozen|hundred|thousand|million|billion)$/

/** An ordinal in digits: '3rd', '21st'; group 1 is the number. */
export const digitOrdinalPattern = /^(\d+)(?:st|nd|rd|th)$/

/** Spaces and hyphens between number words. */
export const numberWordSeparatorPattern = /[\s-]+/

/** A token that starts with a letter. */
export const letterInitialPattern = /^\p{L}/u

/** Any letter. */
export const letterPattern = /\p{L}/u

/** An article at the start of a source: 'the Kremlin'. */
export const leadingArticlePattern = /^(?:the|a|an) /i

/** Three letters, the shape of an ISO 4217 code not in the table. */
export const currencyCodeShapePattern = /^[a-z]{3}$/

/** Plural endings that drop -es: 'churches', 'taxes'. */
export const esEndPattern = /(?:ches|shes|xes|sses|zes)$/

/** Endings in s that are already singular: 'press', 'census', 'crisis', 'politics'. */
export const singularSEndPattern = /(?:ss|us|is|ics|news)$/

/** A possessive "'s" at the end of a noun. */
export const apostropheSEndPattern = /[’']s$/

/** The plural ending -ies: 'cities'. */
export const iesEndPattern = /ies$/

/** A word that ends in s. */
export const finalSPattern = /s$/

/** Four digits from 1800 to 2099, or a decade: '2015', '1990s'. */
export const yearShapePattern = /^(?:1[89]|20)\d\d(?:s|'s)?$/

/** A word that starts with a capital letter. */
export const capitalInitialPattern = /^\p{Lu}/u

/** A single word, possibly abbreviated: 'March', 'Sept.'. */
export const singleWordPattern = /^[A-Za-z]+\.?$/

/** Two numbers joined by a slash: '24/7', '9/11'. */
export const slashNumberPattern = /^\d+\/\d+$/

/** A word in lower case only. */
export const lowerWordPattern = /^[a-z]+$/

/** Digits and nothing else. */
export const digitsOnlyPattern = /^\d+$/

/** A score or a win-loss record: '10-5', '3-1' (chrono reads '10-5' as ten o'clock). */
export const scorePattern = /^\d{1,3}[-–]\d{1,3}$/

/**
 * A bare one- or two-digit number opening a date phrase before 'on', 'this', 'last' or 'next':
 * the '14 ' of 'rose to 14 on Friday', which chrono reads as two o'clock (with the 'at ' of
 * 'stood at 12 this morning' when chrono's phrase starts there).
 */
export const leadingBareNumberPattern = /^(?:at )?\d{1,2} (?=(?:on|this|last|next) )/

/** Words before a number that make it a clock time: 'at 10 on Friday', 'by 9 this morning'. */
export const clockTimeLeadPattern = /\b(?:at|by|around|until|till|from|before|after|about|past|since)\s$/i

/** A one- or two-digit number and a space opening a date phrase: the '12 ' of '12 Sunday'. */
export const leadingNumberPattern = /^\d{1,2} /

/** The end of a score or range before a date phrase's number: the '34-' of 'won 34-12 Sunday'. */
export const scoreEndPattern = /\d[-–]$/

/** A level stated with 'at', not a time: 'the toll stood at 12 this morning' ('was at 9' may be either). */
export const levelAtPattern = /\b(?:stood|stands|stand|remained|remains|held|holds|put|puts|estimated) at\s$/i

/**
 * A bare one- or two-digit number ending a date phrase, after a comma or a relative time word:
 * the ', 12' of 'March 3, 12', the ' 12' of 'Two days later 12' or 'On Friday 12' (after a month
 * it is the day).
 */
export const trailingBareNumberPattern =
  /(?:,|(?<=\b(?:later|earlier|ago|today|yesterday|tonight|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday))) \d{1,2}$/i

/**
 * A noun after a number, no unit of clock time ('12 people', not '12 noon' or '12 GMT'): the
 * number counts it and is no part of a date before it.
 */
export const countedNounAfterPattern =
  /^ (?!(?:a\.?m|p\.?m|o['’]clock|noon|midnight|hours?|hrs|gmt|utc|bst|cet|[ecmp][sd]t)\b)\p{L}/iu

/** The "'s" of a decade: "the 1990's". */
export const apostropheSPattern = /'s$/

/** Any digit. */
export const digitPattern = /\d/

/** The '-strong' style suffix of a count: '80-strong', '12-member'. */
export const countSuffixPattern = /-(?:strong|member|person|man|woman|nation|country)$/i

/** A number that is only 'a', 'an' or 'one', often a pronoun rather than a count. */
export const loneOnePattern = /^(?:a|an|one)$/i

/** A one-letter scale after digits ('4B', '5m'), which is no count without a currency. */
export const letterScaleEndPattern = /\d[bm]$/i

/** After '10k', a race: 'run', 'race', 'walk' (then it is a distance, not ten thousand). */
export const raceAfterPattern = /^[ -](?:run|race|walk|runs|races|walks|runner|runners)(?![a-z])/i

/** The word 'one' alone. */
export const onePattern = /^one$/i

/** What joins names in a list: ', ', ' and ', ', and '. */
export const nameListJoinerPattern = /^(?:,? and |, )/

/** A plural possessive: "Reuters'". */
export const pluralPossessivePattern = /s['’]$/u

/** White space between words, to split on. */
export const whitespacePattern = /\s+/

/** A period at the end of a word: 'Dr.', 'Moscow.'. */
export const finalPeriodPattern = /\.$/

/**
 * What may follow a closing quote before its attribution: punctuation, a space or a dash (the
 * hyphen escaped: unescaped, it made a range of every character from U+00A0 to the em dash,
 * accented and Greek and Cyrillic letters among them).
 */
export const quoteTailStartPattern = /^[,.!?]?[ \u00a0\-—–]/

/** A comma, semicolon or colon at the end of quoted words. */
export const trailingClausePunctuationPattern = /[,;:]$/

/** Money with a sign first, split into sign (group 1) and amount (group 2). */
export const moneyPrefixPartsPattern =
  /^(US\$|CA?\$|AU?\$|NZ\$|HK\$|NT\$|S\$|R\$|\$|£|€|¥|₹|₽|₩|₺|₴|₦|₱|₫|₪|₸|₵|฿|₡|₲|₭|₮|₼|₾|₿|Rs\.?|SFr\.?|KSh\.?|Rp\.?|[A-Z]{3}|RM|R)\s?(.+)$/i

/** The per-unit end of a price, split off: ' a gallon', ' per barrel', '/kWh'; group 1 is the unit. */
export const perUnitEndPattern = /(?: (?:a|an|per) |\/)([a-z]+(?:-[a-z]+)?)$/i

/**
 * What may end an amount of money, lower-cased and longest first: every currency name of the
 * tables in currencies.ts, the codes, the signs written after and the 'p' of '20p'. The money
 * extractor splits amount from currency with it (a regular expression of these hundred names
 * after a lazy amount took recheck minutes to prove).
 */
export const currencySuffixes: readonly string[] = [
  ...currencyNameList(),
  ...currencyCodes.split('|'),
  ...['€', '£', '$', 'zł', 'kr', 'kč', 'p'],
]
  .map((name) => name.toLowerCase())
  .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))

/** Cents after a whole amount, split off: group 1 the whole amount, group 2 the cents ('5 dollars and 99 cents'). */
export const andCentsEndPattern = /^(.+) and ([a-z\d]+(?:-[a-z]+)?) (?:cents|cent|pence)$/i

/** An amount that ends in a scale: '2 million', '3bn', '5m'. */
export const largeScaleEndPattern = /(?:million|billion|trillion|bn|m)$/i

/** An amount that ends in a large scale word: '2 million', '3bn'. */
export const largeScaleWordEndPattern = /(?:million|billion|trillion|bn)$/i

/** 'pounds', which is money only with a scale. */
export const poundsPattern = /^pounds?$/i

/** 'won', which is money (Korean won) only with a scale. */
export const wonPattern = /^won$/i

/** 'percentage points' or 'pp' at the end of a figure. */
export const percentagePointEndPattern =
  /\s?(?:(?:of )?an? )?(?:percentage points?|pp|ppt|basis points?|bps)$/i

/** Basis points at the end of a figure: hundredths of a percentage point. */
export const basisPointEndPattern = /(?:basis points?|bps)$/i

/** The percent sign or word at the end of a percentage. */
export const percentSignEndPattern = /\s?(?:%|percent|per cent|pct)$/i

/** A duration split into amount (group 1) and singular unit (group 2): '48 hours'. */
export const durationPartsPattern = /^(.+)[ -]([a-z]+?)s?$/i

/** '-year-old' or ' years old' at the end of an age. */
export const yearsOldEndPattern = /[ -]years?[ -]old$/i

/** A token that starts with a digit. */
export const digitInitialPattern = /^\d/

/** Words that end a lower-case source after 'according to': 'according to local media in ...'. */
export const sourceBoundaryPattern = /^(?:in|on|at|from|with|for|and|to|who|which|that|as)$/i

/** An article on its own: 'the', 'a', 'an'. */
export const articlePattern = /^(?:the|a|an)$/i

/** 'from ' right before a figure: 'from 5 to 7' is a change. */
export const fromBeforePattern = /(?:^|[^a-z])from $/i

/** 'between ' at the end of the text before a range. */
export const betweenEndPattern = /between $/i

/** ' and ' between two figures. */
export const andJoinerPattern = /^ and $/

/** ' to ' between two figures. */
export const toJoinerPattern = /^ to $/

/** Endings that usually make an adjective: 'national', 'armoured', 'Chinese'. */
export const adjectiveEndingPattern = /(?:al|ed|ive|ic|ous|an|ese|ish|ful|less|ary|ern|ing|-\p{L}+)$/u

/** A preposition that takes an object before a linking verb: 'to' in 'exports to the region rose'. */
export const prepositionPattern = /^(?:to|from|in|for|with|on|at|into|across|between)$/i

/** A determiner before a noun. */
export const determinerPattern = /^(?:the|a|an|its|their|his|her|this|that)$/i

/** A word ending like a participle: 'marched', 'marching'. */
export const verbEndingPattern = /(?:ed|ing)$/

/** A word in capitals only: 'NATO'. */
export const allCapitalsPattern = /^\p{Lu}+$/u

/** A hyphenated word ending: '90-minute', '80-strong'. */
export const compoundEndPattern = /-\p{L}+$/u

/** A regular plural ending: 'tanks' (not 'press', 'bus'). */
export const regularPluralPattern = /[^su']s$/

/** A run of characters that are neither letters nor digits. */
export const nonWordRunPattern = /[^\p{L}\p{N}]+/gu

/** A possessive ending at the end of a name: "Putin's", "Reuters'". */
export const possessiveEndingPattern = /['’]s$|s['’]$/u

/** 'chinese leader': group 1 is the nationality. */
export const nationalLeaderPattern = /^(\S+) leader$/

/** Combining marks left by NFKD, to strip diacritics: 'Zelenskyy' from 'Zelenskyý'. */
export const combiningMarkPattern = /\p{M}/gu

/** 'the ' at the start of a role mention. */
export const leadingThePattern = /^the /

/** Text that goes on with a capitalised word after white space: ' The Chinese leader'. */
export const capitalAfterSpacePattern = /^\s+\p{Lu}/u

/** Punctuation chrono keeps at the end of a date ('May,'). */
export const trailingPunctuationPattern = /[,;:.]$/

/** A reporting verb in the past tense: 'said', 'told CNN', 'announced'. */
export const pastReportingPattern =
  /(?<![a-z])(?:said|told|announced|reported|confirmed|declared|stated|added|noted|wrote|warned)(?![a-z])/i

/**
 * What may stand between a source and its verb: nothing, an apposition (', a fellow at X,'),
 * and up to two adverbs or auxiliaries ('Police later said', 'The ministry has also said').
 */
export const appositionGapPattern =
  /^(?:, [^,]{1,88},|,)? ?(?:(?:also|later|earlier|previously|separately|then|again|recently|initially|subsequently|publicly|privately|originally|first|has|have|had|would|will) ){0,2}$/i

/** A word that may stand between a source and its reporting verb: 'also', 'later', 'has'. */
export const sourceVerbGapPattern =
  /^(?:also|later|earlier|previously|separately|then|again|recently|initially|subsequently|publicly|privately|originally|first|has|have|had|would|will)$/i

/** A determiner that opens a common-noun source: 'the harbour master', 'a spokeswoman', 'one witness'. */
export const sourceDeterminerPattern =
  /^(?:the|a|an|one|another|its|his|her|their|our|this|that|each|some|many|most|several|two|three|four|five)$/i

/** Words that never belong inside a common-noun source: verbs, pronouns, conjunctions, prepositions. */
export const sourcePhraseBreakPattern =
  /^(?:is|was|were|are|be|been|being|has|have|had|do|does|did|who|whom|whose|which|that|and|or|but|nor|of|for|in|on|at|to|with|by|from|as|into|about|after|before|when|while|not|no|also|then|there|he|she|it|they|we|i|you|him|her|them|us|me|this|these|those|what|than|if|so|said|says|told|would|will|could|should|may|might|must|can)$/i

/** The preposition in a source that speaks for another: 'spokeswoman for the council'. */
export const ownedSourcePattern = / (?:for|of|at|from|with) /

/** Pronouns that can report speech ('he said', 'she told reporters', 'they added'); resolved later. */
export const speakingPronounPattern = /^(?:he|she|they|it)$/i

/** Pronouns after 'according to' ('according to him'). */
export const objectPronounPattern = /^(?:him|her|them|it)$/i

/** Right after a reporting verb, a passive or hearsay use, no attribution: 'said to be', 'estimated at', 'told to leave'. */
export const passiveAfterVerbPattern =
  /^ (?:to(?! (?:reporters|journalists|the press|the media|parliament|lawmakers)(?![a-z]))|at|as being)(?![a-z])/i

/** Right after a reporting verb, nothing was said: 'he said nothing', 'said little about'. */
export const nothingSaidPattern = /^ (?:nothing|little)(?![a-z])/i

/** Right after a reporting verb, a passive agent: 'reported by the BBC', 'cited by officials'. */
export const byAgentPattern = /^ by (?=\S)/

/**
 * Reporting verbs that also have everyday senses ('added 300 jobs', 'posted a loss', 'claimed
 * 12 lives'): they cue an attribution only before a clause or at the clause's end.
 */
export const weakSpeechVerbPattern =
  /^(?:added|posted|claimed|continued|described|characterized|characterised|maintained|observed|recalled|concluded|asked)$/i

/**
 * Reporting verbs news writes before a source named by a lower-case role ('said a guard',
 * 'warned the minister'); after others a lower-case noun is what was said ('declared an
 * emergency', 'announced a curfew'), unless a clause ends before the verb.
 */
export const invertedSpeechVerbPattern =
  /^(?:said|says|say|asked|asks|added|adds|wrote|writes|explained|explains|continued|replied|insisted|warned|noted|recalled|yelled|shouted|cried|concluded|remarked|observed|argued|tweeted|posted|told|tells)$/i

/** The end of a clause or a quotation right before a verb ('The plant is safe, declared the mayor'). */
export const clauseBeforePattern = /[,"\u201d] ?$/

/** What follows a weak reporting verb that makes it speech: 'added that', 'added:', ', the club added.', 'posted on'. */
export const speechContinuationPattern =
  /^(?:[ \u00a0]?[,.;:!?"”’)\]]|[ \u00a0]?$| (?:that|in a statement|on (?:social media|its|his|her|their|the|[A-Z])|online|via|separately|later)(?![a-z]))/
/** A document between 'according to' and its source: 'figures from', 'a statement by', 'data released by'. */
export const documentPrefixPattern =
  /^(?:(?:the|a|an) )?(?:(?:latest|official|preliminary|new|final|initial|provisional) )?(?:figures|data|estimates|statistics|statement|report|documents|tally|count|records|survey|poll|census|study|analysis|assessment|filing|filings|list|results) (?:(?:released|published|compiled|issued|collected) )?(?:from|by|of) /i

/** What joins a bare number to a figure whose unit it shares: ' to ', '-', ' and ', ' or '. */
export const unitJoinerPattern = /^(?: ?[-–—] ?| to | and | or )$/

/** A comparison right before a figure: 'up from ', 'down from ', 'compared with '. */
export const comparedFromPattern =
  /(?:^|[^a-z])(?:up|down|rising|falling|rose|fell|increasing|decreasing|compared|against|versus|vs\.?) (?:from |with |to )?$/i

/**
 * Words of a publication timestamp line besides its dates ('Originally published ... at 10:20
 * AM EDT', 'Updated 9:01 AM', '01:19 hrs', '(GMT+05:00)'), whole words, any case.
 */
export const timestampWordPattern =
  /\b(?:originally|first|last|published|posted|updated|modified|on|at|by|hrs|am|pm|a\.m|p\.m|gmt|utc|bst|cet|cest|edt|est|cdt|cst|mdt|mst|pdt|pst|ist)\b/giu

/** Any letter: what a timestamp line has none of once its dates and timestamp words are gone. */
export const anyLetterPattern = /\p{L}/u
