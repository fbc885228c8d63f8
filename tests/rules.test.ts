// The finding-rule registry is the one list the report, SARIF, `--fail-on`, the JSON Schema
// and the docs follow; these tests hold each of them to it.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { failing, failOnShortNames, parseFailOn } from '../src/cli/fail-on.js'
import { isCorroborateError } from '../src/errors.js'
import { findingRule, findingRules, ruleRank } from '../src/rules.js'
import type { Finding } from '../src/types.js'

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8')

function usageError(action: () => unknown): string {
  try {
    action()
  } catch (error) {
    if (isCorroborateError(error)) return `${error.code} ${error.message}`
    throw error
  }
  throw new Error('expected a CorroborateError')
}

const finding = (rule: Finding['rule'], severity: Finding['severity'] = 'warning'): Finding => ({
  rule,
  severity,
  articleId: 'a1',
  statementId: '',
  start: 0,
  end: 0,
  line: 1,
  column: 1,
  place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
  message: 'm',
})

describe('finding rules registry', () => {
  it('gives every rule a unique id, SARIF name and --fail-on name', () => {
    for (const key of ['id', 'name', 'failOn'] as const) {
      const values = findingRules.map((rule) => rule[key])
      expect(new Set(values).size, key).toBe(values.length)
    }
  })

  it.each(findingRules.map((rule) => [rule.id, rule] as const))('%s is fully described', (id, rule) => {
    expect(rule.name).toBe(
      id.replace(/(^|-)(\w)/g, (_, _dash: string, letter: string) => letter.toUpperCase()),
    )
    expect(rule.severities[0]).toBe(rule.severity)
    expect(rule.description).toMatch(/^[A-Z].*\.$/)
    expect(rule.summary.length).toBeGreaterThan(40)
    expect(rule.example.length).toBeGreaterThan(10)
    expect(rule.helpUri).toMatch(/^https:\/\//)
    expect(rule.commands.length).toBeGreaterThan(0)
    expect(findingRule(id)).toBe(rule)
    expect(ruleRank(id)).toBe(findingRules.indexOf(rule))
  })

  it('is the JSON Schema enum of Finding.rule', () => {
    const schema = JSON.parse(read('../src/report/schema.json'))
    expect([...schema.definitions.Finding.properties.rule.enum].sort()).toEqual(
      findingRules.map((rule) => rule.id).sort(),
    )
  })

  it('is the rule table of the docs and the --fail-on table of the CLI docs', () => {
    const book = read('../docs/comparison-rules.md')
    const cli = read('../docs/cli.md')
    for (const rule of findingRules) {
      expect(book, rule.id).toContain(`| \`${rule.id}\` |`)
      expect(cli, rule.failOn).toMatch(new RegExp(`\\| \`${rule.failOn}\` +\\| \`${rule.id}\``))
    }
  })
})

describe('--fail-on follows the registry', () => {
  it('offers each command only the rules it can report', () => {
    expect(failOnShortNames('compare')).toEqual([
      'diverge',
      'misquote',
      'misattributed',
      'single-source',
      'empty',
      'possible',
      'any',
    ])
    expect(failOnShortNames('check')).toEqual([
      'diverge',
      'misquote',
      'misattributed',
      'unsourced',
      'possible',
      'any',
    ])
  })

  it('refuses a rule the command never reports, and says which command does', () => {
    expect(usageError(() => parseFailOn('unsourced', 'compare'))).toMatch(
      /^E_USAGE --fail-on unsourced can never fail compare: unsourced-figure findings come only from 'check'/,
    )
    expect(usageError(() => parseFailOn('diverge,single-source-statement', 'check'))).toMatch(
      /can never fail check: single-source-statement findings come only from 'compare'/,
    )
    expect(usageError(() => parseFailOn('empty', 'check'))).toMatch(/only from 'compare'/)
  })

  it('still suggests the closest name for a typo', () => {
    expect(usageError(() => parseFailOn('divrge', 'compare'))).toMatch(/Did you mean 'diverge'\?/)
  })

  it('fails a compare run on an empty article under empty or any', () => {
    const empty = [finding('empty-article')]
    expect(failing(empty, parseFailOn('empty', 'compare'))).toEqual(empty)
    expect(failing(empty, parseFailOn('empty-article', 'compare'))).toEqual(empty)
    expect(failing(empty, parseFailOn('any', 'compare'))).toEqual(empty)
    expect(failing(empty, parseFailOn('diverge', 'compare'))).toEqual([])
  })

  it('keeps possible conflicts apart from the rule that raises them', () => {
    const possible = [finding('divergent-detail', 'note'), finding('misquote', 'note')]
    expect(failing(possible, parseFailOn('diverge,misquote', 'compare'))).toEqual([])
    expect(failing(possible, parseFailOn('possible', 'check'))).toEqual(possible)
  })
})
