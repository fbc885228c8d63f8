import { stem, stopwords, tokenize } from '../text/natural.js'
import type { Statement } from '../types.js'

/**
 * Words that carry a figure's value or the way a story is told rather than what it is about.
 * Two outlets that disagree on a number ('12' vs 'fourteen') or a day ('Thursday' vs
 * 'Friday') still report the same fact, so these never count towards alignment.
 */
const valueWords: ReadonlySet<string> = new Set([
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'million',
  'millions',
  'billion',
  'billions',
  'trillion',
  'dozen',
  'dozens',
  'half',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'once',
  'twice',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'yesterday',
  'today',
  'tomorrow',
  'tonight',
  'am',
  'pm',
  'per',
  'cent',
  'percent',
  'roughly',
  'nearly',
  'almost',
  'approximately',
  'least',
  'around',
  'estimated',
  'some',
])

/** Reporting words: every outlet 'said' and 'told', so they say nothing about the fact. */
const reportingWords: ReadonlySet<string> = new Set([
  'said',
  'says',
  'say',
  'saying',
  'told',
  'tells',
  'tell',
  'according',
  'added',
  'adding',
  'also',
  'would',
  'could',
  'might',
  'will',
  'may',
  'just',
  'including',
  'reported',
  'reportedly',
  'stated',
  'noted',
  'according',
  'via',
  'however',
  'meanwhile',
  'new',
  'mr',
  'mrs',
  'ms',
  'dr',
])

const digit = /[0-9]/
const wordSplitter = /[^a-zA-Z0-9'\-/]+/

/** One informative word of a text: its stem (the feature) and its surface form (for people). */
export interface Term {
  stem: string
  surface: string
}

/** The lexical features of one statement, before weighting. */
export interface StatementTokens {
  /** Stems of informative words that are not names, one per occurrence. */
  terms: Term[]
  /** Lower-case name tokens (capitalised words, names from details), one per occurrence. */
  names: Term[]
  /** Stems of the subjects of its figures ('troops', 'people killed'). */
  subjects: Term[]
}

/**
 * Splits a token of natural's tokenizer into informative lower-case words: possessive 's
 * dropped, hyphenated and slashed compounds split, digits, value words, stop words and
 * one-letter words removed.
 *
 * @example
 * informativeWords("80-strong") //=> ['strong']
 * informativeWords("zelenskyy's") //=> ['zelenskyy']
 */
export function informativeWords(token: string): string[] {
  const words: string[] = []
  for (const raw of token.split(/[-/]/)) {
    const word = raw.endsWith("'s") ? raw.slice(0, -2) : raw.replaceAll("'", '')
    if (word.length < 2 || digit.test(word)) continue
    if (stopwords.has(word) || valueWords.has(word) || reportingWords.has(word)) continue
    words.push(word)
  }
  return words
}

/**
 * Informative terms of a plain text, stemmed with natural's Porter stemmer, names included
 * (lower-cased). Used for whole documents by `groupByEvent`.
 *
 * @example
 * textTerms('Troops marched through Red Square on Friday.').map((t) => t.stem)
 * //=> ['troop', 'march', 'red', 'squar']
 */
export function textTerms(text: string): Term[] {
  const terms: Term[] = []
  for (const token of tokenize(text)) {
    for (const word of informativeWords(token)) terms.push({ stem: stem(word), surface: word })
  }
  return terms
}

/** Case-preserving words of `text`, split exactly as natural's aggressive tokenizer splits. */
export function casedWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(wordSplitter)
    .filter((word) => word !== '')
}

function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0)
  return first >= 65 && first <= 90
}

function isAcronym(word: string): boolean {
  return word.length >= 2 && word.length <= 6 && word === word.toUpperCase() && /^[A-Z]+$/.test(word)
}

/**
 * Lower-case words that some statement writes capitalised away from the start of a
 * sentence, plus the words of person, organisation and place details: the event's names.
 * A capitalised first word counts as a name only when it is one of these.
 */
export function eventNames(statements: readonly Statement[]): Set<string> {
  const names = new Set<string>()
  for (const statement of statements) {
    // Headlines capitalise every word, so they say nothing about which words are names.
    const words = statement.kind === 'heading' ? [] : casedWords(statement.text)
    for (let i = 1; i < words.length; i++) {
      const word = words[i]!
      if (isCapitalised(word) || isAcronym(word)) names.add(possessiveFree(word.toLowerCase()))
    }
    for (const detail of statement.details) {
      if (detail.kind !== 'person' && detail.kind !== 'organization' && detail.kind !== 'place') continue
      const value = typeof detail.value === 'string' ? detail.value : detail.text
      for (const word of casedWords(value)) names.add(possessiveFree(word.toLowerCase()))
    }
  }
  return names
}

export function possessiveFree(word: string): string {
  return word.endsWith("'s") ? word.slice(0, -2) : word
}

/**
 * The lexical features of a statement: informative stems, names (capitalised words and
 * detail names, kept apart so that spelling variants can be matched) and figure subjects.
 * Figure values never appear: digits and number words are dropped.
 *
 * @example
 * statementTokens(statementOf('Zelenskyy met 40 mayors in Kyiv.'), new Set(['zelenskyy', 'kyiv']))
 * //=> { terms: [{ stem: 'mayor', ... }], names: [{ stem: 'zelenskyy', surface: 'Zelenskyy' }, ...], subjects: [] }
 */
export function statementTokens(statement: Statement, names: ReadonlySet<string>): StatementTokens {
  const lower = tokenize(statement.text)
  const cased = casedWords(statement.text)
  const aligned = lower.length === cased.length
  const terms: Term[] = []
  const nameTerms: Term[] = []
  for (let i = 0; i < lower.length; i++) {
    const token = lower[i]!
    const original = aligned ? cased[i]! : token
    const acronym = isAcronym(original)
    const candidate = possessiveFree(token)
    const isName = (acronym || isCapitalised(original)) && names.has(candidate)
    if (isName && !digit.test(candidate)) {
      if (
        acronym ||
        !(stopwords.has(candidate) || valueWords.has(candidate) || reportingWords.has(candidate))
      ) {
        nameTerms.push({ stem: candidate, surface: possessiveFree(original) })
        continue
      }
    }
    for (const word of informativeWords(token)) terms.push({ stem: stem(word), surface: word })
  }
  const subjects: Term[] = []
  for (const detail of statement.details) {
    if (detail.subject === null || detail.subject === undefined) continue
    for (const word of textTerms(detail.subject)) subjects.push({ stem: word.stem, surface: detail.subject })
  }
  return { terms, names: nameTerms, subjects }
}
