// Every regular expression of the segment stage, each documented and linear-time: no nested
// quantifiers, no overlapping alternatives under a quantifier (a ReDoS test imports them all).

/** A lower-case letter, tested on one character: a sentence never starts with one. */
export const LOWERCASE_LETTER = /^\p{Ll}$/u

/** An upper-case or title-case letter, tested on one character. */
export const UPPERCASE_LETTER = /^[\p{Lu}\p{Lt}]$/u

/** A letter or a digit, tested on one character. */
export const ALPHANUMERIC = /^[\p{L}\p{N}]$/u

/** A decimal digit, tested on one character. */
export const DIGIT = /^\p{Nd}$/u

/** A dotted abbreviation without its last dot: `U.S`, `a.m`, `e.g`, `Ph.D`, `J.R.R`. */
export const DOTTED_ABBREVIATION = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u

/** A single capital letter: an initial such as the `J` of `J. Smith`. */
export const SINGLE_INITIAL = /^\p{Lu}$/u

/** A sentence that is only a list number or letter, maybe after a bullet: `1.`, `12)`, `3.)`, `b.`, `iv.`, `• 9.`. */
export const LIST_NUMBER = /^(?:[•⁃‣◦▪] ?)?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{2,5})(?:\.\)|[.)])$/u

/** Opening punctuation stripped from the front of a word before looking it up. */
export const OPENING_PUNCTUATION = /^[("'“‘[{¿¡«]+/u

/**
 * A news-agency dateline at the start of a paragraph: an upper-case place (optionally with a
 * date), the agency in parentheses, and a dash: `PORT ALDER (Reuters) - `, `LONDON, May 9 (AP) — `,
 * or just `(AP) — `. Group 1 is the agency.
 */
export const DATELINE =
  /^(?:\p{Lu}[\p{Lu}'’.\- ]{1,40}(?:, \p{Lu}\p{Ll}{2,8}\.? \d{1,2})? )?\((\p{Lu}[\p{L}]{0,19}(?: \p{Lu}[\p{L}]{0,19}){0,2})\) ?[-–—]{1,2} /u

/** Letters immediately followed by 1-3 digits, as in `AP News2` or `BBC3`; group 1 is the digits. */
export const GLUED_DIGITS = /\p{L}(\d{1,3})(?=[\s.,;:!?)\]"'”’]|$)/gu

/** A bracketed reference: `[1]`, `[12]`, `[^3]`, `[^note]`, `[citation needed]`; group 1 is the label. */
export const BRACKET_REFERENCE = /\[(\d{1,3}|\^[\p{L}\p{N}_-]{1,20}|citation needed)\]/gu

/**
 * A short parenthesised name such as `(Meridian Wire)` or `(Reuters)`; group 1 is the name.
 * Global; whether it is an outlet marker is decided by the outlet list and its context.
 */
export const PARENTHESISED_NAME = /\(([^()\n]{1,60})\)/g

/** A run of superscript digits used as a reference marker: `³`, `¹²`. */
export const SUPERSCRIPT_DIGITS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}/gu

/** 'N minutes/hours/days ago', a time stamp that is page furniture. */
export const TIME_AGO =
  /^(?:\d{1,3}|an?|one|few) (?:sec|second|min|minute|hr|hour|day|week|month|year)s? ago$/i

/** A time stamp line: 'Updated 3 hours ago', 'Published 09:14 GMT, 9 May 2025'. */
export const TIMESTAMP = /^(?:updated|published|posted|last updated|modified)\b[^.!?]{0,60}$/i

/**
 * A line that is only a date and perhaps a time, as pages stamp an article or a comment
 * ('on Dec 23 2012, 5:03p', 'December 23, 2012 at 6:11 pm ET', 'Sun Dec 23, 2012'), matched
 * lower case without outer punctuation. Two such stamps are no fact two outlets share: a
 * reader found 'on Dec 23 2012, 5:03p' and '..., 6:11p' grouped as one corroborated claim.
 */
export const DATE_STAMP =
  /^(?:(?:on|at|posted|dated) )?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})(?:,? (?:at )?\d{1,2}(?:[:.]\d{2})? ?(?:[ap]\.?m?\.?)?(?: [a-z]{2,4})?)?$/

/** The start of a byline: 'By ' followed by a capitalised word ('By Jane Doe'). */
export const BYLINE_START = /^By \p{Lu}/u

/** A semicolon between clauses: the split point of clause units. */
export const CLAUSE_SEMICOLON = /; /g

/** A comma before a co-ordinating conjunction: `, and `, `, but `, `, while `, `, whereas `, `, yet `. */
export const CLAUSE_CONJUNCTION = /, (?:and|but|while|whereas|yet) /g

/** One word (letters, digits, apostrophes, hyphens) at the start of a string. */
export const FIRST_WORD = /^[\p{L}\p{N}'’-]{1,40}/u

/** A letter or a digit anywhere in a string. */
export const WORD_CHARACTER = /[\p{L}\p{N}]/u

/** Terminal punctuation at the very end of a statement ('.', '!', '?', optionally quoted). */
export const ENDS_WITH_TERMINAL = /[.!?…]["'”’)]?$/u

/** A line ending that continues into the next line: ',', ';', ':' or a dash. */
export const ENDS_WITH_CLAUSE_MARK = /[,;:\-–—]$/u

/**
 * A line that is only a citation or credit in parentheses or after a credit word: '(Meridian
 * Wire)', '(Photo: Ana Ruiz/Meridian Wire)', 'Credit: Meridian Wire', '(AP)'.
 */
export const CREDIT_LINE =
  /^(?:\([^().!?\n]{1,80}\)|(?:photo|photograph|image|picture|video|graphic|credit|source|reporting|additional reporting|editing)s?(?:: | by:? )[^\n]{1,80})$/iu

/**
 * A sign-off line: a dash before up to six words in capitals or 'of', 'the', 'and', '&':
 * '— Meridian Wire', '-- Valley Courier Staff'. Case-sensitive, so that a lower-case line after
 * a dash ('— and then it was over') is no sign-off, and so that recheck can prove it linear (the
 * credit words' case-insensitive pattern with this one in it ran for many minutes).
 */
export const SIGN_OFF_LINE = /^[—–-]{1,2} ?\p{Lu}[\p{L}'’&.]*(?: (?:\p{Lu}[\p{L}'’&.]*|of|the|and|&)){0,5}$/u

/**
 * An inline list marker after a space or a colon: '1) ', '2.) ', '3. ', 'a) ', 'b. ', '(1) ',
 * '(c) ', 'ii) ', '(iv) '. Group 1 is the number, letter or lower-case Roman numeral in brackets,
 * group 2 the one without. Global; a rule keeps only markers that count up from 1, 'a' or 'i'.
 */
export const INLINE_LIST_MARKER =
  /(?<=^|[\s:])(?:\((\d{1,2}|[a-zA-Z]|[ivx]{2,4})\)|(\d{1,2}|[a-zA-Z]|[ivx]{2,4})(?:\.\)|[.)])) (?=\S)/g

