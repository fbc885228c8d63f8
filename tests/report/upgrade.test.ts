import { describe, expect, it } from 'vitest'
import { compare, render, schemaVersion } from '../../src/index.js'
import { renderJson } from '../../src/report/json.js'
import { upgradeReport } from '../../src/report/upgrade.js'
import type { Report } from '../../src/types.js'

// Reports of schema 1.x, read from a file, are rendered in the shape of schema 2.0.0: the
// migration note in CHANGELOG.md, applied by render() instead of by the reader.

const report = compare([
  {
    id: 'courier',
    outlet: 'Marden Courier',
    publishedAt: '2025-04-10',
    text:
      'Forty-one workers were hurt when a kiln exploded at the Marden brickworks on Tuesday, fire officials said. ' +
      '"We heard one bang and then the roof came down on the drying shed," Pavel Dunn told reporters.',
  },
  {
    id: 'wire',
    outlet: 'Valley Wire',
    publishedAt: '2025-04-10',
    text:
      'A kiln blast at the Marden brickworks on Tuesday injured 38 workers, according to the fire service. ' +
      '"We heard one bang and then the roof fell in on the drying shed," Pavel Dunn said.',
  },
])

/** `current` as schema 1.1.0 wrote it, by the 1.1.0 rules (not by upgrade.ts). */
function asSchema1(current: Report): Report {
  const detail = (d: Record<string, unknown>) => {
    const { source, cue, granularity, implied, ...rest } = d
    return {
      ...rest,
      ...(source === null ? {} : { speaker: source }),
      ...(cue === null ? {} : { cue }),
      ...(granularity === null ? {} : { granularity }),
      ...(implied === null ? {} : { implied }),
    }
  }
  const copy = structuredClone(current) as unknown as {
    schemaVersion: string
    articles: { statements: { details: Record<string, unknown>[] }[] }[]
    claims: { comparisons: Record<string, unknown>[] }[]
  }
  copy.schemaVersion = '1.1.0'
  for (const article of copy.articles) {
    for (const statement of article.statements) statement.details = statement.details.map(detail)
  }
  for (const claim of copy.claims) {
    claim.comparisons = claim.comparisons.map(({ reworded, ...rest }) => {
      const values = rest.values as { detail: Record<string, unknown> }[]
      const diff = rest.diff as { value: string; added: boolean; removed: boolean }[] | null
      // In place, so every key keeps its position; 1.1.0 wrote reworded only when true.
      rest.values = values.map((value) => ({ ...value, detail: detail(value.detail) }))
      rest.diff =
        diff === null
          ? null
          : diff.map((part) => ({
              value: part.value,
              ...(part.added ? { added: true } : {}),
              ...(part.removed ? { removed: true } : {}),
            }))
      return { ...rest, ...(reworded === true ? { reworded: true } : {}) }
    })
  }
  return copy as unknown as Report
}

describe('upgradeReport', () => {
  it('has something of each renamed or nulled field to upgrade in this report', () => {
    const details = report.articles.flatMap((article) => article.statements.flatMap((s) => s.details))
    expect(details.filter((detail) => detail.kind === 'quote').map((detail) => detail.source)).toEqual([
      'Pavel Dunn',
      'Pavel Dunn',
    ])
    expect(details.some((detail) => detail.kind === 'date' && detail.implied !== null)).toBe(true)
    expect(details.some((detail) => detail.kind === 'count' && detail.source === null)).toBe(true)
    const parts = report.claims.flatMap((claim) => claim.comparisons.flatMap((c) => c.diff ?? []))
    expect(parts.some((part) => !part.added && !part.removed)).toBe(true)
  })

  it('keeps a current report as it is, the same object', () => {
    expect(upgradeReport(report)).toBe(report)
    expect(render(report, 'json')).toBe(renderJson(report))
  })

  it("reads a 1.1.0 report into exactly compare's 2.0.0 report, and leaves the old one as it was", () => {
    const old = asSchema1(report)
    const before = JSON.stringify(old)
    expect(JSON.stringify(old)).toContain('"speaker":"Pavel Dunn"')
    expect(JSON.stringify(old)).not.toContain('"source":null')
    const upgraded = upgradeReport(old)
    expect(upgraded.schemaVersion).toBe(schemaVersion)
    expect(upgraded).toEqual(report)
    // Key order too: the JSON a 1.1.0 report renders to is byte for byte compare's.
    expect(render(old, 'json')).toBe(renderJson(report))
    expect(JSON.stringify(old)).toBe(before)
  })

  it('renders a 1.1.0 report in every format as the report compare makes now', () => {
    const old = asSchema1(report)
    for (const format of ['text', 'markdown', 'html', 'github', 'sarif', 'svg'] as const) {
      expect(render(old, format)).toBe(render(report, format))
    }
  })

  it('gives a comparison without confidence (written before 1.1.0 had one) full confidence', () => {
    const old = asSchema1(report)
    const claim = old.claims.find((candidate) => candidate.comparisons.some((c) => c.status === 'diverge'))!
    const index = claim.comparisons.findIndex((c) => c.status === 'diverge')
    const { confidence: _dropped, ...rest } = claim.comparisons[index]!
    claim.comparisons[index] = rest as (typeof claim.comparisons)[number]
    const upgraded = upgradeReport(old).claims.find((candidate) => candidate.id === claim.id)!
    expect(upgraded.comparisons[index]).toMatchObject({ status: 'diverge', confidence: 1, reworded: false })
  })

  it('reads a 2.0.0 report, which has no weakest links or related claims, keeping every status', () => {
    const old = structuredClone(report) as unknown as {
      schemaVersion: string
      claims: Record<string, unknown>[]
      stats: Record<string, unknown>
    }
    old.schemaVersion = '2.0.0'
    for (const claim of old.claims) delete claim.weakestLink
    delete old.stats.related
    const upgraded = upgradeReport(old as unknown as Report)
    expect(upgraded.schemaVersion).toBe('2.0.0')
    expect(upgraded.claims.map((claim) => claim.weakestLink)).toEqual(report.claims.map(() => null))
    expect(upgraded.claims.map((claim) => claim.status)).toEqual(report.claims.map((claim) => claim.status))
    expect(upgraded.stats.related).toBe(0)
    expect(upgraded.options.corroborationThreshold).toBeNull()
    for (const format of ['text', 'markdown', 'html', 'github', 'sarif', 'svg'] as const) {
      expect(() => render(old as unknown as Report, format)).not.toThrow()
    }
  })
})
