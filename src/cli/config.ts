import { resolve } from 'node:path'
import { CorroborateError, isCorroborateError } from '../errors.js'
import { configKeys, optionSpecs, resolveOptions } from '../options.js'
import { typoHint } from '../text/closest.js'
import type { Options } from '../types.js'
import { flagValue, type ParsedArgs, usage } from './args.js'
import { readRegularFile } from './read.js'
import { type IgnoreEntry, ignoreEntries } from './suppress.js'

/**
 * Reads a `--config FILE`: a JSON object of `Options` fields. Unknown keys are rejected
 * (a typo would otherwise be silently ignored); `$schema`, `//` comment keys and `check`'s
 * `ignore` list (see `ignoreListFrom`) are allowed and left out.
 * Throws `CorroborateError` ('E_FILE' for an unreadable file, 'E_OPTION' for bad JSON or keys).
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * const cwd = mkdtempSync(`${tmpdir()}/corroborate-`)
 * writeFileSync(`${cwd}/corroborate.json`, '{ "threshold": 0.5, "hedgeTolerance": 0.2 }')
 * readConfig('corroborate.json', cwd) //=> { threshold: 0.5, hedgeTolerance: 0.2 }
 */
export function readConfig(path: string, cwd: string): Options {
  const parsed = readConfigObject(path, cwd)
  const options: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(parsed)) {
    // 'ignore' is the CLI's own (see `ignoreListFrom`), no library option; it is checked here
    // too, so that one config is valid for every command or for none.
    if (key === 'ignore') ignoreEntries(value, path)
    if (key === '$schema' || key === 'ignore' || key.startsWith('//')) continue
    if (Object.hasOwn(optionSpecs, key) && !(configKeys as readonly string[]).includes(key)) {
      if (optionSpecs[key as keyof typeof optionSpecs].config !== 'code') {
        // A plain value the CLI has no use for: only the library's groupByEvent and async hooks read it.
        throw new CorroborateError(
          'E_OPTION',
          `config ${path} sets '${key}' (${optionSpecs[key as keyof typeof optionSpecs].doc}), an option of the library API that no command reads; ` +
            'remove it from the config, or pass it from a script.',
        )
      }
      // An option of the API a JSON file cannot hold (code, a RegExp, a Set): 'unknown' misled.
      throw new CorroborateError(
        'E_OPTION',
        `config ${path} sets '${key}', an option of the library API that a config file cannot hold ` +
          `(functions, patterns or Sets); pass it to compare() from a script (docs/extending.md) and remove it from the config.`,
      )
    }
    if (!(configKeys as readonly string[]).includes(key)) {
      const hint = typoHint(
        key,
        [...configKeys, 'ignore'],
        ` Known options: ${configKeys.join(', ')}, ignore.`,
      )
      throw new CorroborateError('E_OPTION', `config ${path} has an unknown option '${key}'.${hint}`)
    }
    options[key] = value
  }
  return options as Options
}

/**
 * The `ignore` list of the run's `--config` file (see `IgnoreEntry`), `[]` without one. Only
 * `check` applies it. Throws `CorroborateError` ('E_FILE', 'E_OPTION') as `readConfig` does.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * const cwd = mkdtempSync(`${tmpdir()}/corroborate-`)
 * writeFileSync(`${cwd}/corroborate.json`, '{ "ignore": [{ "rule": "unsourced-figure", "text": "over 90%" }] }')
 * const args = { positionals: ['draft.md'], flags: new Map([['config', 'corroborate.json']]) }
 * ignoreListFrom(args, cwd) //=> [{ rule: 'unsourced-figure', text: 'over 90%' }]
 */
export function ignoreListFrom(args: ParsedArgs, cwd: string): IgnoreEntry[] {
  const path = flagValue(args, 'config')
  if (path === undefined) return []
  const config = readConfigObject(path, cwd)
  return Object.hasOwn(config, 'ignore') ? ignoreEntries(config.ignore, path) : []
}

