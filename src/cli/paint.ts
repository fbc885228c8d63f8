/** ANSI styles the CLI uses. */
export type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'green' | 'cyan'

const codes: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
}

/**
 * Wraps `text` in an ANSI style when `color` is on, and returns it unchanged otherwise.
 *
 * @example
 * paint('error', 'red', true) //=> '\x1b[31merror\x1b[39m'
 * paint('error', 'red', false) //=> 'error'
 */
export function paint(text: string, style: Style, color: boolean): string {
  if (!color) return text
  const [open, close] = codes[style]
  return `\x1b[${open}m${text}\x1b[${close}m`
}
