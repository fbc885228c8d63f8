import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs build script, without type declarations
import { assetsPath, htmlAssetsModule } from '../../scripts/inline-html-assets.mjs'
import { htmlScript, pageCss } from '../../src/report/html/assets.js'
import { renderHtml } from '../../src/report/html.js'
import { sampleReport } from '../fixtures/report/sample-report.js'

const folder = join(import.meta.dirname, '..', '..', 'src', 'report', 'html')

describe('the HTML page assets', () => {
  it('are inlined from page.css and page.js as they are now (run npm run build after editing them)', () => {
    expect(readFileSync(assetsPath, 'utf8')).toBe(htmlAssetsModule())
  })

  it('reach the page verbatim: the style sheet whole, the script without its final newline', () => {
    const css = readFileSync(join(folder, 'page.css'), 'utf8')
    const script = readFileSync(join(folder, 'page.js'), 'utf8')
    expect(pageCss).toBe(css)
    expect(`${htmlScript}\n`).toBe(script)
    const page = renderHtml(sampleReport())
    expect(page).toContain(`<style>\n${css}@media (max-width:700px){`)
    expect(page).toContain(`<script>${htmlScript}</script>`)
  })
})
