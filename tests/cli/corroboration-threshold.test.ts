// --corroboration-threshold: the weakest link a claim of several outlets needs to be
// corroborated, as a flag beside --threshold, validated the same way.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseArgs } from '../../src/cli/args.js'
import { optionsFrom } from '../../src/cli/config.js'
import { batchFlags, compareFlags, enqueueFlags } from '../../src/cli/flags.js'
import type { Report } from '../../src/types.js'
import { expectInputError, run } from './support.js'

const ferry = ['ferry/harbor-gazette.md', 'ferry/northgate-wire.txt', 'ferry/valley-courier.json']

const statusCounts = (report: Report) => ({
  corroborated: report.stats.corroborated,
  related: report.stats.related,
})

describe('--corroboration-threshold', () => {
  it('sets the option, recorded in the report, and moves claims between corroborated and related', async () => {
    const loose = await run(['compare', ...ferry, '--format', 'json', '--corroboration-threshold', '0'])
    const strict = await run(['compare', ...ferry, '--format', 'json', '--corroboration-threshold=1'])
    const [a, b] = [JSON.parse(loose.stdout) as Report, JSON.parse(strict.stdout) as Report]
    expect(a.options.corroborationThreshold).toBe(0)
    expect(b.options.corroborationThreshold).toBe(1)
    // 0 calls every claim that is not disputed corroborated; 1 leaves only those an agreeing figure carries.
    expect(statusCounts(a).related).toBe(0)
    expect(statusCounts(b).related).toBeGreaterThan(0)
    expect(a.stats.corroborated + a.stats.related).toBe(b.stats.corroborated + b.stats.related)
  })

  it('overrides a config file, as --threshold does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-ct-'))
    writeFileSync(join(dir, 'c.json'), '{ "corroborationThreshold": 0.9, "threshold": 0.5 }')
    const args = parseArgs(
      ['--config', 'c.json', '--corroboration-threshold', '0.8'],
      compareFlags,
      'compare',
    )
    expect(optionsFrom(args, dir, 'compare')).toEqual({ corroborationThreshold: 0.8, threshold: 0.5 })
  })

  it.each([['abc'], ['1.5'], ['-0.1'], [' '], ['NaN']])(
    "refuses '%s': exit 2, one line naming the flag and a good value",
    async (value) => {
      const result = await run(['compare', ...ferry, `--corroboration-threshold=${value}`])
      expectInputError(
        result,
        `--corroboration-threshold must be a number from 0 to 1, such as 0.8; received '${value}'`,
      )
    },
  )

  it('suggests itself for a typo', async () => {
    const result = await run(['compare', ...ferry, '--corroboration-treshold', '0.8'])
    expectInputError(result, "Did you mean '--corroboration-threshold'?")
  })

  it('is in the help of compare, and a flag of batch and enqueue too', async () => {
    const help = await run(['compare', '--help'])
    expect(help.stdout).toMatch(/--corroboration-threshold N +weakest link \(0\.\.1\) at which a claim/)
    expect(help.stdout).toContain('(default: threshold + 0.15, at most 1)')
    for (const flags of [batchFlags, enqueueFlags]) {
      expect(flags.map((flag) => flag.name)).toContain('corroboration-threshold')
    }
  })
})
