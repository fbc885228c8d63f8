import { readFileSync } from 'node:fs'
import { isCorroborateError } from '../errors.js'
import { plainText } from '../report/escape.js'
import { closest } from '../text/closest.js'
import { flagSet, type ParsedArgs, parseArgs, usage } from './args.js'
import { commandHelp, globalHelp, helpFor } from './help.js'
import type { CliIo, CommandContext } from './io.js'
import { useColor } from './progress.js'

type CommandName = keyof typeof commandHelp

// Commands load on use, so that --help, --version and usage errors answer without loading
// the whole library. Their flags come from their help (help.ts), the one table of commands.
const commands: Readonly<
  Record<CommandName, { load: () => Promise<(args: ParsedArgs, context: CommandContext) => Promise<number>> }>
> = {
  compare: { load: async () => (await import('./compare.js')).runCompare },
  render: { load: async () => (await import('./render.js')).runRender },
  check: { load: async () => (await import('./check.js')).runCheck },
  segment: { load: async () => (await import('./segment.js')).runSegment },
  batch: { load: async () => (await import('./batch.js')).runBatch },
  enqueue: { load: async () => (await import('./queue.js')).runEnqueue },
  worker: { load: async () => (await import('./queue.js')).runWorker },
  collect: { load: async () => (await import('./queue.js')).runCollect },
}

/**
 * Runs the corroborate command line and resolves to its exit code; it never calls
 * `process.exit` and never throws, so tests call it in-process with fake streams.
 * Exit codes: 0 ran and nothing failed `--fail-on`; 1 findings failed `--fail-on`; 2 usage
 * or input error (one line on stderr); 3 internal error (a bug: please report it).
 *
 * @example
 * // In a script: main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout,
 * //   stderr: process.stderr, env: process.env }).then((code) => { process.exitCode = code })
 * const io = fakeIo()
 * await main(['compare', 'examples/ferry-capsize/articles/*'], io) //=> 0
 * io.out().startsWith('corroborate: 4 articles') //=> true
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io)
  } catch (error) {
    if (isCorroborateError(error)) {
      io.stderr.write(`corroborate: ${oneLine(error.message)}\n`)
      return 2
    }
    const message = error instanceof Error ? error.message : String(error)
    io.stderr.write(`corroborate: internal error: ${oneLine(message)}\n`)
    io.stderr.write(`This is a bug in corroborate ${version()}; please report it with the command you ran.\n`)
    if (io.env.CORROBORATE_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`)
    return 3
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv
  if (first === undefined) {
    io.stdout.write(globalHelp(version()))
    return 2
  }
  if (first === '--version' || first === '-V' || first === 'version') {
    io.stdout.write(`${version()}\n`)
    return 0
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = rest[0]
    if (topic === undefined) io.stdout.write(globalHelp(version()))
    else if (isCommand(topic)) io.stdout.write(helpFor(topic))
    else throw unknownCommand(topic)
    return 0
  }
  if (!isCommand(first)) {
    if (first.startsWith('-')) {
      throw usage(`unknown option '${first}'; options come after a command such as 'compare'`, '')
    }
    throw unknownCommand(first)
  }
  const command = commands[first]
  const args = parseArgs(rest, commandHelp[first].flags, first)
  if (flagSet(args, 'help')) {
    io.stdout.write(helpFor(first))
    return 0
  }
  const run = await command.load()
  return run(args, contextFor(args, io))
}

function contextFor(args: ParsedArgs, io: CliIo): CommandContext {
  const out = args.flags.get('out')
  const toFile = typeof out === 'string' && out !== '-'
  return {
    io,
    cwd: io.cwd ?? process.cwd(),
    color: useColor(io, { noColor: flagSet(args, 'no-color'), color: flagSet(args, 'color'), toFile }),
  }
}

function isCommand(name: string): name is CommandName {
  return Object.hasOwn(commands, name)
}

function unknownCommand(name: string): Error {
  const guess = closest(name, Object.keys(commandHelp))
  if (guess !== undefined) return usage(`unknown command '${name}'. Did you mean '${guess}'?`, '')
  if (name.includes('.') || name.includes('/')) {
    return usage(`unknown command '${name}'; to compare files, run 'corroborate compare ${name} ...'`, '')
  }
  return usage(`unknown command '${name}'; the commands are ${Object.keys(commands).join(', ')}`, '')
}

/** Longest message printed whole; longer ones keep their start and their end (the advice). */
const maxMessageLength = 400

/**
 * `message` as one safe line of a terminal or CI log: control characters (ESC, BEL, C1) and
 * bidi overrides echoed from file names or flags become spaces, white space folds, and a long
 * echoed value is cut to an excerpt. Linear in the message.
 */
export function oneLine(message: string): string {
  const line = plainText(message)
  if (line.length <= maxMessageLength) return line
  return `${line.slice(0, maxMessageLength - 120)} … ${line.slice(-100)}`
}

let cachedVersion: string | undefined

/** The package version, read from package.json next to the built code (or the sources). */
export function version(): string {
  if (cachedVersion === undefined) {
    try {
      const json = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
        version?: unknown
      }
      cachedVersion = typeof json.version === 'string' ? json.version : 'unknown'
    } catch {
      cachedVersion = 'unknown'
    }
  }
  return cachedVersion
}
