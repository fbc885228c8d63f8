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

/** Typographic apostrophes, folded to "'" before quotes are compared. */
export const typographicApostrophes = /[\u2018\u2019\u02bc]/g

/** A run of white space, between words of a diff part. */
export const whiteSpace = /\s+/

/** Exactly four digits: the text of a bare year ('1998'). */
export const fourDigits = /^\d{4}$/
