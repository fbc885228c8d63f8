// Word lists behind name recognition: titles, organisation and place cues, a small
// gazetteer, demonyms, and words that are capitalised without being names.

import { once } from '../../text/once.js'
import { wordTable } from '../../text/word-table.js'
import { derivedPlaceNames } from './places.js'

const words = (list: string): ReadonlySet<string> => new Set(list.split('|'))

/**
 * Titles before a person's name, lower-case, without a final period. Multi-word titles
 * ('prime minister', 'secretary of state') are matched word by word by the name extractor.
 */
export const personTitles = words(
  'president|presidents|vice|prime|minister|ministers|premier|chancellor|secretary|secretary-general|under-secretary|king|queen|prince|princess|crown|pope|emperor|sultan|emir|sheikh|ayatollah|dr|doctor|prof|professor|gen|general|lt|lieutenant|col|colonel|maj|major|capt|captain|adm|admiral|marshal|field|commander|brig|brigadier|sgt|sergeant|cpl|corporal|sen|senator|senators|rep|representative|congressman|congresswoman|gov|governor|mayor|mr|mrs|ms|mx|sir|dame|lord|lady|judge|justice|ambassador|envoy|commissioner|chief|deputy|spokesperson|spokesman|spokeswoman|rev|reverend|father|archbishop|bishop|cardinal|rabbi|imam|inspector|superintendent|detective|officer|sheriff|undersheriff|coroner|prosecutor|trooper|warden|coach|chairman|chairwoman|chair|ceo|director|head|leader|foreign|defence|defense|interior|finance|health|state|attorney|speaker|first|lady',
)

/** Title words that can stand alone before a name ('President Xi', 'Dr. Suponina'). */
export const leadingTitles = words(
  'president-elect|vice-president|governor-elect|mayor-elect|chancellor-elect|prime-minister-designate|state|affairs|national|security|high|president|presidents|prime|premier|chancellor|secretary|secretary-general|king|queen|prince|princess|crown|pope|emperor|sultan|emir|sheikh|ayatollah|dr|doctor|prof|professor|gen|general|lt|lieutenant|col|colonel|maj|major|capt|captain|adm|admiral|marshal|field|commander|brig|brigadier|sgt|sergeant|sen|senator|senators|rep|representative|gov|governor|mayor|mr|mrs|ms|mx|sir|dame|lord|lady|judge|justice|ambassador|envoy|commissioner|chief|deputy|spokesperson|spokesman|spokeswoman|rev|reverend|archbishop|bishop|cardinal|rabbi|imam|inspector|insp|detective|det|supt|superintendent|constable|const|cst|officer|sheriff|undersheriff|coroner|prosecutor|trooper|warden|minister|foreign|defence|defense|interior|finance|health|vice|attorney|speaker|ceo|executive|operating|financial|chairman|chairwoman|director',
)

/** Words inside a name that make it an organisation. */
export const organizationCues = words(
  'ministry|agency|university|council|survey|foods|brands|pharmaceuticals|pharma|energy|entertainment|communications|telecom|petroleum|insurance|logistics|enterprises|ventures|studios|inc|corp|corporation|ltd|llc|plc|gmbh|bank|commission|organization|organisation|department|party|army|navy|committee|institute|association|union|court|parliament|congress|senate|police|group|fund|foundation|company|co|forces|guard|office|service|services|authority|board|assembly|federation|alliance|center|centre|network|press|news|times|post|journal|tribune|herald|gazette|telegraph|broadcasting|television|radio|airlines|airways|motors|holdings|industries|technologies|systems|bureau|secretariat|cabinet|duma|kremlin|pentagon|nations|coalition|front|movement|brigade|brigades|command|academy|school|college|hospital|clinic|church|club|league|exchange|reserve|treasury|watch|international|unicef|greenpeace|program|programme|project|initiative|studies|lab|laboratory|observatory|monitor|global|capital|partners|institution|ministries|agencies|media|daily|magazine|channel|wire|newswire|polymers|chemicals|plastics|fair|festival',
)

