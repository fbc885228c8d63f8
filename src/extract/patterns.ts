// Every regular expression of the extract stage, each a named export with a one-line doc.
//
// All of them are linear-time: no nested quantifiers, no overlapping alternatives under a
// quantifier, and every figure pattern starts behind a look-behind that stops it from being
// retried inside a run of digits or letters. Patterns that an extractor runs with `exec` are
// global (`g`); the runner copies them, so their `lastIndex` is never shared.

/** Digits with thousands commas and decimals: '9,000', '3.5', '10000' (not inside another number). */
const digits = String.raw`(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])`

/** Scale words and abbreviations after digits: '3.5 million', '240bn', '£1.2m'. */
const scale = String.raw`(?:[ -](?:hundred|thousand|million|billion|trillion)|(?:mn|bn|tn|m|b|k)(?![a-z]))`

/** Number words that can start or continue a spelled-out number. */
const word = String.raw`(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)(?![a-z])`

/** A spelled-out number: 'nine thousand', 'twenty-five', 'a dozen', 'half a million'. */
const words = String.raw`(?<![a-z])(?:(?:a|an|half a) )?${word}(?:(?: and | |-)${word})*`

/** Vague plural amounts: 'tens of thousands', 'hundreds', 'several hundred', 'dozens'. */
const vague = String.raw`(?<![a-z])(?:(?:tens|hundreds|thousands|millions|billions|dozens|scores)(?: of (?:thousands|millions|billions))?|(?:several|a few) (?:dozen|hundred|thousand|million|billion))(?![a-z])`

/** Any number: digits with an optional scale, or a spelled-out number. */
const number = String.raw`(?:${digits}${scale}?|${words})`

/** ISO codes that can stand before or after an amount. */
const currencyCodes = 'USD|EUR|GBP|CNY|RMB|JPY|CAD|AUD|CHF|INR|RUB|UAH|KRW|HKD|SGD|NZD|BRL|TRY|ZAR|MXN'

/** Currency signs that stand before an amount, longest first. */
const currencySigns = String.raw`(?:US\$|CA?\$|AU?\$|NZ\$|HK\$|S\$|R\$|\$|£|€|¥|₹|₽|₩|₺|₴|(?:${currencyCodes}) ?)`

/** Currency names that stand after an amount. */
const currencyNames = String.raw`(?:US dollars|dollars|euros|euro|pounds sterling|pounds|yuan|renminbi|yen|roubles|rubles|rouble|ruble|rupees|rupee|won|Swiss francs|francs|hryvnias|hryvnia|lira|${currencyCodes})(?![a-zA-Z])`

/** Money with a sign before the amount: '$240 billion', '£1.2m', 'US$5', 'C$ 16.4 million'. */
export const moneyPrefixPattern = new RegExp(
  String.raw`(?<![A-Za-z$£€¥])${currencySigns} ?(?:${digits}${scale}?|${words})`,
  'gi',
)

/** Money with a currency name after the amount: '15 million euros', '240bn yuan'. */
export const moneySuffixPattern = new RegExp(String.raw`${number} ${currencyNames}`, 'gi')

/** Percentages: '90%', '90 percent', '4.5 per cent', 'ninety percent'. */
export const percentPattern = new RegExp(
  String.raw`${number} ?(?:%|percent(?![a-z])|per cent(?![a-z]))`,
  'gi',
)

/** Percentage points: '3 percentage points', '0.5pp'. */
export const percentagePointPattern = new RegExp(
  String.raw`${number} ?(?:percentage points?|pp|ppt)(?![a-z])`,
  'gi',
)

/** Cardinal numbers in digits or words, with an optional '-strong'/'-member' suffix: '80-strong'. */
export const countPattern = new RegExp(
  String.raw`(?:${number}|${vague})(?:-(?:strong|member|person|man|woman|nation|country))?`,
  'gi',
)

/** Units of measure after a number, matched as one word: 'km', 'miles', 'tonnes', '°C'. */
const units = String.raw`(?:square kilometres|square kilometers|square miles|sq km|km2|km²|kilometres|kilometers|kilometre|kilometer|km\/h|kph|km|miles|mile|mph|metres|meters|metre|meter|feet|foot|ft|centimetres|centimeters|cm|millimetres|millimeters|mm|tonnes|tonne|tons|ton|kilograms|kilogram|kilos|kg|grams|gram|lbs|lb|hectares|hectare|acres|acre|litres|liters|litre|liter|barrels|barrel|megawatts|megawatt|MW|gigawatts|gigawatt|GW|degrees Celsius|degrees Fahrenheit|degrees|°C|°F|°)`

