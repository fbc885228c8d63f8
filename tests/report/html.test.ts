import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { htmlScript, htmlScriptHash, renderHtml } from '../../src/report/html.js'
import { render } from '../../src/report/index.js'
import { hostileReport } from '../fixtures/report/hostile-report.js'
import { sampleReport } from '../fixtures/report/sample-report.js'
import { launchChromium, testOutputDir } from '../support/chromium.js'
import { fullSuite } from '../support/suite.js'

const outputDir = testOutputDir('report-html')

describe('html report, as a string', () => {
  const html = render(sampleReport(), 'html')

  it('allows exactly its own inline script by hash in a strict CSP', () => {
    const hash = `sha256-${createHash('sha256').update(htmlScript, 'utf8').digest('base64')}`
    expect(htmlScriptHash, 'update htmlScriptHash after editing htmlScript').toBe(hash)
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1]
    expect(csp).toBe(
      `default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; script-src &#39;${hash}&#39;; img-src data:; base-uri &#39;none&#39;; form-action &#39;none&#39;`,
    )
    expect(html.match(/<script/g)).toHaveLength(1)
  })

  it('loads nothing from outside: no external resources, only article links', () => {
    expect(html).not.toMatch(/<link[^>]+stylesheet|@import|url\(|<img|<iframe|src=/i)
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]!)
    const external = hrefs.filter((href) => !href.startsWith('#') && href !== 'data:,')
    expect(external).toEqual([
      'https://wire.example/varlen-parade',
      'https://meridian.example/news/parade',
      'https://courier.example/2025/05/09/parade',
    ])
  })

  it('is deterministic', () => {
    expect(renderHtml(sampleReport())).toBe(html)
  })
})

