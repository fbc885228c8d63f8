import { parseArgs as parseWords } from 'node:util'
import { CorroborateError } from '../errors.js'

import { closest, typoHint } from '../text/closest.js'

/** How a flag takes its value: none, one value, or every value up to the next flag. */
export type FlagKind = 'boolean' | 'value' | 'list'

/** One flag a command accepts. */
export interface FlagSpec {
  name: string
  kind: FlagKind
  /** A one-letter alias such as `-o`. */
  short?: string
  /** Placeholder shown in help, e.g. `FILE`. */
  placeholder?: string
  /** One line for `--help`. */
  help: string
}

/** Flags parsed from the command line: booleans, single values and lists. */
export interface ParsedArgs {
  flags: Map<string, string | true | string[]>
  positionals: string[]
}

/** Flags every command accepts. */
export const globalFlags: readonly FlagSpec[] = [
  { name: 'help', kind: 'boolean', short: 'h', help: 'show help for this command' },
  { name: 'no-color', kind: 'boolean', help: 'never colour the output (also: NO_COLOR=1)' },
  { name: 'color', kind: 'boolean', help: 'colour the output even when it is not a terminal' },
]

/**
 * Parses a command's arguments against its flag list, with `node:util`'s `parseArgs` splitting
 * the words into flags, values and positionals. Accepts `--flag value`, `--flag=value`,
 * `-x value`, `-x=value`, `--` to end flags, and `-` as a positional (standard input). A value
 * flag takes the next word unless it looks like a flag (`-0.5` is a value, being a number).
 * A `list` flag takes every following argument up to the next flag (`--sources a.md b.md`),
 * or one value when written `--sources=a.md`; repeating it adds to the list. Short flags are
 * not grouped (`-hf` is an unknown flag, as `-format` is). Unknown flags, missing values and
 * conflicting flags (`--format json --format html`, `--color --no-color`) throw
 * `CorroborateError` ('E_USAGE'), with a suggestion when the flag looks like a typo.
 *
 * @example
 * import { compareFlags } from './flags.js'
 * parseArgs(['a.md', '--format', 'json'], compareFlags, 'compare')
 * //=> { positionals: ['a.md'], flags: new Map([['format', 'json']]) }
 */
export function parseArgs(argv: readonly string[], specs: readonly FlagSpec[], command: string): ParsedArgs {
  const all = [...specs, ...globalFlags]
  const byName = new Map(all.map((spec) => [spec.name, spec]))
  const flags = new Map<string, string | true | string[]>()
  const positionals: string[] = []
  // The list flag still taking the positionals that follow it, if any.
  let openList: string[] | undefined
  for (const token of splitWords(argv, all)) {
    if (token.kind === 'positional') {
      if (openList === undefined) positionals.push(token.value)
      else openList.push(token.value)
      continue
    }
    openList = undefined
    if (token.kind === 'option-terminator') continue
    const raw = argv[token.index]!
    const written = raw.startsWith('--') ? token.rawName : raw.split('=')[0]!
    const spec = written.length === token.rawName.length ? byName.get(token.name) : undefined
    if (spec === undefined) throw unknownFlag(written, all, command)
    // parseArgs reads `-f=json` as the value '=json'; the flag's value is what follows '='.
    const value = raw.startsWith(`${written}=`) ? raw.slice(written.length + 1) : token.value
    if (spec.kind === 'boolean') {
      if (value !== undefined) throw usage(`option '--${spec.name}' takes no value`, command)
      flags.set(spec.name, true)
      continue
    }
    if (value === undefined || value === '' || (!token.inlineValue && !takesValue(spec, value))) {
      const placeholder = spec.placeholder ?? 'VALUE'
      throw usage(`option '--${spec.name}' needs a value: --${spec.name} ${placeholder}`, command)
    }
    const previous = flags.get(spec.name)
    if (spec.kind === 'value') {
      if (typeof previous === 'string' && previous !== value) {
        throw usage(
          `option '--${spec.name}' is given twice ('${previous}' and '${value}'); give it once`,
          command,
        )
      }
      flags.set(spec.name, value)
    } else {
      const list = Array.isArray(previous) ? previous : []
      list.push(value)
      flags.set(spec.name, list)
      if (!token.inlineValue) openList = list
    }
  }
  if (flags.has('color') && flags.has('no-color')) {
    throw usage("options '--color' and '--no-color' contradict each other; give one", command)
  }
  return { flags, positionals }
}

/**
 * The words as `node:util` `parseArgs` tokens: value and list flags are declared as strings (so
 * the next word is taken as the value), the rest as booleans; unknown flags come back as
 * tokens too (`strict: false`), for `parseArgs` above to name with a suggestion.
 */
function splitWords(argv: readonly string[], specs: readonly FlagSpec[]) {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = Object.create(null)
  for (const spec of specs) {
    options[spec.name] = {
      type: spec.kind === 'boolean' ? 'boolean' : 'string',
      ...(spec.short === undefined ? {} : { short: spec.short }),
    }
  }
  const { tokens } = parseWords({
    args: [...argv],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  })
  return tokens
}

/**
 * Whether a word that follows a flag is its value: `parseArgs` takes any next word, but a word
 * that starts with '-' is another flag, except '-' (standard input) and, for a single value,
 * a number such as '-0.5'.
 */
function takesValue(spec: FlagSpec, word: string): boolean {
  if (word === '-' || !word.startsWith('-')) return true
  return spec.kind === 'value' && !Number.isNaN(Number(word))
}

function unknownFlag(written: string, specs: readonly FlagSpec[], command: string): CorroborateError {
  const guess = closest(
    written.replace(/^-+/, ''),
    specs.map((spec) => spec.name),
  )
  const where = command === '' ? '' : ` for '${command}'`
  const hint = guess === undefined ? '' : ` Did you mean '--${guess}'?`
  return usage(`unknown option '${written}'${where}.${hint}`, command)
}

/** A usage error: exit code 2, one line, with a pointer to the command's help. */
export function usage(message: string, command: string): CorroborateError {
  const help = command === '' ? 'corroborate --help' : `corroborate ${command} --help`
  const sentence = /[.?!]$/.test(message) ? message : `${message}.`
  return new CorroborateError('E_USAGE', `${sentence} Try '${help}'.`)
}

/** The value of a single-value flag, or undefined when it was not given. */
export function flagValue(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags.get(name)
  return typeof value === 'string' ? value : undefined
}

/** The values of a list flag (empty when not given). */
export function flagList(args: ParsedArgs, name: string): string[] {
  const value = args.flags.get(name)
  return Array.isArray(value) ? value : []
}

/** Whether a boolean flag was given. */
export function flagSet(args: ParsedArgs, name: string): boolean {
  return args.flags.get(name) === true
}

/**
 * Checks a flag value against the allowed choices, with a typo suggestion.
 *
 * @example
 * choice('jsn', ['text', 'json'], 'format', 'compare') // throws E_USAGE "Did you mean 'json'?"
 */
export function choice<T extends string>(
  value: string,
  choices: readonly T[],
  flag: string,
  command: string,
): T {
  if ((choices as readonly string[]).includes(value)) return value as T
  const hint = typoHint(value, choices)
  throw usage(`unknown --${flag} '${value}'; use one of ${choices.join(', ')}.${hint}`, command)
}
