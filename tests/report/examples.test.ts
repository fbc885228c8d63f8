import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Ajv } from 'ajv'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { frontMatter } from '../../src/cli/front-matter.js'
import { main } from '../../src/cli/main.js'
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
          `${stats.corroborated} corroborated, ${stats.related} related, ${stats.singleSource} single-source`,
      )
      const disputedLines = text.split('\n').filter((line) => line.startsWith('DISPUTED  '))
      expect(disputedLines).toHaveLength(stats.disputed)
      // Every related claim is shown, under its own heading, each headed RELATED.
      expect(text.split('\n').filter((line) => line.startsWith('RELATED   '))).toHaveLength(stats.related)
      expect(text.includes('\nRelated statements\n')).toBe(stats.related > 0)
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
    mkdirSync(testOutputDir('report-html'), { recursive: true })
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

// The page's title needs no browser: npm test reads it from the file the CLI writes. The
// rest of what an editor sees (folding, chart, side by side, a narrow screen) runs in
// Chromium, in the full suite.
describe('the ferry-capsize report file an editor opens (compare sources.json --format html)', () => {
  it("is titled by the manifest's event, not by one outlet's headline", async () => {
    const manifest = JSON.parse(readFileSync(join(examples, 'ferry-capsize', 'sources.json'), 'utf8')) as {
      event: string
      articles: { title?: string }[]
    }
    const stdout: string[] = []
    const stderr: string[] = []
    const io = {
      stdin: [],
      stdout: { write: (chunk: string) => stdout.push(chunk) },
      stderr: { write: (chunk: string) => stderr.push(chunk) },
      env: {},
      cwd: process.cwd(),
    }
    const code = await main(['compare', 'examples/ferry-capsize/sources.json', '--format', 'html'], io)
    expect([code, stderr.join('')]).toEqual([0, ''])
    const html = stdout.join('')
    expect(html).toContain(`<title>corroborate: ${manifest.event}</title>`)
    expect(html).toContain(`<h1>${manifest.event}</h1>`)
    for (const { title } of manifest.articles) expect(html).not.toContain(`<h1>${title}</h1>`)
  })
})

