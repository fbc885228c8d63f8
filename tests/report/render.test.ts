import { describe, expect, it } from 'vitest'
import { CorroborateError } from '../../src/errors.js'
import { render, renderFormats } from '../../src/report/index.js'
import type { RenderFormat, Report } from '../../src/types.js'
import { sampleReport } from '../fixtures/report/sample-report.js'

describe('render', () => {
  it('writes every format, deterministically', () => {
    expect([...renderFormats].sort()).toEqual(['github', 'html', 'json', 'markdown', 'sarif', 'svg', 'text'])
    for (const format of renderFormats) {
      const first = render(sampleReport(), format)
      expect(first.length, format).toBeGreaterThan(100)
      expect(first.endsWith('\n'), format).toBe(true)
      expect(render(sampleReport(), format), format).toBe(first)
    }
  })

  it('does not change the report it renders', () => {
    const report = sampleReport()
    const before = JSON.stringify(report)
    for (const format of renderFormats) render(report, format)
    expect(JSON.stringify(report)).toBe(before)
  })

  it('rejects an unknown format with E_OPTION naming the valid ones', () => {
    for (const format of ['pdf', 'JSON', '', 'toString', '__proto__']) {
      try {
        render(sampleReport(), format as RenderFormat)
        expect.unreachable(format)
      } catch (error) {
        expect(error).toBeInstanceOf(CorroborateError)
        expect((error as CorroborateError).code).toBe('E_OPTION')
        expect((error as CorroborateError).message).toContain(
          "'json', 'markdown', 'html', 'text', 'sarif', 'github', 'svg'",
        )
      }
    }
    expect(() => render(sampleReport(), undefined as unknown as RenderFormat)).toThrow(
      /Unknown report format undefined/,
    )
  })

  it.each([
    [{ only: ['disputed', 'contested'] }, "unknown claim status 'contested'"],
    [{ only: 'disputed' }, 'must be a list of claim statuses'],
    [{ only: [7] }, 'unknown claim status number'],
    [{ title: 12 }, 'option title must be a string'],
    // A misspelt option did nothing at all: the report came out uncoloured, untitled, whole.
    [{ colour: true }, "Unknown render() option 'colour'. Did you mean 'color'?"],
    [{ only: ['disputed'], titles: 'Ferry' }, "Unknown render() option 'titles'. Did you mean 'title'?"],
    [{ threshold: 0.3 }, "Unknown render() option 'threshold'. render() takes color, title, only."],
  ])('rejects the render options %j with E_OPTION', (options, message) => {
    expect(() => render(sampleReport(), 'text', options as never)).toThrow(
      expect.objectContaining({ code: 'E_OPTION', message: expect.stringContaining(message) }),
    )
  })

  it('rejects something that is not a report with E_INPUT_TYPE', () => {
    for (const value of [null, 'report', {}, { articles: [] }]) {
      expect(() => render(value as unknown as Report, 'text')).toThrow(
        expect.objectContaining({ code: 'E_INPUT_TYPE' }),
      )
    }
  })

  it('renders an empty report without failing', () => {
    const empty: Report = {
      ...sampleReport(),
      articles: [],
      claims: [],
      findings: [],
      stats: {
        articles: 0,
        statements: 0,
        claims: 0,
        corroborated: 0,
        related: 0,
        disputed: 0,
        singleSource: 0,
        findings: 0,
      },
    }
    for (const format of renderFormats) expect(() => render(empty, format), format).not.toThrow()
    expect(render(empty, 'text')).toContain('findings: none')
    expect(render(empty, 'github')).toBe('')
    expect(render(empty, 'svg')).toContain('No conflicting figures to chart.')
    expect(render(empty, 'html')).toContain('<h1>What 0 outlets report</h1>')
  })
})
