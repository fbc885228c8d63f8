/**
 * The conflicts of an event as one small SVG chart, in plain SVG (no library, no script, no
 * external reference): one panel per conflicting figure, one row per outlet, each outlet's
 * value placed on the panel's one axis, so an editor sees at a glance who says 12 and who 14.
 */
import { isoDatePattern } from '../text/patterns.js'
import type { Claim, ComparedValue, DetailComparison, Report } from '../types.js'
import {
  comparisonLabel,
  conflictCutoff,
  displayValue,
  groupDigits,
  isPossible,
  orderClaims,
  orderComparisons,
  outletLabels,
  valueGroups,
} from './describe.js'
import { escapeHtml as x } from './escape.js'

/** Options of `conflictChart`. */
export interface ChartOptions {
  /** The chart's title (an event name, cut at 84 characters); default 'Conflicting figures'. */
  title?: string
  /** Only the conflicts of these claims (default: every claim of the report). */
  claims?: readonly Claim[]
}

/** Where one outlet's value sits on a panel's axis: a point, a range, or open at one end. */
interface Mark {
  articleId: string
  group: number
  low: number
  high: number
  /** The range runs on past the axis: 'at least nine' (`high`), 'up to 40' (`low`). */
  open: 'low' | 'high' | null
  label: string
}

interface Panel {
  title: string
  axis: 'number' | 'date'
  /** Currency symbol or code prefixing tick labels of money panels. */
  unit: string
  marks: Mark[]
}

// Layout, in SVG user units (1 unit = 1 CSS px at the chart's natural width).
const width = 720
const nameWidth = 190
const labelRoom = 150
const rowHeight = 22
const headHeight = 26
const axisHeight = 30
const panelGap = 14
const colors = ['#1f5f99', '#b42318', '#8a5a00', '#1f7a4d', '#6b3fa0', '#5f6b7a']
/** A bound at or past this magnitude is open (the extractor's stand-in for 'no upper bound'). */
const openBound = 1e15

/**
 * The report's conflicts as a standalone SVG document (`<svg xmlns=...>`): for every
 * diverging comparison whose values sit on one axis (counts, percentages, quantities,
 * durations, money in one currency, calendar dates), a panel with one row per outlet and a
 * dot (exact value), a bar (range) or an arrow (open-ended: 'at least nine') where its value
 * lies, labelled with the outlet's own words. Quotes and names have no axis and are left out.
 * Panels follow the report's reading order (the surest conflict first); a possible conflict's
 * panel says so. Every piece of text is escaped; the SVG holds no script, link or external
 * reference. An empty string when no conflict can be charted.
 *
 * @example
 * conflictChart(report).startsWith('<svg xmlns="http://www.w3.org/2000/svg"') //=> true
 * conflictChart(compare(['The bridge reopened.', 'Schools stayed shut.'])) //=> ''
 */
export function conflictChart(report: Report, options: ChartOptions = {}): string {
  const labels = outletLabels(report)
  const cutoff = conflictCutoff(report)
  const panels: Panel[] = []
  for (const claim of orderClaims(options.claims ?? report.claims)) {
    for (const comparison of orderComparisons(claim, cutoff)) {
      if (comparison.status !== 'diverge') continue
      const panel = panelOf(comparison)
      if (panel === null) continue
      if (isPossible(comparison, cutoff)) panel.title += ' (possible conflict)'
      panels.push(panel)
    }
  }
  if (panels.length === 0) return ''
  const title = options.title?.trim() || 'Conflicting figures'
  const parts: string[] = []
  let y = 46
  for (const panel of panels) {
    parts.push(panelSvg(panel, y, labels))
    y += panelHeight(panel) + panelGap
  }
  const height = y - panelGap + 8
  const summary = panels
    .map(
      (panel) =>
        `${panel.title}: ${panel.marks.map((mark) => `${mark.label} (${labels.get(mark.articleId) ?? mark.articleId})`).join(', ')}`,
    )
    .join('; ')
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="conflict-chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="12">`,
    `<title id="chart-title">${x(title)}</title>`,
    `<desc id="chart-desc">${x(summary)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="0" y="16" font-size="14" font-weight="700" fill="#1d232b">${x(shorten(title, 84))}</text>`,
    `<text x="0" y="33" font-size="11" fill="#5f6b7a">Conflicting figures: each outlet's value, one axis per figure</text>`,
    ...parts,
    '</svg>',
  ].join('\n')
}

