import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Ajv } from 'ajv'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { frontMatter } from '../../src/cli/io.js'
import { compare } from '../../src/compare/index.js'
import { render, renderFormats } from '../../src/report/index.js'
import type { ArticleInput, InputFormat, Report } from '../../src/types.js'
import { launchChromium, testOutputDir } from '../support/chromium.js'
import { fullSuite } from '../support/suite.js'

const examples = join(process.cwd(), 'examples')
const formats: Record<string, InputFormat> = { '.txt': 'text', '.md': 'markdown', '.html': 'html' }

interface Sources {
  outletMarkers?: string[]
  articles: {
    file: string
    id: string
    outlet?: string
    title?: string
    url?: string
    publishedAt?: string
  }[]
}

/** Every example event with a sources.json, as compare() inputs. */
function loadEvents(): { name: string; inputs: ArticleInput[]; outletMarkers: string[] }[] {
  if (!existsSync(examples)) return []
  return readdirSync(examples, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(examples, entry.name, 'sources.json')))
    .map((entry) => {
      const folder = join(examples, entry.name)
      const sources = JSON.parse(readFileSync(join(folder, 'sources.json'), 'utf8')) as Sources
      const inputs = sources.articles.map(({ file, ...metadata }) => ({
        ...metadata,
        format: formats[extname(file)] ?? 'text',
        // Markdown articles open with front matter (outlet, title, ...), blanked as the CLI does.
        text: frontMatter(readFileSync(join(folder, file), 'utf8')).text,
      }))
      return { name: entry.name, inputs, outletMarkers: sources.outletMarkers ?? [] }
    })
}

const events = loadEvents()
const reportSchema = JSON.parse(
  readFileSync(new URL('../../src/report/schema.json', import.meta.url), 'utf8'),
)

describe('reports of the example events, from the real pipeline', () => {
  it('has example events to render', () => {
    expect(events.map((event) => event.name)).toContain('ferry-capsize')
  })

  const reports = new Map<string, Report>()
  const reportOf = (name: string): Report => {
    let report = reports.get(name)
    if (report === undefined) {
      const event = events.find((candidate) => candidate.name === name)!
      report = compare(event.inputs, { outletMarkers: event.outletMarkers })
      reports.set(name, report)
    }
    return report
  }

  for (const event of events) {
    it(`${event.name}: renders every format; the JSON validates against the schema`, () => {
      const report = reportOf(event.name)
      for (const format of renderFormats) expect(render(report, format).length, format).toBeGreaterThan(0)
      const validate = new Ajv({ allErrors: true, strict: true }).compile(reportSchema)
      const json = JSON.parse(render(report, 'json'))
      expect(validate(json), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true)
    })

    it(`${event.name}: the text report heads each disputed claim with its conflicting values`, () => {
      const report = reportOf(event.name)
      const text = render(report, 'text')
      const { stats } = report
      expect(text.split('\n')[0]).toBe(
        `corroborate: ${stats.articles} articles, ${stats.claims} claims: ${stats.disputed} disputed, ` +
          `${stats.corroborated} corroborated, ${stats.singleSource} single-source`,
      )
      const disputedLines = text.split('\n').filter((line) => line.startsWith('DISPUTED  '))
      expect(disputedLines).toHaveLength(stats.disputed)
      for (const line of disputedLines) expect(line).toMatch(/\(.+\) (vs|~) .+ \(.+\)$/)
    })

    it(`${event.name}: github and SARIF point at the finding spans`, () => {
      const report = reportOf(event.name)
      const github = render(report, 'github')
      expect(github === '' ? 0 : github.trimEnd().split('\n').length).toBe(report.findings.length)
      const sarif = JSON.parse(render(report, 'sarif'))
      for (const [index, result] of sarif.runs[0].results.entries()) {
        const finding = report.findings[index]!
        const article = report.articles.find((candidate) => candidate.id === finding.articleId)!
        expect(result.locations[0].physicalLocation.region.snippet.text).toBe(
          article.text.slice(finding.start, finding.end),
        )
      }
    })
  }
})

describe.runIf(fullSuite)('html report of an example event in Chromium', () => {
  let browser: Browser
  let close: () => Promise<void>
  beforeAll(async () => {
    ;({ browser, close } = await launchChromium())
  })
  afterAll(async () => {
    await close?.()
  })

  it('highlights every diverging value in place and filters to the conflicts', async () => {
    const event = events.find((candidate) => candidate.name === 'ferry-capsize')!
    const report = compare(event.inputs, { outletMarkers: event.outletMarkers })
    const file = join(testOutputDir('report-html'), 'ferry-capsize.html')
    writeFileSync(file, render(report, 'html'))
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    await page.goto(pathToFileURL(file).href)
    const marked = new Set(
      await page.$$eval('#claims mark.diverge', (marks) => marks.map((mark) => mark.textContent ?? '')),
    )
    const diverging = report.claims.flatMap((claim) =>
      claim.comparisons
        .filter((comparison) => comparison.status === 'diverge')
        .flatMap((comparison) => comparison.values.map((value) => value.detail.text)),
    )
    expect(diverging.length).toBeGreaterThan(0)
    for (const text of diverging) expect(marked, text).toContain(text)
    await page.click('#only-conflicts')
    const shown = await page.$$eval(
      '#claims .claim',
      (claims) => claims.filter((claim) => (claim as HTMLElement).offsetParent !== null).length,
    )
    expect(shown).toBe(report.stats.disputed)
    await page.click('#only-conflicts')
    await page.screenshot({ path: join(testOutputDir('report-html'), 'ferry-capsize.png'), fullPage: true })
    expect(errors).toEqual([])
    await page.close()
  })
})
