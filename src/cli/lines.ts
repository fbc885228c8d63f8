import { closeSync, existsSync, ftruncateSync, openSync, readSync } from 'node:fs'

/**
 * Lines of a stream of chunks (a file stream, standard input), decoded as UTF-8 across chunk
 * boundaries, without their line ends. `onBytes` hears every chunk's size, for progress.
 *
 * @example
 * // for await (const line of linesOf(createReadStream('articles.jsonl'))) ...
 * const lines = []
 * for await (const line of linesOf(['one\ntw', 'o\r\nthree'])) lines.push(line)
 * lines //=> ['one', 'two', 'three']
 */
export async function* linesOf(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  onBytes: (bytes: number) => void = () => {},
): AsyncGenerator<string> {
  const decoder = new TextDecoder()
  let pending = ''
  for await (const chunk of chunks) {
    onBytes(typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength)
    pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
    let newline = pending.indexOf('\n')
    let from = 0
    while (newline !== -1) {
      yield stripCarriageReturn(pending.slice(from, newline))
      from = newline + 1
      newline = pending.indexOf('\n', from)
    }
    pending = pending.slice(from)
  }
  pending += decoder.decode()
  if (pending !== '') yield stripCarriageReturn(pending)
}

function stripCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line
}

/**
 * Prepares an output file to be resumed: reads the event key of every complete line (with
 * `keyOf`), cuts off a last line that an interrupted run left without its newline, and
 * returns the keys. A missing file gives none.
 */
export function resumeFile(path: string, keyOf: (line: string) => string | undefined): Set<string> {
  const keys = new Set<string>()
  if (!existsSync(path)) return keys
  const fd = openSync(path, 'r+')
  try {
    const buffer = Buffer.alloc(1 << 20)
    const decoder = new TextDecoder()
    let pending = ''
    let complete = 0
    let offset = 0
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, offset)
      if (read === 0) break
      offset += read
      pending += decoder.decode(buffer.subarray(0, read), { stream: true })
      let newline = pending.indexOf('\n')
      let from = 0
      while (newline !== -1) {
        const line = pending.slice(from, newline)
        const key = keyOf(line)
        if (key !== undefined) keys.add(key)
        complete += Buffer.byteLength(line) + 1
        from = newline + 1
        newline = pending.indexOf('\n', from)
      }
      pending = pending.slice(from)
    }
    if (complete < offset) ftruncateSync(fd, complete)
  } finally {
    closeSync(fd)
  }
  return keys
}
