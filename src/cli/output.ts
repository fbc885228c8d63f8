import { statSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { CorroborateError } from '../errors.js'
import type { LoadedArticle } from './article.js'
import { reason } from './config.js'
import type { CliIo } from './io.js'
import { refuseUnreadPipe } from './read.js'

/**
 * Writes a rendered report to `--out FILE`, or to standard output when there is none. An
 * `--out` that is one of `inputs` (see `inputPaths`), by any path or link, is refused
 * ('E_USAGE') and the file left as it was.
 * A missing newline at the end is added so that shells show the prompt on its own line.
 */
export function writeOutput(
  text: string,
  out: string | undefined,
  io: CliIo,
  inputs: readonly string[] = [],
): void {
  const ended = text === '' || text.endsWith('\n') ? text : `${text}\n`
  if (out === undefined || out === '-') {
    io.stdout.write(ended)
    return
  }
  const cwd = io.cwd ?? process.cwd()
  const clobbered = inputs.find((input) => sameFile(resolve(cwd, out), resolve(cwd, input)))
  if (clobbered !== undefined) {
    throw new CorroborateError(
      'E_USAGE',
      `--out ${out} is ${clobbered === out ? 'an input' : `the input ${clobbered}`}; write the report to another file`,
    )
  }
  refuseUnreadPipe(resolve(cwd, out), out)
  try {
    writeFileSync(resolve(cwd, out), ended)
  } catch (error) {
    throw new CorroborateError('E_FILE', `cannot write ${out}: ${reason(error, true)}`)
  }
}

/**
 * Every file a run read: the articles, the .json/.jsonl files that listed them, and the
 * `--config` file, for `writeOutput` to refuse to overwrite.
 */
export function inputPaths(loaded: readonly LoadedArticle[], config: string | undefined): string[] {
  const paths = loaded.flatMap((article) => [
    ...(article.label === '-' ? [] : [article.label]),
    ...(article.container === undefined ? [] : [article.container]),
  ])
  return config === undefined ? paths : [...paths, config]
}

/** True when both paths name one existing file (through links too: same device and inode). */
export function sameFile(a: string, b: string): boolean {
  try {
    const first = statSync(a)
    const second = statSync(b)
    return first.dev === second.dev && first.ino === second.ino
  } catch {
    return false
  }
}
