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

/**
 * One token of a quote's word diff: a run of white space; a number or amount kept whole
 * ('$35,000,000', '3.5%'); a word with its inner apostrophes and hyphens ("O'Brien",
 * 'Smith-Jones'); or any other single character. Used with String#match, which resets
 * `lastIndex`.
 *
 * @example
 * 'pay $35,000,000 to O\'Brien'.match(quoteToken) //=> ['pay', ' ', '$35,000,000', ' ', 'to', ' ', "O'Brien"]
 */
export const quoteToken =
  /\s+|[$\u20ac\u00a3\u00a5]?\p{N}+(?:[.,]\p{N}+)*%?|[\p{L}\p{N}\p{M}]+(?:['\u2019-][\p{L}\p{N}\p{M}]+)*|\S/gu
