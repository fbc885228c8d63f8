import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { describe, expect, it } from 'vitest'
import { render } from '../../src/report/index.js'
import { findingRules } from '../../src/rules.js'
import { hostileReport } from '../fixtures/report/hostile-report.js'
import { sampleReport } from '../fixtures/report/sample-report.js'

/** The official SARIF 2.1.0 schema (draft-04), adapted to the draft-07 dialect ajv 8 speaks. */
function sarifValidator() {
  const schema = JSON.parse(
    readFileSync(new URL('../fixtures/report/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
  )
  expect(schema.$schema).toBe('http://json-schema.org/draft-04/schema#')
  schema.$id = schema.id
  delete schema.id
  delete schema.$schema
  // One of its patterns is not valid with the u flag, which ajv uses by default.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
  // ajv 8 ships no format checkers; check the three formats SARIF uses.
  ajv.addFormat('uri', (value: string) => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(value))
  ajv.addFormat('uri-reference', (value: string) => !/\s/.test(value))
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)))
  return ajv.compile(schema)
}

describe('sarif report', () => {
  const log = JSON.parse(render(sampleReport(), 'sarif'))
  const run = log.runs[0]

  it('validates against the official SARIF 2.1.0 schema', () => {
    const validate = sarifValidator()
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true)
    expect(log.version).toBe('2.1.0')
  })

  it('the validator rejects a broken log, so the check above means something', () => {
    const validate = sarifValidator()
    const broken = structuredClone(log)
    broken.runs[0].results[0].level = 'fatal'
    expect(validate(broken)).toBe(false)
    const missing = structuredClone(log)
    delete missing.runs[0].tool.driver.name
    expect(validate(missing)).toBe(false)
  })

  it('names the tool and describes every rule', () => {
    expect(run.tool.driver.name).toBe('corroborate')
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(
      findingRules.map((rule) => rule.id),
    )
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text).toMatch(/\.$/)
      expect(rule.helpUri).toMatch(/^https:\/\//)
    }
  })

  it('has one result per finding with rule, level, message and an exact region', () => {
    const report = sampleReport()
    expect(run.results).toHaveLength(report.findings.length)
    const first = run.results[0]
    expect(first.ruleId).toBe('divergent-detail')
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe('divergent-detail')
    expect(first.level).toBe('error')
    expect(first.message.text).toBe(
      'Varlen Courier says 8,000 troops; Northgate Wire and Channel Meridian say 9,000.',
    )
    const location = first.locations[0].physicalLocation
    expect(location.artifactLocation.uri).toBe('https://courier.example/2025/05/09/parade')
    expect(location.region).toEqual({
      startLine: 3,
      startColumn: 4,
      endLine: 3,
      endColumn: 16,
      charOffset: report.findings[0]!.start,
      charLength: 12,
      snippet: { text: '8,000 troops' },
    })
    const courier = report.articles[2]!.text
    expect(
      courier.slice(location.region.charOffset, location.region.charOffset + location.region.charLength),
    ).toBe('8,000 troops')
    expect(run.results.map((result: { level: string }) => result.level)).toEqual([
      'error',
      'warning',
      'warning',
      'note',
      'note',
      'note',
    ])
  })

  it('uses the article id as the artifact when the URL is not http(s)', () => {
    const hostile = JSON.parse(render(hostileReport(), 'sarif'))
    const uris = hostile.runs[0].artifacts.map(
      (artifact: { location: { uri: string } }) => artifact.location.uri,
    )
    expect(uris[0]).toBe(encodeURI(`evil" onmouseover="window.__pwned='id'`))
    expect(uris[0]).not.toContain('javascript:')
    const validate = sarifValidator()
    expect(validate(hostile), JSON.stringify(validate.errors)).toBe(true)
  })

  it('describes each rule as the registry does, with its default level', () => {
    expect(
      run.tool.driver.rules.map((rule: { name: string; defaultConfiguration: { level: string } }) => [
        rule.name,
        rule.defaultConfiguration.level,
      ]),
    ).toEqual(findingRules.map((rule) => [rule.name, rule.severity]))
  })
})