/** The JSON object of a config file, unchecked beyond being an object. */
function readConfigObject(path: string, cwd: string): Record<string, unknown> {
  let raw: string
  try {
    raw = new TextDecoder().decode(readRegularFile(resolve(cwd, path), `config ${path}`))
  } catch (error) {
    if (isCorroborateError(error)) throw error
    throw new CorroborateError('E_FILE', `cannot read config ${path}: ${reason(error)}`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch (error) {
    throw new CorroborateError('E_OPTION', `config ${path} is not valid JSON: ${(error as Error).message}`)
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new CorroborateError(
      'E_OPTION',
      `config ${path} must hold a JSON object such as { "threshold": 0.4 }`,
    )
  }
  return parsed as Record<string, unknown>
}

/**
 * The options of a run: the config file's, then the flags on top (flags win), validated
 * once here so a bad value stops the run with a clear message before any work is done.
 *
 * @example
 * // corroborate compare a.md b.md --config c.json --threshold 0.5
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * const cwd = mkdtempSync(`${tmpdir()}/corroborate-`)
 * writeFileSync(`${cwd}/c.json`, '{ "threshold": 0.6, "hedgeTolerance": 0.2 }')
 * const args = { positionals: ['a.md', 'b.md'], flags: new Map([['config', 'c.json'], ['threshold', '0.5']]) }
 * optionsFrom(args, cwd, 'compare') //=> { threshold: 0.5, hedgeTolerance: 0.2 }
 */
export function optionsFrom(args: ParsedArgs, cwd: string, command: string): Options {
  const configPath = flagValue(args, 'config')
  const options: Options = configPath === undefined ? {} : readConfig(configPath, cwd)
  const threshold = unitFlag(args, 'threshold', '0.7', command)
  if (threshold !== undefined) options.threshold = threshold
  const corroboration = unitFlag(args, 'corroboration-threshold', '0.8', command)
  if (corroboration !== undefined) options.corroborationThreshold = corroboration
  const granularity = flagValue(args, 'granularity')
  if (granularity === 'sentence' || granularity === 'clause') options.granularity = granularity
  else if (granularity !== undefined) {
    throw usage(`--granularity must be 'sentence' or 'clause'; received '${granularity}'`, command)
  }
  const referenceDate = flagValue(args, 'reference-date')
  if (referenceDate !== undefined) {
    // Named by its flag: 'option referenceDate' is the library's name, not what was typed.
    if (!optionSpecs.referenceDate.valid(referenceDate)) {
      throw usage(
        `--reference-date must be ${optionSpecs.referenceDate.expected}; received '${referenceDate}'`,
        command,
      )
    }
    options.referenceDate = referenceDate
  }
  try {
    resolveOptions(options)
  } catch (error) {
    if (!isCorroborateError(error)) throw error
    const where = configPath === undefined ? '' : ` (config ${configPath})`
    throw new CorroborateError('E_OPTION', `${lowerFirst(error.message)}${where}`)
  }
  return options
}

/** A number written in decimal digits: '0.6', '.6', '1'; not '0x1', '1e0' or ' '. */
const decimalFractionPattern = /^(?:\d+(?:\.\d*)?|\.\d+)$/

/**
 * The number a flag of a link score gives, undefined when the flag is absent; anything but a
 * number from 0 to 1 is 'E_USAGE' with an example of a good value.
 */
function unitFlag(args: ParsedArgs, name: string, example: string, command: string): number | undefined {
  const given = flagValue(args, name)
  if (given === undefined) return undefined
  const value = Number(given)
  // Number() also reads '0x1' and '1e0'; a link score is written as a decimal.
  if (!decimalFractionPattern.test(given) || value < 0 || value > 1) {
    throw usage(`--${name} must be a number from 0 to 1, such as ${example}; received '${given}'`, command)
  }
  return value
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

/**
 * The readable part of a file-system error: 'no such file' rather than the errno dump; when
 * `writing`, a missing path is a missing folder.
 */
export function reason(error: unknown, writing = false): string {
  const code = (error as { code?: unknown }).code
  // Opening a file to write fails with ENOENT only when its folder is missing.
  if (code === 'ENOENT') return writing ? 'its folder does not exist; create it first' : 'no such file'
  if (code === 'EISDIR') return 'it is a directory'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'ENOTDIR') return 'a part of the path is not a directory'
  return error instanceof Error ? error.message : String(error)
}
