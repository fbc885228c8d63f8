import { describe, expect, it } from 'vitest'
import { failing, failureLine, parseFailOn } from '../../src/cli/fail-on.js'
import {
  batchProgress,
  createProgress,
  duration,
  longRunCharacters,
  useColor,
} from '../../src/cli/progress.js'
import type { Finding } from '../../src/types.js'
import { fakeIo } from './support.js'

describe('useColor', () => {
  it.each([
    ['a terminal', {}, true, {}, true],
    ['a pipe', {}, false, {}, false],
    ['NO_COLOR on a terminal', { NO_COLOR: '1' }, true, {}, false],
    ['an empty NO_COLOR', { NO_COLOR: '' }, true, {}, true],
    ['--no-color', {}, true, { noColor: true }, false],
    ['FORCE_COLOR on a pipe', { FORCE_COLOR: '1' }, false, {}, true],
    ['FORCE_COLOR=0 on a terminal', { FORCE_COLOR: '0' }, true, {}, false],
    ['NO_COLOR beats FORCE_COLOR', { NO_COLOR: '1', FORCE_COLOR: '1' }, true, {}, false],
    ['--color on a pipe', {}, false, { color: true }, true],
    ['--out FILE from a terminal', {}, true, { toFile: true }, false],
  ])('%s', (_name, env, isTTY, flags, expected) => {
    expect(useColor({ env, stdout: { write() {}, isTTY } }, flags)).toBe(expected)
  })
})

describe('createProgress', () => {
  it('shows a self-erasing line on a terminal for a long run', () => {
    const { io, stderr } = fakeIo({ stderrIsTTY: true })
    const progress = createProgress(io, { characters: longRunCharacters, articles: 2 })
    progress.update('comparing 2 articles')
    progress.done()
    expect(stderr).toEqual(['\r\x1b[Kcorroborate: comparing 2 articles...', '\r\x1b[K'])
  })

  it.each([
    ['a short run on a terminal', true, 1000, 3],
    ['a long run into a pipe or CI log', false, longRunCharacters * 2, 100],
  ])('stays silent for %s', (_name, isTTY, characters, articles) => {
    const { io, stderr } = fakeIo({ stderrIsTTY: isTTY })
    const progress = createProgress(io, { characters, articles })
    progress.update('comparing')
    progress.done()
    expect(stderr).toEqual([])
  })
})

describe('--fail-on', () => {
  const finding = (rule: Finding['rule']): Finding => ({
    rule,
    severity: 'warning',
    articleId: 'wire',
    statementId: 'wire#1',
    start: 0,
    end: 4,
    line: 1,
    column: 1,
    place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 5, offset: 4 } },
    message: 'A figure.',
  })

  it.each([
    [undefined, []],
    ['none', []],
    ['diverge', ['divergent-detail']],
    ['unsourced,diverge', ['unsourced-figure', 'divergent-detail']],
    [' misquote , possible ', ['misquote', 'possible-conflict']],
    ['unsourced-figure', ['unsourced-figure']],
    ['any', ['divergent-detail', 'misquote', 'misattributed-quote', 'unsourced-figure']],
  ])('%j fails on %j', (value, rules) => {
    expect([...parseFailOn(value, 'check')]).toEqual(rules)
  })

  it('rejects an unknown rule with a suggestion', () => {
    expect(() => parseFailOn('unsoruced', 'check')).toThrow("unknown --fail-on rule 'unsoruced'")
    expect(() => parseFailOn('unsoruced', 'check')).toThrow("Did you mean 'unsourced'?")
  })

  it('picks the failing findings and says why in one line', () => {
    const findings = [finding('unsourced-figure'), finding('divergent-detail'), finding('unsourced-figure')]
    const failed = failing(findings, parseFailOn('unsourced', 'check'))
    expect(failed).toHaveLength(2)
    expect(failureLine(failed, 'unsourced')).toBe(
      'corroborate: 2 findings failed --fail-on unsourced (2 unsourced-figure)\n',
    )
  })
})

describe('batchProgress', () => {
  it('shows events, their rate, the share read and the time left on a terminal', () => {
    const { io, stderr } = fakeIo({ stderrIsTTY: true })
    let now = 0
    const progress = batchProgress(io, 1000, () => now)
    now = 10_000
    progress.update({ events: 40, failed: 1, bytes: 250, read: 44 })
    now = 10_100
    progress.update({ events: 41, failed: 1, bytes: 260, read: 45 }) // within a quarter second: not redrawn
    progress.clear()
    expect(stderr).toEqual([
      '\r\x1b[Kcorroborate: 40 events (1 failed), 4.0/s, 25% read, about 34 s left',
      '\r\x1b[K',
    ])
  })

  it('stays silent when standard error is not a terminal', () => {
    const { io, stderr } = fakeIo({ stderrIsTTY: false })
    const progress = batchProgress(io, 1000)
    progress.update({ events: 1, failed: 0, bytes: 1, read: 1 })
    progress.clear()
    expect(stderr).toEqual([])
  })

  it.each([
    [9.4, '9 s'],
    [252, '4 min 12 s'],
    [7500, '2 h 5 min'],
  ])('writes %s seconds as %s', (seconds, text) => {
    expect(duration(seconds)).toBe(text)
  })
})
