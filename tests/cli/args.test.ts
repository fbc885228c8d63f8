import { describe, expect, it } from 'vitest'
import { type FlagSpec, parseArgs } from '../../src/cli/args.js'
import { isCorroborateError } from '../../src/errors.js'
import { closest } from '../../src/text/closest.js'

const flags: FlagSpec[] = [
  { name: 'format', kind: 'value', short: 'f', help: '' },
  { name: 'threshold', kind: 'value', help: '' },
  { name: 'sources', kind: 'list', help: '' },
  { name: 'verbose', kind: 'boolean', help: '' },
]

function parse(argv: string[]) {
  const parsed = parseArgs(argv, flags, 'compare')
  return { flags: Object.fromEntries(parsed.flags), positionals: parsed.positionals }
}

function usageMessage(argv: string[]): string {
  try {
    parseArgs(argv, flags, 'compare')
  } catch (error) {
    if (isCorroborateError(error) && error.code === 'E_USAGE') return error.message
    throw error
  }
  throw new Error('expected a usage error')
}

describe('parseArgs', () => {
  it.each([
    [['a.md', 'b.md'], { flags: {}, positionals: ['a.md', 'b.md'] }],
    [['a.md', '--format', 'json'], { flags: { format: 'json' }, positionals: ['a.md'] }],
    [['--format=json', 'a.md'], { flags: { format: 'json' }, positionals: ['a.md'] }],
    [['-f', 'json', 'a.md'], { flags: { format: 'json' }, positionals: ['a.md'] }],
    [['--format', 'json', '--format=json'], { flags: { format: 'json' }, positionals: [] }],
    [['-', 'b.md'], { flags: {}, positionals: ['-', 'b.md'] }],
    [['--', '--format', 'a.md'], { flags: {}, positionals: ['--format', 'a.md'] }],
    [
      ['a.md', '--sources', 'b.md', 'c.md', '--verbose'],
      { flags: { sources: ['b.md', 'c.md'], verbose: true }, positionals: ['a.md'] },
    ],
    [['--sources', 'b.md', '--sources=c.md'], { flags: { sources: ['b.md', 'c.md'] }, positionals: [] }],
    [['--sources', '-', 'b.md'], { flags: { sources: ['-', 'b.md'] }, positionals: [] }],
    [['--threshold', '-0.5'], { flags: { threshold: '-0.5' }, positionals: [] }],
    [['--help'], { flags: { help: true }, positionals: [] }],
    [['-h', '--no-color'], { flags: { help: true, 'no-color': true }, positionals: [] }],
    // Edges where node:util parseArgs differs by itself, kept as they were.
    [['-f=json'], { flags: { format: 'json' }, positionals: [] }],
    [['--format=a=b'], { flags: { format: 'a=b' }, positionals: [] }],
    [['--format', '-'], { flags: { format: '-' }, positionals: [] }],
    [['--sources=b.md', 'c.md'], { flags: { sources: ['b.md'] }, positionals: ['c.md'] }],
    [['--sources', 'b.md', '--', 'c.md'], { flags: { sources: ['b.md'] }, positionals: ['c.md'] }],
    [['--', '--', '-f'], { flags: {}, positionals: ['--', '-f'] }],
  ])('%j', (argv, expected) => {
    expect(parse(argv)).toEqual(expected)
  })

  it.each([
    [['--fromat', 'json'], "unknown option '--fromat' for 'compare'. Did you mean '--format'?"],
    [['--zzzzzz'], "unknown option '--zzzzzz' for 'compare'. Try"],
    [['-x'], "unknown option '-x'"],
    [['-format', 'json'], "unknown option '-format' for 'compare'. Did you mean '--format'?"],
    [['-fjson'], "unknown option '-fjson'"],
    [['-hf', 'json'], "unknown option '-hf'"],
    [['-0.5'], "unknown option '-0.5'"],
    [['--constructor'], "unknown option '--constructor'"],
    [['--__proto__=x'], "unknown option '--__proto__'"],
    [['--sources', '-5'], "option '--sources' needs a value"],
    [['--format', '--', 'a.md'], "option '--format' needs a value"],
    [['--format'], "option '--format' needs a value: --format VALUE"],
    [['--format', '--verbose'], "option '--format' needs a value"],
    [['--format='], "option '--format' needs a value"],
    [['--sources'], "option '--sources' needs a value"],
    [['--verbose=yes'], "option '--verbose' takes no value"],
    [
      ['--format', 'json', '--format', 'html'],
      "option '--format' is given twice ('json' and 'html'); give it once",
    ],
    [['--color', 'a.md', '--no-color'], "options '--color' and '--no-color' contradict each other"],
  ])('%j is a usage error', (argv, expected) => {
    const message = usageMessage(argv)
    expect(message).toContain(expected)
    expect(message).toMatch(/Try 'corroborate compare --help'\.$/)
    expect(message).not.toContain('\n')
  })
})

describe('closest', () => {
  it.each([
    ['fromat', ['format', 'out'], 'format'],
    ['compre', ['compare', 'check', 'segment'], 'compare'],
    ['chek', ['compare', 'check', 'segment'], 'check'],
    ['zzz', ['format', 'out'], undefined],
    ['jsn', ['text', 'json'], 'json'],
  ])('%s among %j is %s', (word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected)
  })
})
