import { check, type Diagnostics } from 'recheck'
import { describe, expect, it } from 'vitest'
import { allRegExps, constructorsOutsidePatterns } from './regexps.js'

// Inputs may be 10 MB, so every regular expression in src must run in linear time. recheck
// proves it, and each also scans 100 KB of adversarial text (a super-linear one would not
// finish). Part of `npm run test:full`.
//
// The verdict must not depend on the machine's load: recheck's default limits are wall-clock
// times, and on a busy 2-core machine its fuzzer called linear patterns 'vulnerable' because
// their runs took longer than a timer allowed. So no clock is used at all: the automaton
// checker decides what it can (it is exact and draws no random numbers); only patterns it does
// not support (look-behind, look-ahead) go to the fuzzer, with a fixed seed, step budgets
// instead of timeouts, and no recall validation (which times the attack on the real engine).

const seed = 20261129

const withoutClock = {
  timeout: null,
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
  recallTimeout: -1,
} as const

interface Verdict {
  status: Diagnostics['status']
  checker: string | null
  /** The attack string recheck found, e.g. "'1'.repeat(31) + '!'". */
  attack: string | null
  error: string | null
}

function summary(diagnostics: Diagnostics): Verdict {
  return {
    status: diagnostics.status,
    checker: diagnostics.checker ?? null,
    attack: diagnostics.status === 'vulnerable' ? diagnostics.attack.pattern : null,
    error: diagnostics.status === 'unknown' ? diagnostics.error.kind : null,
  }
}

async function verdictOf(regexp: RegExp): Promise<Verdict> {
  const exact = await check(regexp.source, regexp.flags, { checker: 'automaton', ...withoutClock })
  if (exact.status !== 'unknown') return summary(exact)
  return summary(
    await check(regexp.source, regexp.flags, { checker: 'fuzz', randomSeed: seed, ...withoutClock }),
  )
}

const regexps = await allRegExps()

const size = 100 * 1024

/** Long runs of what figure, quote and markup patterns loop over, and of separators. */
const adversarial: string[] = [
  'a'.repeat(size),
  '9'.repeat(size),
  ' '.repeat(size),
  '\t'.repeat(size),
  '\n'.repeat(size),
  ' \n'.repeat(size / 2),
  '-'.repeat(size),
  '"'.repeat(size),
  '“'.repeat(size),
  '‹'.repeat(size),
  '.'.repeat(size),
  '1,'.repeat(size / 2),
  '1.'.repeat(size / 2),
  'nine '.repeat(size / 5),
  'twenty-'.repeat(size / 7),
  '$1 '.repeat(size / 3),
  '<a '.repeat(size / 3),
  '<'.repeat(size),
  '&#'.repeat(size / 2),
  '[('.repeat(size / 2),
  '#*_>-|'.repeat(size / 6),
  'Port Calloway '.repeat(size / 14),
  '"a," said "'.repeat(size / 11),
  'About 1,2 "a. 3% $4 '.repeat(size / 20),
]

describe('regular expressions in src/**/*.ts', () => {
  it('finds them all: literals anywhere, and every RegExp a patterns module exports', () => {
    expect(regexps.length).toBeGreaterThan(150)
    expect(regexps.some(({ where }) => where.startsWith('extract/patterns.ts moneySuffixPattern'))).toBe(true)
  })

  it('builds no RegExp with the constructor outside a patterns module (it would go unchecked)', () => {
    expect(constructorsOutsidePatterns()).toEqual([])
  })

  describe.each(regexps)('$where', ({ regexp }) => {
    it('is proven free of super-linear backtracking by recheck', { timeout: 600_000 }, async () => {
      expect(await verdictOf(regexp)).toMatchObject({ status: 'safe', attack: null })
    })

    it('scans 100 KB runs of adversarial text to the end', { timeout: 120_000 }, () => {
      const scanner = new RegExp(
        regexp.source,
        regexp.flags.includes('g') ? regexp.flags : `${regexp.flags}g`,
      )
      for (const input of adversarial) {
        let matches = 0
        for (const _ of input.matchAll(scanner)) matches++
        expect(matches).toBeGreaterThanOrEqual(0)
      }
    })
  })
})