/** Organisations known by a single name or acronym. */
export const knownOrganizations = words(
  'nato|un|eu|who|imf|wto|opec|asean|fbi|cia|nsa|fsb|kgb|mi6|mi5|bbc|cnn|ap|afp|reuters|bloomberg|tass|xinhua|ria|nhk|cbs|nbc|abc|pbs|npr|hamas|hezbollah|unicef|unesco|unhcr|icrc|iaea|oecd|osce|g20|brics|sco|nasa|esa|pla|idf|kremlin|pentagon|interpol|europol|google|apple|microsoft|amazon|meta|gazprom|rosneft|huawei|tesla|boeing|airbus|amnesty|crimestoppers',
)

/** Canonical names of organisations known by several names. */
export const organizationAliases: Readonly<Record<string, string>> = wordTable({
  un: 'United Nations',
  'u.n.': 'United Nations',
  eu: 'European Union',
  'e.u.': 'European Union',
  'the kremlin': 'Kremlin',
  'north atlantic treaty organization': 'NATO',
  'associated press': 'AP',
  'ap news': 'AP',
  'world health organization': 'WHO',
  'international monetary fund': 'IMF',
})

/** Words inside a name that make it a place. */
export const placeCues = words(
  'square|street|avenue|road|boulevard|bridge|sea|ocean|river|lake|mountains|mountain|mount|island|islands|province|region|oblast|state|county|district|strait|gulf|bay|valley|desert|peninsula|airport|palace|city|town|village|port|coast|border|plaza|park|canal|channel|basin|plateau|highlands|heights|harbour|harbor|cape|republic|kingdom|emirates|territory|territories|krai|prefecture|governorate|point|vale|lane|row|market|hotel|stadium|arena',
)

/** Canonical names of places known by several names. */
export const placeAliases: Readonly<Record<string, string>> = wordTable({
  us: 'United States',
  'u.s.': 'United States',
  usa: 'United States',
  'u.s.a.': 'United States',
  america: 'United States',
  'united states of america': 'United States',
  'the united states': 'United States',
  uk: 'United Kingdom',
  'u.k.': 'United Kingdom',
  britain: 'United Kingdom',
  'great britain': 'United Kingdom',
  'the united kingdom': 'United Kingdom',
  prc: 'China',
  "people's republic of china": 'China',
  uae: 'United Arab Emirates',
  'russian federation': 'Russia',
  holland: 'Netherlands',
  'the netherlands': 'Netherlands',
  kyiv: 'Kyiv',
  kiev: 'Kyiv',
})

/**
 * Place names, lower-case: countries and the cities and regions news names most (by hand),
 * and the ISO 3166-2 subdivisions and GeoNames cities of `derivedPlaceNames` (places.ts, derived
 * by scripts/derive-places.mjs), with every beginning of a name that more words follow ('rio de'
 * of 'rio de janeiro'). Built on first use: about 3,300 names and their beginnings were the
 * biggest table `import 'corroborate'` built.
 */
