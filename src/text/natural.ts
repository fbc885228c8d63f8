// The one module that touches `natural`. Each import names a single file: natural's root and
// its folder indexes load its whole library, Node built-ins and print to stdout. natural is
// pinned to 6.10.x, the last release without database drivers among its dependencies; these
// four files (and the two they require) are byte-identical in 8.1.1, and
// tests/natural.test.ts checks their outputs against what 8.1.1 gave.
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js'
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js'
import AggressiveTokenizer from 'natural/lib/natural/tokenizers/aggressive_tokenizer.js'
import { words as naturalStopwords } from 'natural/lib/natural/util/stopwords.js'

const tokenizer = new AggressiveTokenizer()

/**
 * Word tokens of `text` by natural's aggressive tokenizer (letters, digits, hyphen,
 * apostrophe, slash), lower-cased, typographic apostrophes folded first.
 *
 * @example
 * tokenize("Putin's 80-strong unit") //=> ["putin's", '80-strong', 'unit']
 */
export function tokenize(text: string): string[] {
  return tokenizer.tokenize(foldApostrophes(text.normalize('NFKC'))).map((token) => token.toLowerCase())
}

const typographicApostrophe = /[\u2018\u2019\u02bc]/g
const typographicApostropheAnywhere = /[\u2018\u2019\u02bc]/

/**
 * Typographic apostrophes as ASCII ones, so that "they’re" is one word as "they're" is,
 * not 'they' and a stray 're'; a contraction split by a space after its apostrophe, as scraped
 * copy often has it ("I’ m", "couldn’ t"), joined again.
 *
 * @example
 * foldApostrophes('they’re') //=> "they're"
 */
export function foldApostrophes(text: string): string {
  // Most text has neither a typographic apostrophe nor one before a space: nothing to replace,
  // which two quick scans tell more cheaply than three replacements that find nothing.
  if (!text.includes("' ") && !typographicApostropheAnywhere.test(text)) return text
  return text
    .replace(typographicApostrophe, "'")
    .replace(detachedContraction, "$1'$2")
    .replace(detachedNegation, "n't")
}

// Scraped copy often has a space after the apostrophe of a contraction ("I’ m", "couldn’ t").
const detachedContraction = /(\p{L})' (s|m|d|ll|re|ve)(?![\p{L}\p{N}])/gu
const detachedNegation = /n' t(?![\p{L}\p{N}])/gu

/**
 * Most tokens `stem` remembers: past it, the memory starts again empty, so that a long-running
 * process comparing event after event holds a bounded table (a few MB).
 */
const stemMemoryLimit = 100_000

/**
 * Porter stems already computed, shared by every caller: align's tokens, the compare stage's
 * value contexts, figure subjects and quotes stem the same words of one event, and Porter
 * stemming allocates a string per rule it tries. A stem depends on the token alone.
 */
const stemMemory = new Map<string, string>()

/**
 * Porter stem of one lower-case token, remembered (see `stemMemory`).
 *
 * @example
 * stem('marching') //=> 'march'
 */
export function stem(token: string): string {
  let stemmed = stemMemory.get(token)
  if (stemmed === undefined) {
    stemmed = PorterStemmer.stem(token)
    if (stemMemory.size >= stemMemoryLimit) stemMemory.clear()
    stemMemory.set(token, stemmed)
  }
  return stemmed
}

/** English stop words from natural's list (single letters and digits included). */
export const stopwords: ReadonlySet<string> = new Set(naturalStopwords)

/**
 * Jaro-Winkler similarity of two strings, 0..1, case-insensitive: 'Zelensky' and
 * 'Zelenskyy' score about 0.98.
 */
export function nameSimilarity(a: string, b: string): number {
  return JaroWinklerDistance(a, b, { ignoreCase: true })
}
