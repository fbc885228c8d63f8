import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseArgs } from '../../src/cli/args.js'
import { optionsFrom, readConfig } from '../../src/cli/config.js'
import { compareFlags } from '../../src/cli/flags.js'
import { isCorroborateError } from '../../src/errors.js'
import { fixtures } from './support.js'

function options(argv: string[]) {
  return optionsFrom(parseArgs(argv, compareFlags, 'compare'), fixtures, 'compare')
}

function failure(argv: string[]): { code: string; message: string } {
  try {
    options(argv)
  } catch (error) {
    if (isCorroborateError(error)) return { code: error.code, message: error.message }
    throw error
  }
  throw new Error('expected a CorroborateError')
}

describe('options from --config and flags', () => {
  it('reads a config file of options', () => {
    expect(readConfig('config.json', fixtures)).toEqual({ threshold: 0.5, hedgeTolerance: 0.2 })
  })

  it('lets flags override the config file', () => {
    expect(options(['--config', 'config.json', '--threshold', '0.7'])).toEqual({
      threshold: 0.7,
      hedgeTolerance: 0.2,
    })
  })

  it('passes --granularity and --reference-date through', () => {
    expect(options(['--granularity', 'clause', '--reference-date', '2025-03-14'])).toEqual({
      granularity: 'clause',
      referenceDate: '2025-03-14',
    })
  })

  it('gives no options when no config or flag is given', () => {
    expect(options([])).toEqual({})
  })

  it.each([
    [
      ['--threshold', 'high'],
      'E_USAGE',
      "--threshold must be a number from 0 to 1, such as 0.7; received 'high'",
    ],
    [['--threshold', '1.5'], 'E_USAGE', "received '1.5'"],
    [['--threshold', '-0.1'], 'E_USAGE', "received '-0.1'"],
    // Number() reads these as 1; a score is written in decimals.
    [['--threshold', '0x1'], 'E_USAGE', "received '0x1'"],
    [['--threshold', '1e0'], 'E_USAGE', "received '1e0'"],
    [['--threshold', ' '], 'E_USAGE', '--threshold must be a number'],
    [['--granularity', 'word'], 'E_USAGE', "--granularity must be 'sentence' or 'clause'"],
    // Named by the flag typed, as --threshold is, not by the library option it sets.
    [
      ['--reference-date', 'Thursday'],
      'E_USAGE',
      "--reference-date must be an ISO 8601 date such as '2025-05-09'; received 'Thursday'",
    ],
    [['--corroboration-threshold', '2'], 'E_USAGE', '--corroboration-threshold must be a number from 0 to 1'],
    [['--config', 'nowhere.json'], 'E_FILE', 'cannot read config nowhere.json: no such file'],
    // A folder was 'a device, pipe or socket; pipe it in as -'.
    [['--config', '.'], 'E_FILE', 'config . is a directory; name a file in it'],
    [['--config', 'config-bad.json'], 'E_OPTION', 'config config-bad.json is not valid JSON'],
    [['--config', 'config-typo.json'], 'E_OPTION', "unknown option 'treshold'. Did you mean 'threshold'?"],
    [['--config', 'ferry-articles.jsonl'], 'E_OPTION', 'is not valid JSON'],
  ])('%j fails with %s', (argv, code, message) => {
    const error = failure(argv)
    expect(error.code).toBe(code)
    expect(error.message).toContain(message)
    expect(error.message).not.toContain('\n')
  })

  it('names the config file when one of its values is out of range', () => {
    const dir = configDir({ 'c.json': '{"hedgeTolerance": 3}', 'list.json': '[0.5]' })
    let message = ''
    try {
      optionsFrom(parseArgs(['--config', 'c.json'], compareFlags, 'compare'), dir, 'compare')
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toBe("option 'hedgeTolerance' must be a number from 0 to 1; received 3. (config c.json)")
    expect(() => readConfig('list.json', dir)).toThrow('must hold a JSON object')
  })

  it('says an option of the API that JSON cannot hold is one, rather than unknown', () => {
    const dir = configDir({
      'code.json': '{"extractors": [{"name": "tally", "pattern": "\\\\d+-\\\\d+"}]}',
      'words.json': '{"language": {"code": "en"}}',
    })
    for (const [file, key] of [
      ['code.json', 'extractors'],
      ['words.json', 'language'],
    ]) {
      expect(() => readConfig(file as string, dir)).toThrow(
        `config ${file} sets '${key}', an option of the library API that a config file cannot hold`,
      )
    }
  })

  it('says an option of the API that only the library reads is one, without calling a number code', () => {
    const dir = configDir({
      'timeout.json': '{"similarityTimeout": 5000}',
      'events.json': '{"eventThreshold": 0.2}',
    })
    for (const [file, key] of [
      ['timeout.json', 'similarityTimeout'],
      ['events.json', 'eventThreshold'],
    ]) {
      let message = ''
      try {
        readConfig(file as string, dir)
      } catch (error) {
        message = (error as Error).message
      }
      expect(message).toMatch(
        new RegExp(
          `^config ${file} sets '${key}' \\(.+\\), an option of the library API that no command reads; remove it`,
        ),
      )
      expect(message).not.toContain('functions, patterns or Sets')
    }
  })
})

/** A fresh temporary folder holding `files` (name -> content). */
function configDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-config-'))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  return dir
}