const placeTables = once(() => {
  const names = new Set([
    ...'new england|afghanistan|albania|algeria|angola|argentina|armenia|australia|austria|azerbaijan|bahrain|bangladesh|belarus|belgium|bolivia|bosnia|brazil|bulgaria|cambodia|cameroon|canada|chad|chile|china|colombia|congo|croatia|cuba|cyprus|czechia|denmark|ecuador|egypt|eritrea|estonia|ethiopia|finland|france|georgia|germany|ghana|greece|guatemala|haiti|honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|jamaica|japan|jordan|kazakhstan|kenya|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|libya|lithuania|luxembourg|madagascar|malawi|malaysia|mali|malta|mexico|moldova|mongolia|montenegro|morocco|mozambique|myanmar|namibia|nepal|netherlands|nicaragua|niger|nigeria|norway|oman|pakistan|palestine|panama|paraguay|peru|philippines|poland|portugal|qatar|romania|russia|rwanda|senegal|serbia|singapore|slovakia|slovenia|somalia|spain|sudan|sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|tunisia|turkey|türkiye|turkmenistan|uganda|ukraine|uruguay|uzbekistan|venezuela|vietnam|yemen|zambia|zimbabwe|gaza|crimea|donbas|donetsk|luhansk|kherson|zaporizhzhia|kharkiv|odesa|odessa|mariupol|bakhmut|tibet|xinjiang|hong kong|macau|south korea|north korea|south africa|saudi arabia|new zealand|sri lanka|united states|united kingdom|united arab emirates|czech republic|south sudan|ivory coast|east timor|west bank|gaza strip|red square|south china sea|black sea|baltic sea|middle east|latin america|north america|south america|kashmir|catalonia|scotland|wales|england|europe|asia|africa|antarctica|arctic|siberia|balkans|caucasus|moscow|beijing|shanghai|washington|london|paris|berlin|rome|madrid|tokyo|seoul|delhi|new delhi|mumbai|kyiv|kiev|minsk|warsaw|prague|vienna|budapest|brussels|geneva|ankara|istanbul|tehran|baghdad|damascus|beirut|jerusalem|tel aviv|cairo|riyadh|dubai|doha|kabul|islamabad|karachi|dhaka|bangkok|hanoi|manila|jakarta|sydney|melbourne|ottawa|toronto|vancouver|montreal|chicago|boston|houston|miami|los angeles|san francisco|new york|mexico city|havana|caracas|bogota|lima|santiago|buenos aires|brasilia|rio de janeiro|lagos|nairobi|addis ababa|johannesburg|pretoria|khartoum|tripoli|tunis|algiers|rabat|athens|lisbon|dublin|edinburgh|amsterdam|stockholm|oslo|copenhagen|helsinki|tallinn|riga|vilnius|belgrade|bucharest|sofia|zagreb|sarajevo|tbilisi|yerevan|baku|astana|tashkent|pyongyang|taipei|st petersburg|saint petersburg|vladivostok|volgograd|sevastopol|london|manchester|birmingham|glasgow|lyon|marseille|munich|hamburg|frankfurt|milan|naples|barcelona|osaka|shenzhen|guangzhou|wuhan|chengdu|hong kong|the hague|strasbourg|davos|brussels|pakistan'.split(
      '|',
    ),
    ...derivedPlaceNames.split('|'),
  ])
  const prefixes = new Set<string>()
  for (const name of names)
    for (let at = name.indexOf(' '); at !== -1; at = name.indexOf(' ', at + 1))
      prefixes.add(name.slice(0, at))
  return { names, prefixes }
})

/**
 * The gazetteer: whether a lower-case name is a place name of `placeTables` ('rio de janeiro',
 * 'kyiv').
 *
 * @example
 * gazetteer.has('rio de janeiro') //=> true
 * gazetteer.has('rio de') //=> false
 */
export const gazetteer: Pick<ReadonlySet<string>, 'has'> = {
  has: (name) => placeTables().names.has(name),
}

/**
 * Whether a lower-case name is a place corroborate knows: in the `gazetteer` or among the
 * `placeAliases` ('u.s.').
 *
 * @example
 * knownPlace('new mexico') //=> true
 * knownPlace('u.s.') //=> true
 * knownPlace('harwick') //=> false
 */
export function knownPlace(name: string): boolean {
  return gazetteer.has(name) || placeAliases[name] !== undefined
}

/**
 * Whether `words` (lower case, one space apart) begin a place name of the gazetteer with more
 * words to come.
 *
 * @example
 * isPlacePrefix('dar es') //=> true
 */
export function isPlacePrefix(words: string): boolean {
  return placeTables().prefixes.has(words)
}

