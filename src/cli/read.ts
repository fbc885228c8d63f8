import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { CorroborateError } from '../errors.js'

/** Largest input the CLI reads, file or standard input (the library's default `maxInputLength` in UTF-8 bytes, roughly). */
export const maxInputBytes = 64 * 1024 * 1024

/**
 * Reads a regular file whole, counting bytes as it reads (a device such as /dev/zero reports
 * size 0 and never ends). Devices, pipes and sockets are refused before a byte is read: the
 * file is opened non-blocking, so a FIFO with no writer cannot hang the run. Standard input
 * is read with '-' instead. File-system errors are thrown as they are, for the caller to word.
 *
 * @example
 * new TextDecoder().decode(readRegularFile('LICENSE', 'LICENSE')).startsWith('MIT License') //=> true
 * readRegularFile('/dev/zero', '/dev/zero') // throws E_FILE '/dev/zero is not a regular file'
 */
export function readRegularFile(absolute: string, label: string): Uint8Array {
  const fd = openSync(absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  try {
    const stats = fstatSync(fd)
    if (stats.isDirectory()) {
      throw new CorroborateError('E_FILE', `${label} is a directory; name a file in it`)
    }
    if (!stats.isFile()) {
      throw new CorroborateError(
        'E_FILE',
        `${label} is not a regular file (a device, pipe or socket); save the article to a file, or pipe it in as '-'`,
      )
    }
    const chunks: Buffer[] = []
    let total = 0
    const buffer = Buffer.allocUnsafe(1 << 16)
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null)
      if (read === 0) break
      total += read
      if (total > maxInputBytes) throw tooLarge(label)
      chunks.push(Buffer.from(buffer.subarray(0, read)))
    }
    return Buffer.concat(chunks, total)
  } finally {
    closeSync(fd)
  }
}

/**
 * Refuses to write to a FIFO that no process reads, which would block forever ('E_FILE'). Opened
 * non-blocking for writing, such a FIFO fails with ENXIO; a file, a missing path or a pipe with
 * a reader passes (nothing is written or truncated here).
 *
 * @example
 * refuseUnreadPipe('/nonexistent/report.json', 'report.json') //=> undefined
 */
export function refuseUnreadPipe(absolute: string, label: string): void {
  let fd: number
  try {
    fd = openSync(absolute, constants.O_WRONLY | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENXIO') return
    throw new CorroborateError('E_FILE', `cannot write ${label}: it is a pipe that no process reads`)
  }
  closeSync(fd)
}

/** The error for an input past `maxInputBytes`. */
export function tooLarge(label: string): CorroborateError {
  return new CorroborateError(
    'E_INPUT_TOO_LARGE',
    `${label} is larger than the ${maxInputBytes} bytes the CLI reads; split it into articles`,
  )
}
