// An article's text from where the command line says: a file, or standard input for '-'.
import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { CorroborateError } from '../errors.js'
import { reason } from './config.js'
import { decodeText } from './decode.js'
import { globIn } from './glob.js'
import type { CliIo } from './io.js'
import { maxInputBytes, readRegularFile, tooLarge } from './read.js'

/**
 * Reads a file as UTF-8 text, refusing directories, missing files, devices and pipes, files
 * past `maxInputBytes`, and binary files (a NUL byte in the first 8 KB, or bytes that are not
 * UTF-8). A byte-order mark is dropped.
 */
export function readTextFile(path: string, cwd: string): string {
  const absolute = resolve(cwd, path)
  let bytes: Uint8Array
  try {
    const stat = statSync(absolute)
    if (stat.isDirectory()) {
      throw new CorroborateError(
        'E_FILE',
        `${path} is a directory; pass its files, or a glob such as '${globIn(path)}'`,
      )
    }
    if (stat.size > maxInputBytes) {
      throw new CorroborateError(
        'E_FILE',
        `${path} is ${stat.size} bytes, more than the ${maxInputBytes} the CLI reads`,
      )
    }
    bytes = readRegularFile(absolute, path)
  } catch (error) {
    if (error instanceof CorroborateError) throw error
    throw new CorroborateError('E_FILE', `cannot read ${path}: ${reason(error)}`)
  }
  return decodeText(bytes, path)
}

/**
 * Standard input as text (an article given as '-'), counted as it is read so that an endless
 * stream stops at `maxInputBytes`, and decoded like a file. Says on a terminal how to end it.
 */
export async function readStdinText(io: CliIo): Promise<string> {
  if (io.stdin.isTTY === true) {
    io.stderr.write('corroborate: reading an article from standard input; end it with Ctrl-D\n')
  }
  const chunks: Uint8Array[] = []
  const encoder = new TextEncoder()
  let size = 0
  // Counted while read: `cat /dev/zero | corroborate compare -` must stop, not fill memory.
  for await (const chunk of io.stdin) {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk
    size += bytes.length
    if (size > maxInputBytes) throw tooLarge('standard input')
    chunks.push(bytes)
  }
  const bytes = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.length
  }
  return decodeText(bytes, 'standard input')
}