/** Adjectives of nationality: capitalised, never a name on their own. */
export const demonyms = words(
  'american|british|english|scottish|welsh|irish|french|german|italian|spanish|portuguese|dutch|belgian|swiss|austrian|polish|czech|slovak|hungarian|romanian|bulgarian|greek|turkish|russian|ukrainian|belarusian|georgian|armenian|azerbaijani|kazakh|uzbek|chinese|japanese|korean|taiwanese|vietnamese|thai|indian|pakistani|afghan|iranian|iraqi|syrian|lebanese|israeli|palestinian|jordanian|saudi|egyptian|libyan|tunisian|algerian|moroccan|nigerian|kenyan|ethiopian|sudanese|somali|african|south|north|east|west|european|asian|arab|canadian|mexican|brazilian|argentine|argentinian|chilean|colombian|venezuelan|cuban|australian|soviet|nazi|western|eastern|northern|southern|sino|anglo|finnish|swedish|norwegian|danish|icelandic|estonian|latvian|lithuanian|serbian|croatian|bosnian|albanian|kosovar|moldovan|qatari|emirati|yemeni|omani|kuwaiti|filipino|indonesian|malaysian|singaporean|burmese|mongolian|tibetan|uyghur|kurdish|jewish|muslim|christian|catholic|orthodox|islamic|communist|democratic|republican|democrat|conservative|liberal|labour',
)

/** Month and weekday names: dates, not names. */
export const calendarWords = words(
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter|ramadan|eid|today|tomorrow|yesterday',
)

/**
 * Capitalised words that are never names on their own ('I', 'God', 'Internet'), among them
 * abbreviations of common nouns ('DUI', 'KO', 'SUV') and time zones ('GMT', 'EDT'), which
 * an all-caps word would otherwise make organisations.
 */
export const notNames = words(
  'i|god|news|isbn|issn|doi|internet|web|covid|coronavirus|breaking|update|updated|exclusive|analysis|opinion|editorial|live|photo|video|watch|read|more|related|advertisement|subscribe|share|click|here|day|victory|parade|war|world|cold|great|new|old|historic|joint|military|western|reactions|concern|visit|signals|high-profile|ok|tv|am|pm|ceo|gdp|vs|ii|iii|iv|usd|eur|gbp|cny|jpy|rmb|inr|aud|cad|chf|fy|no|yes|' +
    'ko|tko|dui|dwi|suv|rbi|mvp|dna|gps|mri|cpr|atm|icu|ipo|faq|sms|mp|mps|gp|aids|hiv|' +
    'gmt|utc|bst|cet|cest|est|edt|cst|cdt|mst|mdt|pst|pdt|akst|akdt|hst|aest|aedt|hkt|jst|et',
)

/**
 * First words that make a name of two words or more a place, not a person: no one's given name
 * ('Little Italy', 'Old Tappan', 'Lower Manhattan', 'Greater Manchester').
 */
export const placeModifiers = words('old|little|upper|lower|greater')

/** Last words of a name that make it a law or an agreement ('the Clean Harbours Protection Act'): no person, place or body. */
export const lawHeads = words('act|bill|treaty|accord|accords|amendment|statute')

/** Words that join the parts of one name ('Bank of England', 'Leonardo da Vinci', 'bin Salman'). */
export const nameConnectors = words('of|for|de|del|della|da|di|du|van|von|der|den|la|le|bin|ibn|al|el')

/** Common nouns that name an institution when modified: "Ukraine's foreign ministry", 'the fire service'. */
export const institutionNouns: ReadonlySet<string> = new Set([
  'ministry',
  'government',
  'army',
  'military',
  'embassy',
  'agency',
  'office',
  'department',
  'council',
  'committee',
  'court',
  'company',
  'firm',
  'regulator',
  'watchdog',
  'bank',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'service',
  'command',
  'authority',
  'mission',
  'operator',
  'utility',
  'airline',
  'club',
  'party',
  'campaign',
])
