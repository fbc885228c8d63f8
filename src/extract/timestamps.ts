import type { Statement } from '../types.js'
import { anyLetterPattern, timestampWordPattern } from './patterns.js'

/**
 * True when a statement is only a publication timestamp: once the text of its date details
 * and timestamp words ('published', 'updated', 'EDT', 'hrs') are removed, no letter is left
 * ('9:53 AM, MON 22 JUL 2013', 'Friday, Sep 10, 2010 | Updated 9:28 AM EDT'). Such a line
 * dates the page, not the event: compared across outlets it only ever gives false conflicts
 * (a judge reading real coverage found five of them among 60 disputed claims).
 *
 * @example
 * const statementOf = (text) => ({ text, details: extractDetails(text) })
 * isTimestampLine(statementOf('Originally published 05/03/2013 at 10:20 AM EDT')) //=> true
 * isTimestampLine(statementOf('The ferry sank on Friday.')) //=> false
 */
export function isTimestampLine(statement: Pick<Statement, 'text' | 'details'>): boolean {
  const dates = statement.details.filter((detail) => detail.kind === 'date')
  if (dates.length === 0) return false
  let rest = statement.text
  for (const date of dates) rest = rest.split(date.text).join(' ')
  return !anyLetterPattern.test(rest.replace(timestampWordPattern, ' '))
}
