// Screenshots of the HTML report of every example event, in headless chromium, as an editor
// would open it: wide (1400 px) and narrow (400 px), claim by claim and side by side.
//
//   npm run build && node scripts/screenshots.mjs [out-dir]    (default .test-output/screenshots)
//
// Each report is written the way `corroborate compare examples/<event>/sources.json --format
// html` writes it (the manifest's event heads the page). The script fails (exit 1) when a page
// logs a console error, requests anything but itself, or scrolls sideways at 400 px.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'

const root = resolve(import.meta.dirname, '..')
const out = resolve(process.argv[2] ?? join(root, '.test-output', 'screenshots'))
const { main } = await import(pathToFileURL(join(root, 'dist', 'cli', 'main.js')).href)

const events = readdirSync(join(root, 'examples'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
mkdirSync(out, { recursive: true })

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
})
const problems = []
try {
  for (const event of events) {
    const file = join(out, `${event}.html`)
    const stderr = []
    const code = await main(
      ['compare', join('examples', event, 'sources.json'), '--format', 'html', '--out', file],
      {
        stdin: [],
        stdout: { write: () => true },
        stderr: { write: (chunk) => stderr.push(chunk) },
        env: {},
        cwd: root,
      },
    )
    if (code !== 0) throw new Error(`compare ${event} exited ${code}: ${stderr.join('')}`)
    writeFileSync(join(out, `${event}.svg`), chartOf(readFileSync(file, 'utf8')))
    for (const width of [1400, 400]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } })
      const url = pathToFileURL(file).href
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`${event} ${width}px: ${message.text()}`)
      })
      page.on('pageerror', (error) => problems.push(`${event} ${width}px: ${error.message}`))
      page.on('request', (request) => {
        if (request.url() !== url) problems.push(`${event} ${width}px requested ${request.url()}`)
      })
      await page.goto(url)
      await page.screenshot({ path: join(out, `${event}-${width}-claims.png`), fullPage: true })
      // Close-ups to read: the top of the page, the chart and the first disputed claim.
      await page.screenshot({ path: join(out, `${event}-${width}-top.png`) })
      if ((await page.$('#chart')) !== null)
        await page.locator('#chart').screenshot({ path: join(out, `${event}-${width}-chart.png`) })
      const disputed = page.locator('#claims .claim.disputed').first()
      if ((await disputed.count()) > 0)
        await disputed.screenshot({ path: join(out, `${event}-${width}-first-disputed.png`) })
      await page.click('button[data-view=articles]')
      await page.screenshot({ path: join(out, `${event}-${width}-side-by-side.png`), fullPage: true })
      await page.evaluate(() => document.getElementById('articles')?.scrollIntoView())
      await page.screenshot({ path: join(out, `${event}-${width}-side-by-side-top.png`) })
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      if (sideways > 0) problems.push(`${event} ${width}px: the page scrolls ${sideways}px sideways`)
      if (width === 400) {
        await page.click('button[data-outlet="2"]')
        await page.screenshot({ path: join(out, `${event}-${width}-side-by-side-outlet-2.png`) })
      }
      await page.close()
    }
    console.log(`${event}: ${join(out, event)}-{1400,400}-{claims,side-by-side}.png`)
  }
} finally {
  await browser.close()
}
if (problems.length > 0) {
  console.error(problems.join('\n'))
  process.exit(1)
}

/** The report's inline SVG chart as a file of its own. */
function chartOf(html) {
  const start = html.indexOf('<svg ')
  const end = html.indexOf('</svg>', start)
  return start < 0 ? '' : `${html.slice(start, end + '</svg>'.length)}\n`
}
