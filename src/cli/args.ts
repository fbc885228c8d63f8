import { CorroborateError } from '../errors.js'

import { closest } from '../text/closest.js'

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
 * Parses a command's arguments against its flag list. Accepts `--flag value`, `--flag=value`,
 * `-x value`, `--` to end flags, and `-` as a positional (standard input). A `list` flag
 * takes every following argument up to the next flag. Unknown flags, missing values and
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
  const flags = new Map<string, string | true | string[]>()
  const positionals: string[] = []
  let onlyPositionals = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg)
      continue
    }
    if (arg === '--') {
      onlyPositionals = true
      continue
    }
    const equals = arg.indexOf('=')
    const written = equals === -1 ? arg : arg.slice(0, equals)
    const spec = findFlag(all, written)
    if (spec === undefined) throw unknownFlag(written, all, command)
    const inline = equals === -1 ? undefined : arg.slice(equals + 1)
    if (spec.kind === 'boolean') {
      if (inline !== undefined) throw usage(`option '--${spec.name}' takes no value`, command)
      flags.set(spec.name, true)
      continue
    }
    const values: string[] = []
    if (inline !== undefined) values.push(inline)
    else {
      while (
        i + 1 < argv.length &&
        (isValue(argv[i + 1]!) || (spec.kind === 'value' && isNumber(argv[i + 1]!)))
      ) {
        values.push(argv[++i]!)
        if (spec.kind === 'value') break
      }
    }
    if (values.length === 0 || values.some((value) => value === '')) {
      const placeholder = spec.placeholder ?? 'VALUE'
      throw usage(`option '--${spec.name}' needs a value: --${spec.name} ${placeholder}`, command)
    }
    if (spec.kind === 'value') {
      const previous = flags.get(spec.name)
      if (typeof previous === 'string' && previous !== values[0]) {
        throw usage(
          `option '--${spec.name}' is given twice ('${previous}' and '${values[0]}'); give it once`,
          command,
        )
      }
      flags.set(spec.name, values[0]!)
    } else {
      const previous = flags.get(spec.name)
      flags.set(spec.name, [...(Array.isArray(previous) ? previous : []), ...values])
    }
  }
  if (flags.has('color') && flags.has('no-color')) {
    throw usage("options '--color' and '--no-color' contradict each other; give one", command)
  }
  return { flags, positionals }
}

function isValue(arg: string): boolean {
  return arg === '-' || !arg.startsWith('-')
}

function isNumber(arg: string): boolean {
  return arg !== '' && !Number.isNaN(Number(arg))
}

function findFlag(specs: readonly FlagSpec[], written: string): FlagSpec | undefined {
  if (written.startsWith('--')) return specs.find((spec) => spec.name === written.slice(2))
  if (written.length === 2) return specs.find((spec) => spec.short === written.slice(1))
  return undefined
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
  const guess = closest(value, choices)
  const hint = guess === undefined ? '' : ` Did you mean '${guess}'?`
  throw usage(`unknown --${flag} '${value}'; use one of ${choices.join(', ')}.${hint}`, command)
}
