import { describe, expect, it } from 'vitest'
import { conflictChart, renderSvg } from '../../src/report/chart.js'
import { render } from '../../src/report/index.js'
import type { Report } from '../../src/types.js'
import { hostileReport } from '../fixtures/report/hostile-report.js'
import { sampleReport } from '../fixtures/report/sample-report.js'

/** The text of every `<text>` element, in order (entities decoded as a browser would). */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) =>
    match[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&#96;/g, '`')
      .replace(/&amp;/g, '&'),
  )
}

describe('conflictChart', () => {
  const svg = conflictChart(sampleReport(), { title: 'Parade in Varlen' })

  it('charts each conflicting figure on one axis, one row per outlet with its own words', () => {
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="conflict-chart" viewBox="0 0 720 \d+"/,
    )
    const words = texts(svg)
    expect(words.slice(0, 3)).toEqual([
      'Parade in Varlen',
      "Conflicting figures: each outlet's value, one axis per figure",
      'troops',
    ])
    expect(words).toEqual(
      expect.arrayContaining(['Northgate Wire', '9,000', 'Channel Meridian', 'Varlen Courier', '8,000']),
    )
    // Quotes have no axis: the misquote of the sample is not charted.
    expect(svg).not.toContain('ready to defend')
    expect(svg.match(/<g class="panel"/g)).toHaveLength(1)
  })

  it('places a larger value further right, from a zero baseline', () => {
    const x = (value: string) => {
      const at = svg.indexOf(`>${value}</text>`)
      const circle = svg.lastIndexOf('<circle cx="', at)
      return Number(/cx="([\d.]+)"/.exec(svg.slice(circle))![1])
    }
    expect(x('9,000')).toBeGreaterThan(x('8,000'))
    expect(texts(svg)).toContain('0')
  })

  it('is empty when nothing can be charted, and render("svg") then says so', () => {
    const calm: Report = { ...sampleReport(), claims: [] }
    expect(conflictChart(calm)).toBe('')
    expect(renderSvg(calm)).toContain('No conflicting figures to chart.')
    expect(render(sampleReport(), 'svg', { only: ['corroborated'] })).toContain(
      'No conflicting figures to chart.',
    )
  })

  it('escapes hostile subjects, outlet names and titles: text only, nothing that runs or loads', () => {
    const hostile = render(hostileReport(), 'svg', { title: '<script>alert(1)</script>' })
    expect(hostile).not.toMatch(/<(script|foreignObject|a|image|use|iframe|img)[\s>]/i)
    // Hostile words sit in text, escaped; no real tag carries an event handler or a reference.
    const tags = hostile.match(/<[a-zA-Z][^>]*>/g) ?? []
    expect(tags.filter((tag) => /\son[a-z]+=|href|url\(/i.test(tag))).toEqual([])
    const words = texts(hostile)
    expect(words[0]).toBe('<script>alert(1)</script>')
    expect(words).toContain('<b onmouseover="x">troops</b>')
    expect(words.some((word) => word.startsWith('"><img src=x onerror='))).toBe(true)
  })
})
