// Every regular expression of the compare stage, each linear-time (tests/redos checks them).
// Global patterns are only used with String#replace, which resets their state.

/**
 * An ISO date at its start: year, optional month, optional day ('2025', '2025-05', '2025-05-08',
 * also the date part of '2025-05-08T10:00').
 *
 * @example
 * isoDate.exec('2025-05-08T10:00')?.slice(1) //=> ['2025', '05', '08']
 */
export const isoDate = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/

/** Combining accents left by NFKD ('Zelenskyy' vs 'Zélenskyy'); removed from names. */
export const combiningMarks = /[\u0300-\u036f]/g

/** Runs of anything but a lower-case letter or digit; folded to one space in names. */
export const nonAlphanumeric = /[^a-z0-9]+/g

/** A leading 'the ' of a folded name ('the red cross'). */
export const leadingThe = /^the /

/** A figure's text that is a number alone, in digits or words: '5', '1,200', 'five', 'twenty-two'. */
export const bareNumberPattern = /^(?:[\d.,]+|[a-z]+(?:-[a-z]+)?)$/i

/**
 * The text between the last two counts of a list: ' and ', ', and ' (nothing else). Not 'or':
 * 'three or four robbers' is one uncertain count; not a comma alone: '(36-3, 24 KOs)'.
 */
export const listJoinerPattern = /^,? and $/

/**
 * A clitic at the end of a subject word, straight or curly, or its apostrophe alone where a
 * space split it off: "Dorsey's" (has), "she'd", 'she’' of 'she’ d'.
 */
export const subjectCliticPattern = /['\u2019](?:s|d)?$/u

/** Runs of space and clause punctuation, between the words read back for a pronoun's name. */
export const clauseWordBreakPattern = /[\s,;()]+/

/** A possessive "'s" at the end of a word ("Russia's"). */
export const possessiveEnd = /'s$/

/** A word that starts with a digit ('9,000'): not a subject word. */
export const startsWithDigit = /^\d/

/** A run of white space, between words of a diff part. */
export const whiteSpace = /\s+/

/** Exactly four digits: the text of a bare year ('1998'). */
export const fourDigits = /^\d{4}$/

/**
 * An elision in a quote: '...', '…', '. . .', or one of them in brackets ('[...]', '(…)'). Quotes
 * are split at it (String#split, which ignores `lastIndex`) into pieces that must appear in order.
 *
 * @example
 * 'fully . . . vindicated'.split(elision) //=> ['fully ', ' vindicated']
 */
export const elision =
  /\[\s*(?:\u2026|\.(?:\s?\.){2,})\s*\]|\(\s*(?:\u2026|\.(?:\s?\.){2,})\s*\)|\u2026|\.(?:\s?\.){2,}/

/**
 * Words an outlet set into a quote in parentheses or square brackets, its own and not the
 * speaker's: 'respect to her (Tara) and her family', '[the mayor] said'. Quote comparison reads
 * them as an elision.
 *
 * @example
 * 'respect to her (Tara) and'.replace(editorialInsertion, '…') //=> 'respect to her … and'
 */
export const editorialInsertion = /\([^()]*\)|\[[^[\]]*\]/g

/** Joins the words of one diff token ('3 million') so jsdiff keeps them as one. */
export const quoteTokenJoiner = '\ue000'

/**
 * One token of a quote's word diff, so that a change shows whole values, with `joiner` between
 * the words of one token: a run of white space; an amount kept whole with its currency, scale
 * and unit ('$35,000,000', 'US$4.7 billion', '£1.2bn', '€8m', '3 million', '2.5 percent',
 * '12.5%', '40-year-old'); a word with its inner apostrophes and hyphens ("O'Brien",
 * 'COVID-19'); or any other single character.
 */
function quoteTokenPattern(joiner: string): RegExp {
  return new RegExp(
    String.raw`\s+|(?:(?:US|A|C|NZ|HK)?[$\u20ac\u00a3\u00a5\u20b9]|(?:USD|EUR|GBP|INR|Rs\.?) ?)?\p{N}+(?:[.,]\p{N}+)*` +
      String.raw`(?:%|(?:bn|mn|tn|m|k)(?![\p{L}\p{N}])|(?:-\p{L}+)+)?` +
      String.raw`(?:${joiner}(?:million|billion|trillion|thousand|hundred|crore|lakh|percent|per${joiner}cent)(?![\p{L}\p{N}]))?` +
      String.raw`|[\p{L}\p{N}\p{M}]+(?:['\u2019-][\p{L}\p{N}\p{M}]+)*|\S`,
    'gu',
  )
}

/**
 * The tokens of a quote's word diff (see `quoteTokenPattern`), on text whose multi-word tokens
 * are joined by `quoteTokenJoiner` (see `joinedQuoteTokens`). Used with String#match.
 *
 * @example
 * 'pay $35,000,000 to O\'Brien'.match(quoteToken) //=> ['pay', ' ', '$35,000,000', ' ', 'to', ' ', "O'Brien"]
 */
export const quoteToken = quoteTokenPattern(quoteTokenJoiner)

/**
 * The same tokens on plain text, where a space joins the words of one token: `wordDiff` joins
 * each match's words with `quoteTokenJoiner` before diffing.
 *
 * @example
 * 'a £1.2bn wall for 3 million'.match(spacedQuoteToken) //=> ['a', ' ', '£1.2bn', ' ', 'wall', ' ', 'for', ' ', '3 million']
 */
export const spacedQuoteToken = quoteTokenPattern(' ')

/** An error message that names its article by position: 'Article 2 has ...', 'Article 2: ...'. */
export const articleNamedPattern = /^Article (\d+)\b/