/**
 * A time of day that opens a sentence, up to its 'a.m.'/'p.m.': 'At 9 a.m.', 'By 7.30 p.m.',
 * 'Shortly after 6 A.M.', 'Until 10:15 p.m.'.
 */
export const OPENING_TIME_PHRASE =
  /^(?:(?:shortly|just|soon|long|well) )?(?:at|by|after|before|until|till|from|around|about|since) (?:about |around )?\d{1,2}(?:[.:]\d{2})? ?[ap]\.m\.$/i

/** The rest of an e-mail or web address after a glued full stop: contains '@', '/' or a dotted part. */
export const ADDRESS_PART = /[@/]|\.\p{L}/u

/**
 * The list marker a parser stripped from the front of a list item, at the end of the raw text
 * before the item: '1) ', '2.) ', 'a. ', '• ', '- '. Matched against at most a dozen characters.
 */
export const STRIPPED_LIST_MARKER = /(?:^|\s)((?:[•⁃‣◦▪*+-] ?)?(?:(?:\d{1,2}|[a-zA-Z])(?:\.\)|[.)]) ?)?)$/u

/** A bullet written inline between two list items: ' • ', ' ⁃'. Global. */
export const INLINE_BULLET = /(?<= )[•⁃‣◦▪](?= ?\S)/gu

/** A letter, tested on one character: an inline list marker is a letter or a number. */
export const LETTER = /^\p{L}$/u

/** What follows the 'a.'/'p.' of a time written with spaces: ' m.' ('5 a. m.'). */
export const SPACED_MERIDIEM_END = /^ [mM]\./

/** What precedes the 'm.' of a time written with spaces: a digit, then ' a. ' or ' p. '. */
export const SPACED_MERIDIEM_START = /[0-9] [aApP]\. $/

/**
 * A section label of one to three words in capitals, with no digits: 'THE WHITE HOUSE', 'WORLD
 * NEWS', 'POLITICS'. A page header, not a statement (a headline in capitals states a fact in
 * more words: 'QUAKE KILLS 40 IN REMOTE VALLEY').
 */
export const SECTION_LABEL = /^\p{Lu}[\p{Lu}&'’.-]*(?: \p{Lu}[\p{Lu}&'’.-]*){0,2}$/u
