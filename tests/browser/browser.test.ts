import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../support/chromium.js'

// The core (everything but the CLI) must bundle for the browser without Node built-ins and
// give the same report in a page as in Node. scripts/bundle-browser.mjs does the bundling.

const root = join(import.meta.dirname, '..', '..')
const script = pathToFileURL(join(root, 'scripts', 'bundle-browser.mjs')).href
const { bundleBrowser } = (await import(script)) as {
  bundleBrowser: (options?: { entry?: string; outfile?: string }) => Promise<{
    outfile: string
    bytes: number
    gzipBytes: number
    inputs: string[]
  }>
}

const wire = {
  id: 'wire',
  outlet: 'Meridian Wire',
  publishedAt: '2025-03-14T09:10:00Z',
  text:
    'Police said 12 people were killed when the passenger ferry Marisol capsized on the River Aske on Thursday evening. ' +
    'The ferry was carrying 85 passengers and four crew members, according to the operator.',
}
const gazette = {
  id: 'gazette',
  outlet: 'The River Gazette',
  publishedAt: '2025-03-15T08:30:00Z',
  format: 'markdown',
  text:
    '# Eastgate mourns\n\nPolice said 14 people were killed when the passenger ferry Marisol capsized on the River Aske.\n\n' +
    'A vigil is planned for Sunday at St Brennan’s Church.\n',
}

const scratch = mkdtempSync(join(tmpdir(), 'corroborate-browser-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('the browser bundle', () => {
  let bundle: Awaited<ReturnType<typeof bundleBrowser>>

  beforeAll(async () => {
    bundle = await bundleBrowser({ outfile: join(root, '.test-output', 'browser', 'corroborate.js') })
  })

  it('bundles dist/index.js without any Node built-in and without the CLI', () => {
    expect(bundle.bytes).toBeGreaterThan(0)
    expect(bundle.inputs.some((input) => input.endsWith('dist/index.js'))).toBe(true)
    expect(bundle.inputs.filter((input) => input.startsWith('node:') || input.includes('/cli/'))).toEqual([])
  })

  it.each([
    ['fs', "import { readFileSync } from 'fs'\nexport const read = readFileSync\n"],
    ['node:path', "import { join } from 'node:path'\nexport const joined = join('a', 'b')\n"],
    ['util/', "import util from 'util/'\nexport const inspect = util.inspect\n"],
  ])('fails the build when a module imports %s', async (name, code) => {
    const entry = join(scratch, `imports-${name.replace(/\W/g, '-')}.js`)
    writeFileSync(entry, code)
    await expect(bundleBrowser({ entry, outfile: join(scratch, 'out.js') })).rejects.toThrow(
      /Node built-in|Build failed/,
    )
  })

  it('compares two articles in headless Chromium and finds the diverging death toll', {
    timeout: 120_000,
  }, async () => {
    const chromium = await launchChromium()
    try {
      const page = await chromium.browser.newPage()
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      const code = readFileSync(bundle.outfile, 'utf8')
      // A made-up origin served from memory: nothing leaves the machine.
      await page.route('https://corroborate.test/**', (route) =>
        route.request().url().endsWith('.js')
          ? route.fulfill({ contentType: 'text/javascript', body: code })
          : route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>corroborate</title>' }),
      )
      await page.goto('https://corroborate.test/')
      // A module script loads the bundle the way a site would and hands the API to the test.
      await page.addScriptTag({
        type: 'module',
        content: "import * as api from './corroborate.js'; window.corroborate = api",
      })
      await page.waitForFunction(() => 'corroborate' in window)
      const result = await page.evaluate(
        ({ articles }) => {
          type Comparison = { status: string; values: { detail: { text: string } }[] }
          const api = (window as unknown as { corroborate: typeof import('../../src/index.js') }).corroborate
          const report = api.compare(articles as never)
          const diverging = report.claims
            .flatMap((claim) => claim.comparisons as Comparison[])
            .filter((comparison) => comparison.status === 'diverge')
            .map((comparison) => comparison.values.map((value) => value.detail.text))
          return {
            nodeGlobals: typeof (globalThis as { process?: unknown }).process !== 'undefined',
            claims: report.claims.length,
            diverging,
            json: api.render(report, 'json'),
            html: api.render(report, 'html').length,
          }
        },
        { articles: [wire, gazette] },
      )
      expect(errors).toEqual([])
      expect(result.nodeGlobals).toBe(false)
      expect(result.claims).toBeGreaterThan(0)
      expect(result.diverging).toContainEqual(expect.arrayContaining(['12', '14']))
      expect(result.html).toBeGreaterThan(0)
      // Same input, same report, in the page and in Node.
      const node = await import(pathToFileURL(join(root, 'dist', 'index.js')).href)
      expect(result.json).toBe(node.render(node.compare([wire, gazette]), 'json'))
    } finally {
      await chromium.close()
    }
  })
})
