import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { htmlScript, htmlScriptHash } from '../../src/report/html/assets.js'
import { renderHtml } from '../../src/report/html.js'
import { render } from '../../src/report/index.js'
import { hostileReport } from '../fixtures/report/hostile-report.js'
import { sampleReport } from '../fixtures/report/sample-report.js'
import { launchChromium, testOutputDir } from '../support/chromium.js'
import { fullSuite } from '../support/suite.js'

const outputDir = testOutputDir('report-html')
const hostileEvent = '</title><script>window.__pwned="event"</script><svg onload="window.__pwned=1">'

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
    // No event name and no name every outlet agrees on: a neutral title, never one outlet's headline.
    expect(await page.textContent('h1')).toBe('What 3 outlets report')
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
    expect(
      await page.$$eval('.diff-words del', (parts) => parts.map((part) => part.textContent?.trim())),
    ).toEqual(['stand', 'of this'])
    expect(
      await page.$$eval('.diff-words ins', (parts) => parts.map((part) => part.textContent?.trim())),
    ).toEqual(['are', 'in the'])
    expect(await page.textContent('.diff-key')).toBe('struck: Northgate Wire · inserted: Channel Meridian')
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
    const columns = await page.$$eval('#articles .heads h2', (headings) => headings.map((h) => h.textContent))
    expect(columns).toEqual(['Northgate Wire', 'Channel Meridian', 'Varlen Courier'])
    // Every statement is in the view once, in its outlet's column, coloured by its claim.
    const courier = await page.$$eval('#articles .cell[data-article="3"] .stmt', (statements) =>
      statements.map((statement) => statement.className.split(' ')[1]),
    )
    expect(courier.sort()).toEqual(
      ['single-source', 'disputed', 'corroborated', 'single-source', 'single-source'].sort(),
    )
    // A claim's statements are level: one row, its cells at one height.
    const rows = await page.$$eval('#articles .side-row:not(.heads)', (rows) =>
      rows.map((row) => ({
        tag: row.querySelector('.row-tag')?.textContent,
        tops: Array.from(row.querySelectorAll(':scope > .cell')).map((c) => c.getBoundingClientRect().top),
        filled: row.querySelectorAll(':scope > .cell:not(.empty)').length,
      })),
    )
    for (const row of rows) expect(new Set(row.tops).size, row.tag ?? '').toBe(1)
    expect(rows.filter((row) => row.tag?.startsWith('Disputed')).map((row) => row.filled)).toEqual([3, 2])
    await page.screenshot({ path: join(outputDir, 'sample-articles.png'), fullPage: true })
    await page.click('#only-conflicts')
    const shown = await page.$$eval('#articles .side-row:not(.heads)', (rows) =>
      rows.filter((row) => (row as HTMLElement).offsetParent !== null).map((row) => row.className),
    )
    expect(shown).toEqual(['side-row disputed', 'side-row disputed'])
    await page.close()
  })

  for (const withCsp of [true, false]) {
    it(`runs no script from hostile article text or metadata${withCsp ? '' : ' even without the CSP'}`, async () => {
      let html = render(hostileReport(), 'html', { title: hostileEvent })
      if (!withCsp) {
        // Escaping alone must hold: remove the CSP and the page must still run nothing injected.
        html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
        expect(html).not.toContain('Content-Security-Policy')
      }
      const { page, problems, requests, url } = await open(html, withCsp ? 'hostile' : 'hostile-no-csp')
      for (const view of ['claims', 'articles']) {
        await page.click(`button[data-view=${view}]`)
        await page.hover('h1')
        for (const handle of await page.$$('mark, .stmt, th, a, summary, .diff-key, svg text, svg circle'))
          await handle.hover({ force: true }).catch(() => {})
        // Open every fold and pick every outlet (hidden at this width, so clicked from the page).
        await page.$$eval('details > summary, button[data-outlet]', (elements) => {
          for (const element of elements) (element as HTMLElement).click()
        })
      }
      await page.screenshot({
        path: join(outputDir, `${withCsp ? 'hostile' : 'hostile-no-csp'}.png`),
        fullPage: true,
      })
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined()
      expect(problems.filter((problem) => problem.startsWith('dialog'))).toEqual([])
      expect(await page.$$eval('script', (scripts) => scripts.length)).toBe(1)
      expect(await page.$$eval('img, iframe', (elements) => elements.length)).toBe(0)
      // The only SVG is the conflict chart, with the hostile subject and outlets as text in it
      // and nothing that could run or load: no script, foreignObject, link, image or use.
      expect(await page.$$eval('svg', (elements) => elements.map((e) => e.getAttribute('class')))).toEqual([
        'conflict-chart',
      ])
      expect(
        await page.$$eval(
          'svg script, svg foreignObject, svg a, svg image, svg use, svg iframe',
          (e) => e.length,
        ),
      ).toBe(0)
      const chartText = await page.$$eval('svg text', (texts) => texts.map((t) => t.textContent ?? ''))
      expect(chartText).toContain('<b onmouseover="x">troops</b>')
      expect(chartText.some((text) => text.startsWith('"><img src=x onerror='))).toBe(true)
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
      // The page is titled by the event name given, here hostile too; headlines stay in their columns.
      expect(await page.textContent('h1')).toBe(hostileEvent)
      expect(await page.title()).toBe(`corroborate: ${hostileEvent}`)
      expect(body).toContain('</title><script>window.__pwned="title"</script>')
      expect(await page.textContent('.diff-key')).toContain('"><img src=x onerror=')
      expect(requests).toEqual([url])
      await page.close()
    })
  }
})