/** Quantities with a unit: '120 km', '3,000 tonnes', '35 degrees Celsius', '6-mile'. */
export const quantityPattern = new RegExp(String.raw`${number}[ -]?${units}(?![a-zA-Z²])`, 'gi')

/** Earthquake magnitudes: 'magnitude 6.1', 'magnitude-6.1', '6.1-magnitude'. */
export const magnitudePattern =
  /(?<![a-z])magnitude[ -](\d(?:\.\d+)?)(?![\d.])|(?<![\d.])(\d(?:\.\d+)?)[ -]magnitude(?![a-z])/gi

/** Ages: '34-year-old', '34 years old'. */
export const agePattern = new RegExp(String.raw`${number}[ -]years?[ -]old(?![a-z])`, 'gi')

/** Durations: '48 hours', 'three-day', 'two weeks', '10-year'. */
export const durationPattern = new RegExp(
  String.raw`${number}[ -](?:seconds|second|minutes|minute|hours|hour|days|day|weeks|week|fortnights|fortnight|months|month|years|year|decades|decade|centuries|century)(?![a-z])`,
  'gi',
)

/** Ordinals in words or digits: 'second', 'third', '3rd', '21st'. */
export const ordinalPattern =
  /(?<![\w.,])(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|hundredth)(?![a-z\d])/gi

/** Bare years and decades: '2015', 'the 1990s' (plain four digits from 1800 to 2099). */
export const yearPattern = /(?<![\w.,$£€¥-])(?:1[89]|20)\d\d(?:s|'s)?(?![\w,%]|\.\d)/g

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

/** Phone numbers: '+1 202 555 0142', '(202) 555-0142', '555-0142', '020 7946 0958'. */
export const phonePattern =
  /(?<![\w.,])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\) ?)?\d{2,4}[ .-]\d{3,4}[ .-]\d{3,4}(?![\w,])|(?<![\w.,+-])\(\d{2,4}\) ?\d{3,4}[ .-]?\d{3,4}(?![\w,])|(?<![\w.,+-])\d{3}-\d{4}(?![\w,-])/g

/** Digit groups joined by three or more hyphens: ISBNs, serial and reference numbers. */
export const serialNumberPattern = /(?<![\w-])\d+(?:-\d+){2,}(?![\w-])/g

/** Version numbers and dotted identifiers: 'v2.0', '1.2.3', 'iOS 17.4.1'. */
export const versionPattern = /(?<![\w.])(?:v\d+(?:\.\d+)+|\d+\.\d+\.\d+(?:\.\d+)?)(?![\w])/gi

/** Times of day: '10:30', '9 a.m.', '6pm', '18:00 GMT'. */
export const timeOfDayPattern =
  /(?<![\w.:])(?:\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?|\d{1,2}(?:\.\d{2})? ?[ap]\.?m\.?)(?![a-z])/gi

/** Numbers glued into codes: 'COVID-19', 'G7', 'F-16', 'MH17', '24/7', 'Article 5', 'page 12'. */
export const codePattern =
  /(?<![A-Za-z\d])[A-Za-z]+-?\d+[A-Za-z\d]*|(?<!\d)\d+\/\d+(?!\d)|(?<![a-z])(?:article|section|chapter|page|pages|pp\.|p\.|paragraph|resolution|flight|route|highway|no\.|room|gate|terminal|platform|channel|apollo|boeing|airbus|windows|iphone|ios|version|rule|clause|amendment|volume|vol\.|episode|season|ward|district|zone|sector|grade|tier|phase|exhibit|table|figure|fig\.) (?:no\. )?\d+(?:[a-z](?![a-z]))?/gi

/** A capitalised word or an all-caps acronym, the building block of names. */
export const capitalizedWordPattern =
  /(?<![\p{L}\p{N}'’.&])(?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}[\p{L}'’&]*(?:-\p{L}+)*\.?)/gu

/** Direct quotations in straight or curly double quotes, or in curly single quotes. */
export const quotePattern = /"([^"\n]{1,2000})"|“([^”\n]{1,2000})”|‘([^’\n]{1,2000})’|«([^»\n]{1,2000})»/g

