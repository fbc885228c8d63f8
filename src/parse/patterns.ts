// Every regular expression of the parse stage, each documented and linear-time: no nested
// quantifiers, no overlapping alternatives under a quantifier (a ReDoS test imports them all).

/** A document that opens like an HTML page: `<!doctype html>`, `<html>`, `<head>` or `<body>`. */
export const HTML_DOCUMENT_START = /^\s*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i

/** One common HTML tag, open or close (`<p>`, `</div>`, `<a href="...">`); global, for counting. */
export const HTML_TAG =
  /<\/?(?:p|div|h[1-6]|ul|ol|li|br|article|section|span|a|table|tr|td|th|blockquote|em|strong|b|i|img|figure|figcaption|header|footer|nav|main|script|style)(?=[\s/>])[^<>]*>/gi

/** A Markdown ATX heading line: `# Title` .. `###### Title`; global and multi-line, for counting. */
export const MARKDOWN_HEADING = /^#{1,6}[ \t]\S/gm

/** A Markdown list item line: `- item`, `* item`, `+ item`, `1. item`, `1) item`; global, multi-line. */
export const MARKDOWN_LIST_ITEM = /^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]\S/gm

/** A Markdown inline link `[text](url)`; global, for counting. */
export const MARKDOWN_LINK = /\[[^[\]\n]*\]\([^()\s]*\)/g

/** Markdown strong emphasis `**bold**` or `__bold__`; global, for counting. */
export const MARKDOWN_STRONG = /\*\*[^*\n]+\*\*|__[^_\n]+__/g

/** A Markdown block quote line `> text`; global and multi-line, for counting. */
export const MARKDOWN_QUOTE = /^>[ \t]?\S/gm

/** A Markdown code fence line (three backticks or tildes); global and multi-line, for counting. */
export const MARKDOWN_FENCE = /^(?:```|~~~)/gm

/** A GFM table delimiter row such as `|---|:--:|` or `--- | ---`; global and multi-line. */
export const MARKDOWN_TABLE_RULE = /^\|?[ \t]*:?-{3,}:?[ \t]*\|/gm

/** A Markdown footnote definition `[^1]: text`; global and multi-line, for counting. */
export const MARKDOWN_FOOTNOTE_DEFINITION = /^\[\^[^\]\s]{1,40}\]:/gm

/** Any character but a line break; global, for blanking a span while keeping its line breaks. */
export const NOT_LINE_BREAK = /[^\r\n]/g

/**
 * A bare web address in text: `http://` or `https://` (any case) or `www.`, then a run of
 * characters that are not white space, angle brackets or quotes. Global. One quantifier, so
 * linear; trailing punctuation and an unbalanced `)` are trimmed by `findBareUrls`.
 */
export const BARE_URL = /(?:https?:\/\/|www\.)[^\s<>"“”‘`]+/gi

/** Punctuation that ends a sentence rather than a URL when it closes one: `.`, `,`, `;`, `*`. */
export const URL_TRAILING_PUNCTUATION = /[.,:;!?'’*_~]$/

/** A character that glues a URL to the text before it (`a@www.x`, `x.https://`); one character. */
export const URL_GLUED_BEFORE = /^[\p{L}\p{N}@./:_-]$/u

/** A plain-text list item marker at the start of a line: `- `, `* `, `• `, `1. `, `2) `. */
export const TEXT_LIST_MARKER = /^[ \t]{0,6}(?:[-*•‣◦–]|\d{1,3}[.)])[ \t]+(?=\S)/

/** The content of an HTML `<sup>` that is a reference marker: `1`, `12`, `[3]`. */
export const SUPERSCRIPT_REFERENCE = /^\[?\d{1,3}\]?$/

/**
 * A control character but tab, line feed and carriage return: C0 (NUL, BEL, ESC, form feed ...),
 * DEL and C1 (U+0080-U+009F); global. Every reader sees each as a space.
 */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g

/**
 * A character that is neither white space (what `trim` removes) nor a control character read
 * as a space: a text without one is blank.
 */
export const NOT_BLANK = /[^\s\u0000-\u001f\u007f-\u009f]/

/** A run of white space, for splitting a line into words. */
export const WHITE_SPACE_RUN = /\s+/

/** Leading characters that are neither letters nor digits (quotes, brackets) of a word. */
export const LEADING_NON_ALPHANUMERIC = /^[^\p{L}\p{N}]+/u

/** A character that may open a sentence besides a capital letter: a digit, a quote, a bracket. */
export const SENTENCE_OPENER = /^[\p{N}"“‘'([]/u

/** The '_' and '-' between the words of a field name ('published_at'), set aside to match one. */
export const fieldWordSeparators = /[_-]/g