describe.runIf(fullSuite)(
  'the ferry-capsize report an editor opens (compare sources.json --format html)',
  () => {
    let browser: Browser
    let close: () => Promise<void>
    const dir = testOutputDir('report-editor')
    const file = join(dir, 'ferry-capsize.html')
    const manifest = JSON.parse(
      readFileSync(join(examples, 'ferry-capsize', 'sources.json'), 'utf8'),
    ) as Sources & {
      event: string
    }
    const outlets = manifest.articles.map((article) => article.outlet)

    beforeAll(async () => {
      mkdirSync(dir, { recursive: true })
      const stderr: string[] = []
      const io = {
        stdin: [],
        stdout: { write: () => true },
        stderr: { write: (chunk: string) => stderr.push(chunk) },
        env: {},
        cwd: process.cwd(),
      }
      const code = await main(
        ['compare', 'examples/ferry-capsize/sources.json', '--format', 'html', '--out', file],
        io,
      )
      expect([code, stderr.join('')]).toEqual([0, ''])
      ;({ browser, close } = await launchChromium())
    })
    afterAll(async () => {
      await close?.()
    })

    async function open(width: number): Promise<{ page: Page; errors: string[] }> {
      const page = await browser.newPage({ viewport: { width, height: 900 } })
      const errors: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text())
      })
      page.on('pageerror', (error) => errors.push(error.message))
      await page.goto(pathToFileURL(file).href)
      return { page, errors }
    }

    it("is titled by the manifest's event, not by one outlet's headline", async () => {
      const { page, errors } = await open(1400)
      expect(await page.textContent('h1')).toBe(manifest.event)
      expect(await page.title()).toBe(`corroborate: ${manifest.event}`)
      const headlines = manifest.articles.map((article) => article.title)
      expect(headlines).not.toContain(await page.textContent('h1'))
      // The headlines stay with their outlets, in the side-by-side column heads.
      const heads = await page.$$eval('#articles .heads .title', (titles) => titles.map((t) => t.textContent))
      expect(heads).toEqual(headlines)
      expect(errors).toEqual([])
      await page.close()
    })

    it("shows the first disputed claim's conflict before any agreement, agreements folded", async () => {
      const { page } = await open(1400)
      const claim = page.locator('#claims .claim.disputed').first()
      const verdicts = await claim.locator('.cmp').evaluateAll((items) =>
        items.map((item) => ({
          status: ['diverge', 'compatible', 'agree', 'unique'].find((name) => item.classList.contains(name)),
          folded: item.closest('details') !== null,
          visible: item.checkVisibility(),
        })),
      )
      expect(verdicts[0]).toEqual({ status: 'diverge', folded: false, visible: true })
      const lastConflict = verdicts.map((v) => v.status).lastIndexOf('diverge')
      const firstAgreement = verdicts.findIndex((v) => v.status === 'agree')
      expect(firstAgreement === -1 || firstAgreement > lastConflict).toBe(true)
      for (const verdict of verdicts.filter((v) => v.status === 'agree' || v.status === 'unique')) {
        expect(verdict).toMatchObject({ folded: true, visible: false })
      }
      await claim.locator('details.agreements > summary').click()
      expect(await claim.locator('details.agreements .cmp').first().isVisible()).toBe(true)
      await page.close()
    })

    it('labels each quote diff with the outlets whose words are struck and inserted', async () => {
      const { page } = await open(1400)
      const keys = await page.$$eval('#claims .diff .diff-key', (items) =>
        items.map((item) => item.textContent ?? ''),
      )
      expect(keys.length).toBeGreaterThan(0)
      for (const key of keys) {
        const match = /^struck: (.+) · inserted: (.+)$/.exec(key)
        expect(match, key).not.toBeNull()
        for (const side of [match![1]!, match![2]!]) {
          for (const name of side.split(', ')) expect(outlets, key).toContain(name)
        }
      }
      expect(keys).toContain('struck: Meridian Wire · inserted: The River Gazette')
      await page.close()
    })

    it('charts the conflicting figures in an SVG, one row per outlet', async () => {
      const { page } = await open(1400)
      const chart = page.locator('#chart svg')
      expect(await chart.count()).toBe(1)
      const panels = await chart.locator('g.panel > text:first-child').allTextContents()
      expect(panels).toEqual(expect.arrayContaining(['deaths', 'fleet']))
      const deaths = await chart
        .locator('g.panel', { has: page.locator('text', { hasText: /^deaths$/ }) })
        .locator('text')
        .allTextContents()
      expect(deaths).toEqual(expect.arrayContaining(['Meridian Wire', '12', 'The River Gazette', '14']))
      await page.screenshot({ path: join(dir, 'ferry-capsize-1400.png'), fullPage: true })
      await page.close()
    })

    it('side by side, lines up the statements of one claim across the columns', async () => {
      const { page } = await open(1400)
      await page.click('button[data-view=articles]')
      const rows = await page.$$eval('#articles .side-row:not(.heads)', (rows) =>
        rows.map((row) =>
          Array.from(row.querySelectorAll(':scope > .cell')).map((cell) =>
            Math.round(cell.getBoundingClientRect().top),
          ),
        ),
      )
      expect(rows.length).toBeGreaterThan(5)
      for (const tops of rows) expect(new Set(tops).size).toBe(1)
      const deaths = page.locator('#articles .side-row.disputed', {
        hasText: 'Police said 14 people were killed',
      })
      expect(await deaths.locator('.cell:not(.empty)').count()).toBe(4)
      await page.screenshot({ path: join(dir, 'ferry-capsize-1400-side-by-side.png'), fullPage: true })
      await page.close()
    })

    it('on a 400 px screen, shows one outlet at a time with a switcher, nothing scrolls sideways', async () => {
      const { page, errors } = await open(400)
      await page.click('button[data-view=articles]')
      const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(await sideways()).toBeLessThanOrEqual(0)
      const shownOutlets = () =>
        page.$$eval('#articles .side-row:not(.heads) .cell', (cells) => [
          ...new Set(
            cells
              .filter((cell) => (cell as HTMLElement).offsetParent !== null)
              .map((cell) => cell.getAttribute('data-article')),
          ),
        ])
      expect(await page.isVisible('button[data-outlet="2"]')).toBe(true)
      expect(await shownOutlets()).toEqual(['1'])
      await page.click('button[data-outlet="2"]')
      expect(await shownOutlets()).toEqual(['2'])
      expect(await page.getAttribute('button[data-outlet="2"]', 'aria-pressed')).toBe('true')
      expect(await sideways()).toBeLessThanOrEqual(0)
      await page.screenshot({ path: join(dir, 'ferry-capsize-400-side-by-side.png'), fullPage: true })
      expect(errors).toEqual([])
      await page.close()
    })
  },
)