function panelHeight(panel: Panel): number {
  const rows = new Set(panel.marks.map((mark) => mark.articleId)).size
  return headHeight + rows * rowHeight + axisHeight
}

/** A panel for a comparison whose values share one axis, else null. */
function panelOf(comparison: DetailComparison): Panel | null {
  const groups = valueGroups(comparison)
  const groupOf = (value: ComparedValue) =>
    Math.max(
      0,
      groups.findIndex((group) =>
        group.wordings.some((wording) => wording.display === displayValue(value.detail)),
      ),
    )
  const title = `${comparisonLabel(comparison)}`
  if (comparison.kind === 'date') {
    const marks: Mark[] = []
    for (const value of comparison.values) {
      const day = dayNumber(value.detail.value)
      if (day === null) return null
      marks.push({
        articleId: value.articleId,
        group: groupOf(value),
        low: day,
        high: day,
        open: null,
        label: displayValue(value.detail),
      })
    }
    return marks.length < 2 ? null : { title, axis: 'date', unit: '', marks }
  }
  if (!['count', 'money', 'percent', 'quantity', 'duration'].includes(comparison.kind)) return null
  const currencies = new Set<string>()
  const marks: Mark[] = []
  for (const value of comparison.values) {
    let raw = value.detail.value
    if (typeof raw === 'object' && raw !== null && 'currency' in raw) {
      currencies.add(raw.currency)
      raw = raw.amount
    }
    let low: number
    let high: number
    if (typeof raw === 'number') {
      low = raw
      high = raw
    } else if (typeof raw === 'object' && raw !== null && 'min' in raw) {
      low = raw.min
      high = raw.max
    } else return null
    if (!Number.isFinite(low) || !Number.isFinite(high)) return null
    const open = high >= openBound ? 'high' : low <= -openBound ? 'low' : null
    marks.push({
      articleId: value.articleId,
      group: groupOf(value),
      low,
      high,
      open,
      label: displayValue(value.detail),
    })
  }
  if (marks.length < 2 || currencies.size > 1) return null
  const currency = [...currencies][0] ?? ''
  const unit = currency === 'USD' ? '$' : currency === 'EUR' ? '€' : currency === 'GBP' ? '£' : currency
  return { title, axis: 'number', unit, marks }
}

/** Days since 1970-01-01 of an ISO date ('2025-03-14', '2025-03-14T18:00'), else null. */
function dayNumber(value: unknown): number | null {
  if (typeof value !== 'string') return null
  const match = isoDatePattern.exec(value)
  if (match === null) return null
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  return Number.isFinite(time) ? time / 86_400_000 : null
}

