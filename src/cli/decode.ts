import { CorroborateError } from '../errors.js'

/** How much of the start of a file is searched for the NUL byte that marks it binary. */
const sniffBytes = 8 * 1024

/**
 * Decodes bytes as UTF-8, refusing binary data with a one-line message.
 *
 * @example
 * decodeText(new TextEncoder().encode('Hi'), 'a.txt') //=> 'Hi'
 * decodeText(Uint8Array.of(0x50, 0x4b, 0, 0), 'a.zip') // throws E_FILE 'a.zip looks like a binary file'
 */
export function decodeText(bytes: Uint8Array, label: string): string {
  const head = bytes.subarray(0, sniffBytes)
  if (head.includes(0)) {
    throw new CorroborateError(
      'E_FILE',
      `${label} looks like a binary file (it has NUL bytes); give it an article as text`,
    )
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new CorroborateError('E_FILE', `${label} is not UTF-8 text; convert it to UTF-8 first`)
  }
}