describe.runIf(fullSuite)('html report in headless Chromium', () => {
  let browser: Browser
  let close: () => Promise<void>

  beforeAll(async () => {
    ;({ browser, close } = await launchChromium())
    mkdirSync(outputDir, { recursive: true })
  })
  afterAll(async () => {
    await close?.()
  })

  /** Opens the page from a file and records console errors, dialogs and every request. */
  async function open(html: string, name: string) {
    const file = join(outputDir, `${name}.html`)
    writeFileSync(file, html)
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const problems: string[] = []
    const requests: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text())
    })
    page.on('pageerror', (error) => problems.push(error.message))
    page.on('dialog', async (dialog) => {
      problems.push(`dialog: ${dialog.message()}`)
      await dialog.dismiss()
    })
    page.on('request', (request) => requests.push(request.url()))
    await page.goto(pathToFileURL(file).href)
    return { page, problems, requests, url: pathToFileURL(file).href }
  }

  async function visibleClaims(page: Page) {
    return page.$$eval('#claims .claim', (claims) =>
      claims
        .filter((claim) => (claim as HTMLElement).offsetParent !== null)
        .map((claim) => claim.getAttribute('data-status')),
    )
  }

  it('renders every claim, conflicts first, with no console error and no request but the page', async () => {
    const report = sampleReport()
    const { page, problems, requests, url } = await open(render(report, 'html'), 'sample')
    expect(await page.textContent('h1')).toBe("Varlen holds its largest Founders' Day parade in a decade")
    const statuses = await visibleClaims(page)
    expect(statuses).toHaveLength(report.claims.length)
    expect(statuses.slice(0, 3)).toEqual(['disputed', 'disputed', 'corroborated'])
    expect(await page.textContent('#shown-count')).toBe('showing 11 of 11 claims')
    await page.screenshot({ path: join(outputDir, 'sample-claims.png'), fullPage: true })
    expect(problems).toEqual([])
    expect(requests).toEqual([url])
    await page.close()
  })

  it('highlights figures in place and shows the word diff of a misquote', async () => {
    const { page } = await open(render(sampleReport(), 'html'), 'sample-marks')
    const diverging = await page.$$eval('#claims mark.diverge', (marks) =>
      marks.map((mark) => mark.textContent),
    )
    expect(diverging).toEqual(
      expect.arrayContaining([
        '9,000 troops',
        '8,000 troops',
        '"We stand ready to defend every street of this city."',
      ]),
    )
    // The Courier's statement comes from HTML with markup: the figure is still found in its display text.
    const courier = await page.textContent('#claims .claim.disputed tr:nth-child(3) td')
    expect(courier).toBe('8,000 troops paraded through Tower Square on Friday, the Courier counted.')
    expect(await page.$$eval('.diff del', (parts) => parts.map((part) => part.textContent?.trim()))).toEqual([
      'stand',
      'of this',
    ])
    expect(await page.$$eval('.diff ins', (parts) => parts.map((part) => part.textContent?.trim()))).toEqual([
      'are',
      'in the',
    ])
    const matrix = await page.$$eval('#coverage tbody tr', (rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('td.cell')).map((cell) => cell.textContent)),
    )
    expect(matrix).toEqual([
      ['●', '●', '●'],
      ['●', '●', '●'],
      ['●', '·', '●'],
    ])
    await page.close()
  })

  it("hides claims that are not in conflict when 'only conflicts' is ticked", async () => {
    const { page, problems } = await open(render(sampleReport(), 'html'), 'sample-filter')
    await page.click('#only-conflicts')
    expect(await visibleClaims(page)).toEqual(['disputed', 'disputed'])
    expect(await page.isVisible('#claims .claim.corroborated')).toBe(false)
    expect(await page.textContent('#shown-count')).toBe('showing 2 of 11 claims')
    await page.screenshot({ path: join(outputDir, 'sample-only-conflicts.png'), fullPage: true })
    await page.click('#only-conflicts')
    expect(await visibleClaims(page)).toHaveLength(11)
    expect(problems).toEqual([])
    await page.close()
  })

  it('switches to the articles side by side, statements coloured by verdict', async () => {
    const { page } = await open(render(sampleReport(), 'html'), 'sample-articles')
    expect(await page.isVisible('#articles')).toBe(false)
    await page.click('button[data-view=articles]')
    expect(await page.isVisible('#articles')).toBe(true)
    expect(await page.isVisible('#claims')).toBe(false)
    expect(await page.getAttribute('button[data-view=articles]', 'aria-pressed')).toBe('true')
    const columns = await page.$$eval('#articles .column h2', (headings) =>
      headings.map((h) => h.textContent),
    )
    expect(columns).toEqual(['Northgate Wire', 'Channel Meridian', 'Varlen Courier'])
    const courier = await page.$$eval('#articles .column:nth-child(3) .stmt', (statements) =>
      statements.map((statement) => statement.className.split(' ')[1]),
    )
    expect(courier).toEqual(['single-source', 'disputed', 'corroborated', 'single-source', 'single-source'])
    const boxes = await page.$$eval('#articles .column', (columns) =>
      columns.map((c) => c.getBoundingClientRect().top),
    )
    expect(new Set(boxes).size).toBe(1)
    await page.screenshot({ path: join(outputDir, 'sample-articles.png'), fullPage: true })
    await page.click('#only-conflicts')
    const shown = await page.$$eval('#articles .stmt', (statements) =>
      statements
        .filter((s) => (s as HTMLElement).offsetParent !== null)
        .map((s) => s.className.split(' ')[1]),
    )
    expect(shown).toEqual(['disputed', 'disputed', 'disputed', 'disputed', 'disputed'])
    await page.close()
  })

  for (const withCsp of [true, false]) {
    it(`runs no script from hostile article text or metadata${withCsp ? '' : ' even without the CSP'}`, async () => {
      let html = render(hostileReport(), 'html')
      if (!withCsp) {
        // Escaping alone must hold: remove the CSP and the page must still run nothing injected.
        html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
        expect(html).not.toContain('Content-Security-Policy')
      }
      const { page, problems, requests, url } = await open(html, withCsp ? 'hostile' : 'hostile-no-csp')
      for (const view of ['claims', 'articles']) {
        await page.click(`button[data-view=${view}]`)
        await page.hover('h1')
        for (const handle of await page.$$('mark, .stmt, th, a'))
          await handle.hover({ force: true }).catch(() => {})
      }
      await page.screenshot({
        path: join(outputDir, `${withCsp ? 'hostile' : 'hostile-no-csp'}.png`),
        fullPage: true,
      })
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined()
      expect(problems.filter((problem) => problem.startsWith('dialog'))).toEqual([])
      expect(await page.$$eval('script', (scripts) => scripts.length)).toBe(1)
      expect(await page.$$eval('img, iframe, svg', (elements) => elements.length)).toBe(0)
      const handlers = await page.$$eval('*', (elements) =>
        elements.flatMap((element) =>
          Array.from(element.attributes)
            .filter((attribute) => attribute.name.startsWith('on'))
            .map((a) => a.name),
        ),
      )
      expect(handlers).toEqual([])
      const hrefs = await page.$$eval('a[href]', (links) => links.map((link) => link.getAttribute('href')!))
      expect(hrefs.filter((href) => !href.startsWith('#'))).toEqual([
        'https://ok.example/path?q="><script>window.__pwned="href"</script>',
      ])
      // The hostile words are shown as text, exactly.
      const body = (await page.textContent('body')) ?? ''
      expect(body).toContain('<script>window.__pwned="text";alert(1)</script>')
      expect(body).toContain('"><img src=x onerror="window.__pwned=\'outlet\'">')
      expect(await page.textContent('h1')).toBe('</title><script>window.__pwned="title"</script>')
      expect(await page.title()).toBe('corroborate: </title><script>window.__pwned="title"</script>')
      expect(requests).toEqual([url])
      await page.close()
    })
  }
})
