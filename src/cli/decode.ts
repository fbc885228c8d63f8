import { CorroborateError } from '../errors.js'

/** How much of the start of a file is searched for the NUL byte that marks it binary. */
const sniffBytes = 8 * 1024

/**
 * Decodes bytes as UTF-8, or as UTF-16 when they start with its byte-order mark (as Windows
 * tools save 'Unicode' text), refusing binary data with a one-line message.
 *
 * @example
 * decodeText(new TextEncoder().encode('Hi'), 'a.txt') //=> 'Hi'
 * decodeText(Uint8Array.of(0xff, 0xfe, 0x48, 0, 0x69, 0), 'a.txt') //=> 'Hi'
 * decodeText(Uint8Array.of(0x50, 0x4b, 0, 0), 'a.zip') // throws E_FILE 'a.zip looks like a binary file'
 */
export function decodeText(bytes: Uint8Array, label: string): string {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null
  if (utf16 !== null) {
    try {
      return new TextDecoder(utf16, { fatal: true }).decode(bytes)
    } catch {
      throw new CorroborateError('E_FILE', `${label} is not valid UTF-16 text; convert it to UTF-8 first`)
    }
  }
  const head = bytes.subarray(0, sniffBytes)
  if (head.includes(0)) {
    if (looksLikeUtf16(head)) {
      throw new CorroborateError(
        'E_FILE',
        `${label} looks like UTF-16 text without a byte-order mark; convert it to UTF-8 first`,
      )
    }
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

/**
 * Whether the NUL bytes of `head` fall on every other byte of mostly ASCII text, as in UTF-16
 * without a byte-order mark ('H\0i\0'): at least nine in ten of one parity's bytes are NUL
 * and almost none of the other's.
 */
function looksLikeUtf16(head: Uint8Array): boolean {
  const nuls = [0, 0]
  for (let i = 0; i < head.length; i++) if (head[i] === 0) nuls[i % 2]!++
  const half = head.length / 2
  const [even, odd] = nuls as [number, number]
  return half >= 2 && Math.max(even, odd) >= 0.9 * Math.floor(half) && Math.min(even, odd) <= 0.05 * half
}