function panelSvg(panel: Panel, top: number, labels: Map<string, string>): string {
  const finite = panel.marks.flatMap((mark) => [
    ...(mark.open === 'low' ? [] : [mark.low]),
    ...(mark.open === 'high' ? [] : [mark.high]),
  ])
  let low = Math.min(...finite)
  let high = Math.max(...finite)
  if (panel.axis === 'number') {
    low = Math.min(0, low)
    high = high + (high - low) * 0.15
  } else {
    low -= 1
    high += 1
  }
  if (high <= low) high = low + 1
  const left = nameWidth
  const right = width - labelRoom
  const at = (value: number) =>
    left + ((Math.min(Math.max(value, low), high) - low) / (high - low)) * (right - left)
  const rows = [...new Set(panel.marks.map((mark) => mark.articleId))]
  const out: string[] = [`<g class="panel" transform="translate(0 ${top})">`]
  out.push(`<text x="0" y="16" font-weight="700" fill="#1d232b">${x(panel.title)}</text>`)
  rows.forEach((articleId, index) => {
    const y = headHeight + index * rowHeight + rowHeight / 2
    const name = labels.get(articleId) ?? articleId
    out.push(
      `<line x1="${left}" x2="${right}" y1="${y}" y2="${y}" stroke="#eef0f3"/>`,
      `<text x="${left - 10}" y="${y + 4}" text-anchor="end" fill="#1d232b">${x(shorten(name, 28))}</text>`,
    )
    const marks = panel.marks.filter((mark) => mark.articleId === articleId)
    let labelX = 0
    for (const mark of marks) {
      const color = colors[mark.group % colors.length]!
      const start = at(mark.open === 'low' ? low : mark.low)
      const end = at(mark.open === 'high' ? high : mark.high)
      if (mark.open !== null || end - start > 1) {
        out.push(
          `<line x1="${r(start)}" x2="${r(end)}" y1="${y}" y2="${y}" stroke="${color}" stroke-width="4" stroke-linecap="round"/>`,
        )
        if (mark.open === 'high')
          out.push(`<path d="M${r(end)} ${y - 5}L${r(end + 7)} ${y}L${r(end)} ${y + 5}Z" fill="${color}"/>`)
        if (mark.open === 'low')
          out.push(
            `<path d="M${r(start)} ${y - 5}L${r(start - 7)} ${y}L${r(start)} ${y + 5}Z" fill="${color}"/>`,
          )
      }
      const dot = mark.open === 'low' ? end : start
      out.push(`<circle cx="${r(dot)}" cy="${y}" r="5" fill="${color}"/>`)
      labelX = Math.max(labelX, (mark.open === 'high' ? end + 7 : end) + 9)
    }
    const words = marks.map((mark) => mark.label).join('; ')
    out.push(`<text x="${r(labelX)}" y="${y + 4}" fill="#1d232b">${x(shorten(words, 24))}</text>`)
  })
  const axisY = headHeight + rows.length * rowHeight + 6
  out.push(`<line x1="${left}" x2="${right}" y1="${axisY}" y2="${axisY}" stroke="#9aa4b1"/>`)
  for (const tick of ticks(low, high, panel.axis)) {
    const tx = r(at(tick))
    out.push(
      `<line x1="${tx}" x2="${tx}" y1="${axisY}" y2="${axisY + 4}" stroke="#9aa4b1"/>`,
      `<text x="${tx}" y="${axisY + 16}" text-anchor="middle" font-size="10" fill="#5f6b7a">${x(tickLabel(tick, panel))}</text>`,
    )
  }
  out.push('</g>')
  return out.join('\n')
}

/** Three to six round tick values across the axis (whole days for dates). */
function ticks(low: number, high: number, axis: Panel['axis']): number[] {
  const span = high - low
  const raw = span / 4
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  let step = [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= raw) ?? raw
  if (axis === 'date') step = Math.max(1, Math.round(step))
  const values: number[] = []
  for (let tick = Math.ceil(low / step) * step; tick <= high + 1e-9 && values.length < 8; tick += step)
    values.push(tick)
  return values
}

function tickLabel(value: number, panel: Panel): string {
  if (panel.axis === 'date') return new Date(Math.round(value) * 86_400_000).toISOString().slice(0, 10)
  const size = Math.abs(value)
  const short =
    size >= 1e9
      ? `${trim(value / 1e9)}bn`
      : size >= 1e6
        ? `${trim(value / 1e6)}m`
        : groupDigits(Number(value.toPrecision(6)))
  return `${panel.unit}${short}`
}

function trim(value: number): string {
  return String(Number(value.toFixed(2)))
}

function shorten(text: string, max: number): string {
  const folded = text.replace(/\s+/g, ' ').trim()
  return folded.length <= max ? folded : `${folded.slice(0, max - 1)}…`
}

function r(value: number): string {
  return String(Math.round(value * 10) / 10)
}

/**
 * The `svg` output of `render`: `conflictChart`, or, when no conflict can be charted, a small
 * SVG that says so (a file is always a valid picture).
 *
 * @example
 * renderSvg(compare(['The bridge reopened.', 'Schools stayed shut.'])).includes('No conflicting figures to chart') //=> true
 */
export function renderSvg(report: Report, options: ChartOptions = {}): string {
  const chart = conflictChart(report, options)
  if (chart !== '') return `${chart}\n`
  const title = options.title?.trim() || 'Conflicting figures'
  return `${[
    `<svg xmlns="http://www.w3.org/2000/svg" class="conflict-chart" viewBox="0 0 ${width} 60" width="${width}" height="60" role="img" aria-labelledby="chart-title" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="12">`,
    `<title id="chart-title">${x(title)}</title>`,
    `<rect width="${width}" height="60" fill="#ffffff"/>`,
    `<text x="0" y="16" font-size="14" font-weight="700" fill="#1d232b">${x(shorten(title, 84))}</text>`,
    '<text x="0" y="44" fill="#5f6b7a">No conflicting figures to chart.</text>',
    '</svg>',
  ].join('\n')}\n`
}
