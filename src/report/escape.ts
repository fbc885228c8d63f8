/**
 * Escaping for every output context a report writes into: HTML text and attributes, URLs,
 * Markdown, terminal text and GitHub workflow commands. Article text and metadata are
 * untrusted; every renderer passes them through one of these before writing them out.
 * Every regular expression here is a single character class (linear time).
 */

const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
}

/**
 * Escapes text for HTML element content and for quoted attribute values.
 *
 * @example
 * escapeHtml('<img src=x onerror="alert(1)">') //=> '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (char) => htmlEntities[char]!)
}

/**
 * The URL when it is an absolute http(s) URL that is safe to put in an `href`, else null.
 * `javascript:`, `data:`, relative and protocol-relative URLs are refused, as are URLs with
 * white space or control characters (which browsers strip before reading the scheme).
 *
 * @example
 * safeHttpUrl('https://example.org/a?b=1') //=> 'https://example.org/a?b=1'
 * safeHttpUrl('javascript:alert(1)') //=> null
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string') return null
  if (/[\u0000-\u0020\u007f-\u009f]/.test(url)) return null
  return /^https?:\/\/[^/?#]/i.test(url) ? url : null
}

/**
 * Text safe to print on a terminal: control characters (ESC for ANSI sequences, carriage
 * returns, bells) and bidirectional overrides become spaces, runs of white space fold to one.
 *
 * @example
 * plainText('Troops\u001b[31m marched\n home') //=> 'Troops [31m marched home'
 */
export function plainText(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Escapes text for a Markdown paragraph or table cell: the characters that start emphasis,
 * links, code, raw HTML or a table cell are backslash-escaped, an `&` that would start an
 * entity becomes `&amp;`, and line breaks fold to spaces (a table row must stay on one line).
 *
 * @example
 * escapeMarkdown('Vey said *ready* | <b>') //=> 'Vey said \\*ready\\* \\| \\<b\\>'
 */
export function escapeMarkdown(text: string): string {
  return plainText(text)
    .replace(/[\\`*_[\]<>|~#!]/g, (char) => `\\${char}`)
    .replace(/&(?=#?[A-Za-z0-9]{1,32};)/g, '&amp;')
}

/**
 * Escapes the message (data) of a GitHub workflow command: `%`, carriage return and line feed.
 *
 * @example
 * escapeCommandData('100% sure\nreally') //=> '100%25 sure%0Areally'
 */
export function escapeCommandData(text: string): string {
  return text.replace(/[%\r\n]/g, (char) => commandCodes[char]!)
}

/**
 * Escapes a property value of a GitHub workflow command: as for the message, plus `:` and `,`
 * which would otherwise end the value.
 *
 * @example
 * escapeCommandProperty('a,b: c') //=> 'a%2Cb%3A c'
 */
export function escapeCommandProperty(text: string): string {
  return text.replace(/[%\r\n:,]/g, (char) => commandCodes[char]!)
}

const commandCodes: Record<string, string> = {
  '%': '%25',
  '\r': '%0D',
  '\n': '%0A',
  ':': '%3A',
  ',': '%2C',
}
