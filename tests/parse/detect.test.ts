import { describe, expect, it } from 'vitest'
import { detectFormat } from '../../src/parse/index.js'

describe('detectFormat', () => {
  it.each([
    ['a page', '<!DOCTYPE html><html><body><p>Rain.</p></body></html>', 'html'],
    ['HTML paragraphs', '<p>The dam held.</p>\n<p>Water receded.</p>', 'html'],
    ['a body fragment', '<body>Roads shut.</body>', 'html'],
    ['Markdown heading and link', '# Storm\n\nSee [the map](https://x.example/map).', 'markdown'],
    ['Markdown list with emphasis', 'Points:\n\n- **Fares** rise\n- Buses return', 'markdown'],
    ['Markdown footnote', 'The toll rose.[^1]\n\n[^1]: Coroner.', 'markdown'],
    ['Markdown table', '| Town | Homes |\n|---|---|\n| Marl | 212 |', 'markdown'],
    ['plain news copy', 'PORT ALDER (Reuters) - Police closed the road. Traffic was diverted.', 'text'],
    ['plain text with a comparison sign', 'Turnout was < 40% in 3 of 5 districts.', 'text'],
    ['plain text with one hyphen line', 'Key points\n- Fares rise 5%', 'text'],
    ['text that merely mentions a tag', 'The <p> tag starts a paragraph.', 'text'],
  ])('%s -> %s', (_name, raw, format) => {
    expect(detectFormat(raw)).toBe(format)
  })
})