/** Straight single-quoted passages of two or more words, as in headlines: 'We will not retreat'. */
export const singleQuotePattern = /(?<![\w'])'([A-Za-z][^'\n]{0,300}?[a-z.!?,])'(?![\w])/g

/** 'according to X': group 1 is the start of the source. */
export const accordingToPattern = /(?<![a-z])according to (?=\S)/gi

/** Reporting verbs that cue quotes and attributions. */
export const speechVerbs =
  'said|says|told|declared|stated|added|noted|warned|insisted|announced|reported|confirmed|claimed|wrote|tweeted|posted|explained|argued|emphasized|emphasised|stressed|asked|replied|responded|acknowledged|estimated|denied|urged|vowed|pledged|predicted|described|characterized|characterised|remarked|continued|concluded|disclosed|revealed|indicated|suggested|alleged|maintained|observed|cautioned|admitted|conceded|promised|recalled|shouted|told reporters|told journalists'

/** A reporting verb as a whole word; group 1 is the verb. */
export const speechVerbPattern = new RegExp(String.raw`(?<![a-z])(${speechVerbs})(?![a-z])`, 'gi')

/** Leading attribution cue before a quote: 'Putin declared: ' / 'she said, '. */
export const quoteLeadPattern = new RegExp(String.raw`(?<![a-z])(${speechVerbs})(?: that)?[,:]?\s{0,2}$`, 'i')

/** Collective unnamed sources: 'officials said', 'police said'. */
export const collectiveSources =
  /^(?:officials|authorities|police|witnesses|residents|analysts|experts|sources|diplomats|observers|organisers|organizers|rescuers|doctors|medics|investigators|prosecutors|activists|spokespeople|a spokesperson|a spokesman|a spokeswoman|the spokesperson|the spokesman|the spokeswoman|state media|state television|the ministry|the government|the army|the military|the kremlin|the white house)$/i

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
  /(?<![a-z])the ((?:[A-Z][a-z]+ )?(?:president|prime minister|chancellor|leader|foreign minister|defence minister|defense minister|secretary-general|secretary general|secretary of state|king|queen|pope|premier|governor|mayor))(?![a-z])/g

/** The whole text as one match, for an extractor that runs its own parser (chrono-node). */
export const wholeTextPattern = /^[\s\S]+/g

/** One capitalised word or acronym at a position (sticky twin of `capitalizedWordPattern`). */
export const capitalizedWordAtPattern =
  /(?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}[\p{L}'’&]*(?:-\p{L}+)*\.?)(?![\p{L}\p{N}])/uy

/** A possessive ending: "Putin's", "Reuters'". */
export const possessivePattern = /(?:['’]s|s['’])$/u

/** Abbreviated titles and name parts that keep their final period: 'Dr.', 'Gen.', 'Jr.'. */
export const keepPeriodPattern =
  /^(?:Dr|Gen|Mr|Mrs|Ms|Mx|Sen|Rep|Gov|Lt|Col|Maj|Capt|Adm|Sgt|Cpl|Brig|Prof|Rev|St|Jr|Sr|Inc|Co|Corp|Ltd|Ft|Mt)\.$/

/** An all-caps acronym of two to six letters, possibly dotted: 'NATO', 'U.S.', 'WHO'. */
export const acronymPattern = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u

/** A whole word that is a reporting verb: 'said', 'declared', 'told'. */
export const speechVerbWordPattern = new RegExp(String.raw`^(?:${speechVerbs})$`, 'i')

/** Text right after a closing quote that names the speaker after the verb: ', said Dr. Elena Suponina'. */
export const quoteTailVerbFirstPattern = new RegExp(
  String.raw`^[,.!?]?[ \u00a0]{0,3}(?:[-–—][ \u00a0]{0,2})?(${speechVerbs})[ \u00a0]`,
  'i',
)

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

/** Spans of time chrono reads as dates: 'for two weeks', 'the last 48 hours', 'over 90 minutes'. */
export const durationLikeDatePattern =
  /^(?:(?:for|over|within|during) )?(?:(?:the )?(?:last|past|next|coming) )?(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several) (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i

/** Words that make a date relative to the reference: 'last year', 'next week', 'three days ago'. */
export const relativeWordPattern =
  /(?<![a-z])(?:last|next|this|ago|yesterday|today|tomorrow|tonight|later|earlier|previous|coming|past|weekend)(?![a-z])/i

/** Words that put a sentence in the future, so a bare weekday is the coming one. */
export const futureCuePattern =
  /(?<![a-z])(?:will|shall|is due|are due|is expected|are expected|scheduled|upcoming|is set to|are set to|is to|are to|plans to|plan to|next)(?![a-z])/i
