import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { describe, expect, it } from 'vitest'
import { render } from '../../src/report/index.js'
import { renderJson, schemaVersion } from '../../src/report/json.js'
import type { Report } from '../../src/types.js'
import { sampleReport } from '../fixtures/report/sample-report.js'

const schema = JSON.parse(readFileSync(new URL('../../src/report/schema.json', import.meta.url), 'utf8'))

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: true })
  return ajv.compile(schema)
}

describe('json report', () => {
  it('validates against the published JSON Schema', () => {
    const validate = validator()
    const parsed = JSON.parse(render(sampleReport(), 'json'))
    expect(validate(parsed), JSON.stringify(validate.errors, null, 2)).toBe(true)
  })

  it('round-trips the report exactly and carries the schema version', () => {
    const report = sampleReport()
    const parsed = JSON.parse(render(report, 'json')) as Report
    expect(parsed).toEqual(report)
    expect(parsed.schemaVersion).toBe(schemaVersion)
    expect(schemaVersion).toMatch(/^2\.\d+\.\d+$/)
  })

  it('is byte-for-byte stable and pretty-printed with a trailing newline', () => {
    const first = render(sampleReport(), 'json')
    expect(render(sampleReport(), 'json')).toBe(first)
    expect(first.startsWith('{\n  "schemaVersion": "2.1.0",\n')).toBe(true)
    expect(first.endsWith('}\n')).toBe(true)
  })

  it('writes open interval ends as MAX_SAFE_INTEGER, never Infinity or null', () => {
    const report = sampleReport()
    const detail = report.articles[0]!.statements[1]!.details[0]!
    detail.value = { min: 9000, max: Number.POSITIVE_INFINITY }
    detail.hedge = 'more-than'
    const below = report.articles[0]!.statements[2]!.details[0]!
    below.value = { min: Number.NEGATIVE_INFINITY, max: 120 }
    below.hedge = 'less-than'
    const json = renderJson(report)
    expect(json).not.toMatch(/Infinity|null,\n\s*"max"/)
    const parsed = JSON.parse(json) as Report
    expect(parsed.articles[0]!.statements[1]!.details[0]!.value).toEqual({
      min: 9000,
      max: Number.MAX_SAFE_INTEGER,
    })
    expect(parsed.articles[0]!.statements[2]!.details[0]!.value).toEqual({
      min: -Number.MAX_SAFE_INTEGER,
      max: 120,
    })
    expect(validator()(parsed)).toBe(true)
  })

  it('describes every field: the schema rejects an unknown field, a missing field and a wrong enum', () => {
    const validate = validator()
    const cases: [string, (report: Report) => void][] = [
      ['unknown field on a claim', (report) => Object.assign(report.claims[0]!, { confidence: 0.9 })],
      [
        'missing statement offsets',
        (report) =>
          delete (report.articles[0]!.statements[0] as Partial<Report['articles'][0]['statements'][0]>).start,
      ],
      ['unknown claim status', (report) => Object.assign(report.claims[0]!, { status: 'maybe' })],
      [
        'unknown detail kind',
        (report) => Object.assign(report.articles[0]!.statements[1]!.details[0]!, { kind: 'vibe' }),
      ],
      ['negative offset', (report) => Object.assign(report.findings[0]!, { start: -1 })],
      ['zero line', (report) => Object.assign(report.findings[0]!, { line: 0 })],
      ['options missing', (report) => delete (report as Partial<Report>).options],
    ]
    for (const [name, corrupt] of cases) {
      const report = JSON.parse(renderJson(sampleReport())) as Report
      corrupt(report)
      expect(validate(report), name).toBe(false)
    }
  })

  it('validates a stored 2.0.0 report, which lacks the fields 2.1.0 added', () => {
    const validate = validator()
    const old = JSON.parse(renderJson(sampleReport())) as Record<string, unknown> & Report
    old.schemaVersion = '2.0.0'
    for (const claim of old.claims) delete (claim as Partial<Report['claims'][0]>).weakestLink
    delete (old.stats as Partial<Report['stats']>).related
    delete (old.options as Partial<Report['options']>).corroborationThreshold
    expect(validate(old), JSON.stringify(validate.errors)).toBe(true)
  })

  it('requires every field of every object: absent values are null, never left out', () => {
    // Fields a minor version added are listed but not required until the next major version.
    const addedInMinor: Record<string, string[]> = {
      'report.definitions.Claim': ['weakestLink'],
      'report.definitions.ReportStats': ['related'],
      'report.definitions.ResolvedOptions': ['corroborationThreshold'],
    }
    const objects: [string, { properties: Record<string, unknown>; required: string[] }][] = [
      ['report', schema],
    ]
    const walk = (path: string, node: unknown): void => {
      if (typeof node !== 'object' || node === null) return
      const object = node as Record<string, unknown>
      if (path !== 'report' && object.type === 'object' && object.properties !== undefined) {
        objects.push([path, object as (typeof objects)[number][1]])
      }
      for (const [key, value] of Object.entries(object)) walk(`${path}.${key}`, value)
    }
    walk('report', schema)
    expect(objects.map(([path]) => path)).toContain('report.definitions.Detail')
    expect(objects.map(([path]) => path)).toContain('report.definitions.Finding.properties.place')
    for (const [path, object] of objects) {
      expect([...object.required, ...(addedInMinor[path] ?? [])].sort(), path).toEqual(
        Object.keys(object.properties).sort(),
      )
    }
  })

  it('ships a schema whose version matches the code', () => {
    expect(schema.$id).toContain(schemaVersion)
    expect(schema.properties.schemaVersion.pattern).toBe('^2\\.[0-9]+\\.[0-9]+$')
  })
})
